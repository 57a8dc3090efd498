import type { CheckConstraint, FkAction, ForeignKey, PrimaryKey, UniqueConstraint } from '../model/model.js';
import { singleLineSql } from '../sql/sql-text.js';
import type { CatalogConstraint } from './catalog-snapshot.js';
import type { TableContext } from './table-context.js';

const ACTIONS: Readonly<Record<string, FkAction>> = {
  a: 'no action',
  r: 'restrict',
  c: 'cascade',
  n: 'set null',
  d: 'set default',
};

export interface ImportedConstraints {
  readonly primaryKey: PrimaryKey | null;
  readonly foreignKeys: ForeignKey[];
  readonly uniques: UniqueConstraint[];
  readonly checks: CheckConstraint[];
}

/**
 * A table's primary key, foreign keys, unique and check constraints. What the model cannot hold
 * (exclusion constraints, deferrable or NOT VALID flags, MATCH FULL, references into other
 * schemas, constraints on left-out columns) is reported; constraints the model cannot hold at
 * all are left out.
 */
export function importConstraints(
  rows: readonly CatalogConstraint[],
  dropped: ReadonlySet<string>,
  ctx: TableContext,
): ImportedConstraints {
  const out: ImportedConstraints = { primaryKey: null, foreignKeys: [], uniques: [], checks: [] };
  let primaryKey: PrimaryKey | null = null;
  for (const k of rows) {
    const what = `${KIND_NAMES[k.type] ?? 'constraint'} ${k.name}`;
    const lost = k.columns.filter((c) => dropped.has(c));
    if (lost.length > 0) {
      ctx.warn('constraint-left-out', `${what} uses left-out column ${lost.join(', ')}; it is left out (${k.definition})`);
      continue;
    }
    if (k.type === 'x' || k.type === 't') {
      ctx.warn(k.type === 'x' ? 'exclusion-constraint' : 'constraint-trigger', `${what} is not represented in the spec: ${k.definition}`);
      continue;
    }
    if (k.deferrable) ctx.warn('deferrable', `${what} is DEFERRABLE; the spec creates it NOT DEFERRABLE`);
    if (!k.validated) ctx.warn('not-valid', `${what} is NOT VALID; the spec creates it validated`);
    if (k.comment !== null) ctx.warn('comment', `the comment on ${what} is not represented`);
    switch (k.type) {
      case 'p':
        primaryKey = { name: k.name, columns: [...k.columns] };
        break;
      case 'u':
        out.uniques.push({ name: k.name, columns: [...k.columns], nullsNotDistinct: k.nullsNotDistinct });
        break;
      case 'c':
        if (k.noInherit) ctx.warn('no-inherit', `${what} is NO INHERIT; the spec does not represent that`);
        out.checks.push({ name: k.name, expression: singleLineSql(k.expression ?? '') });
        break;
      case 'f': {
        if (k.refSchema !== ctx.schema || k.refTable === null || !ctx.tables.has(k.refTable)) {
          const target = k.refSchema === ctx.schema ? (k.refTable ?? '?') : `${k.refSchema ?? '?'}.${k.refTable ?? '?'}`;
          ctx.warn('foreign-key-left-out', `${what} references ${target}, which is not imported; it is left out (${k.definition})`);
          break;
        }
        if (k.matchType === 'f') ctx.warn('match-full', `${what} is MATCH FULL; the spec creates MATCH SIMPLE`);
        if (k.partialSetNull) ctx.warn('set-null-columns', `${what} sets only some columns to null on delete; the spec sets all of them`);
        out.foreignKeys.push({
          name: k.name,
          columns: [...k.columns],
          references: { table: k.refTable, columns: [...k.refColumns] },
          onDelete: ACTIONS[k.onDelete] ?? 'no action',
          onUpdate: ACTIONS[k.onUpdate] ?? 'no action',
          location: null,
        });
        break;
      }
    }
  }
  return { ...out, primaryKey };
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  p: 'primary key',
  f: 'foreign key',
  u: 'unique constraint',
  c: 'check',
  x: 'exclusion constraint',
  t: 'constraint trigger',
};
