import type { ForeignKey, Table } from '../model/model.js';

/** The order tables are filled in, and the foreign keys that must wait until their parent is filled. */
export interface SeedOrder {
  readonly tables: readonly Table[];
  /** Per table, foreign keys left null on insert and set by an update once every table is filled. */
  readonly deferred: ReadonlyMap<string, readonly ForeignKey[]>;
  /** Tables that cannot be filled: NOT NULL foreign keys that form a cycle. */
  readonly blocked: ReadonlyMap<string, string>;
}

/** Whether the database lets the key be left null (any of its columns nullable: MATCH SIMPLE). */
export const isSoft = (table: Table, fk: ForeignKey): boolean =>
  fk.columns.some((c) => table.columns.find((col) => col.name === c)?.nullable ?? false);

/**
 * Foreign-key order: every parent before its children. A self-reference needs no order (a row
 * may point at an earlier row of its own table). Tables that reference each other in a cycle
 * (found as strongly connected components) have the nullable keys inside the cycle deferred;
 * a cycle of NOT NULL keys alone cannot be filled (the database could not take it either without
 * deferrable constraints) and its tables are reported as blocked. Stable: tables in name order.
 */
export function seedOrder(tables: readonly Table[]): SeedOrder {
  const sorted = [...tables].sort((a, b) => (a.name < b.name ? -1 : 1));
  const byName = new Map(sorted.map((t) => [t.name, t]));
  const parentsOf = (t: Table) => t.foreignKeys.filter((fk) => fk.references.table !== t.name && byName.has(fk.references.table));
  const component = components(sorted, (t) => parentsOf(t).map((fk) => byName.get(fk.references.table) as Table));

  const deferred = new Map<string, ForeignKey[]>();
  const kept = new Map<string, Table[]>();
  for (const t of sorted) {
    const parents: Table[] = [];
    for (const fk of parentsOf(t)) {
      const parent = byName.get(fk.references.table) as Table;
      if (component.get(parent.name) === component.get(t.name) && isSoft(t, fk)) {
        (deferred.get(t.name) ?? deferred.set(t.name, []).get(t.name))?.push(fk);
      } else parents.push(parent);
    }
    kept.set(t.name, parents);
  }

  const order: Table[] = [];
  const blocked = new Map<string, string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: Table, path: readonly string[]): void => {
    state.set(t.name, 'visiting');
    for (const parent of kept.get(t.name) ?? []) {
      const s = state.get(parent.name);
      if (s === 'visiting') {
        blocked.set(
          t.name,
          `NOT NULL foreign keys form a cycle: ${[...path.slice(path.indexOf(parent.name)), t.name, parent.name].join(' → ')}`,
        );
      } else if (s !== 'done') visit(parent, [...path, t.name]);
    }
    state.set(t.name, 'done');
    order.push(t);
  };
  for (const t of sorted) if (!state.has(t.name)) visit(t, []);
  return { tables: order, deferred, blocked };
}

/** Tarjan's strongly connected components: table name → component number. */
function components(tables: readonly Table[], edges: (t: Table) => readonly Table[]): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: Table[] = [];
  const component = new Map<string, number>();
  let next = 0;
  let count = 0;
  const connect = (t: Table): void => {
    index.set(t.name, next);
    low.set(t.name, next++);
    stack.push(t);
    onStack.add(t.name);
    for (const p of edges(t)) {
      if (!index.has(p.name)) {
        connect(p);
        low.set(t.name, Math.min(low.get(t.name) as number, low.get(p.name) as number));
      } else if (onStack.has(p.name)) low.set(t.name, Math.min(low.get(t.name) as number, index.get(p.name) as number));
    }
    if (low.get(t.name) === index.get(t.name)) {
      for (;;) {
        const m = stack.pop() as Table;
        onStack.delete(m.name);
        component.set(m.name, count);
        if (m === t) break;
      }
      count++;
    }
  };
  for (const t of tables) if (!index.has(t.name)) connect(t);
  return component;
}
