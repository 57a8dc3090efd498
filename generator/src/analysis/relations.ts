import type { ForeignKey, Model, Table } from '../model/model.js';

/** One foreign key seen from the table it points at. */
export interface IncomingReference {
  readonly table: Table;
  readonly foreignKey: ForeignKey;
}

/** Referenced table name → the foreign keys pointing at it, by referencing table then constraint name. */
export function incomingReferences(model: Model): ReadonlyMap<string, readonly IncomingReference[]> {
  const byTarget = new Map<string, IncomingReference[]>();
  // model.tables and each table's foreign keys are already sorted, so the lists come out sorted.
  for (const table of model.tables) {
    for (const foreignKey of table.foreignKeys) {
      const list = byTarget.get(foreignKey.references.table) ?? [];
      list.push({ table, foreignKey });
      byTarget.set(foreignKey.references.table, list);
    }
  }
  return byTarget;
}

/** `from` has `count` foreign keys to tables of `to` (a module's references to itself are left out). */
export interface ModuleDependency {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/** Which modules reference which, from the foreign keys themselves (not the declared `references`). */
export function moduleDependencies(model: Model): ModuleDependency[] {
  const moduleOf = new Map(model.tables.map((t) => [t.name, t.module]));
  const counts = new Map<string, number>();
  for (const table of model.tables) {
    for (const fk of table.foreignKeys) {
      const to = moduleOf.get(fk.references.table);
      if (to === undefined || to === table.module) continue;
      const key = `${table.module}\0${to}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([key, count]) => {
      const [from = '', to = ''] = key.split('\0');
      return { from, to, count };
    })
    .sort((a, b) => (a.from === b.from ? compare(a.to, b.to) : compare(a.from, b.from)));
}

/** Whether a foreign key's columns are the referencing table's primary key or one of its unique keys (one-to-one). */
export function isOneToOne(table: Table, fk: ForeignKey): boolean {
  const same = (columns: readonly string[]) => columns.length === fk.columns.length && columns.every((c) => fk.columns.includes(c));
  if (table.primaryKey && same(table.primaryKey.columns)) return true;
  if (table.uniques.some((u) => same(u.columns))) return true;
  return table.indexes.some(
    (i) => i.unique && i.where === null && i.keys.every((k) => k.column !== null) && same(i.keys.map((k) => k.column ?? '')),
  );
}

/** Whether every column of the foreign key is part of the referencing table's primary key (an identifying relation). */
export function isIdentifying(table: Table, fk: ForeignKey): boolean {
  const pk = table.primaryKey?.columns ?? [];
  return fk.columns.every((c) => pk.includes(c));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
