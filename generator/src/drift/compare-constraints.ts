import type { CheckConstraint, ForeignKey, Index, PrimaryKey, UniqueConstraint } from '../model/model.js';
import { canonicalSql } from '../sql/canonical-sql.js';
import { columnsText, describeForeignKey } from './describe.js';
import type { DriftContext } from './drift-context.js';
import { matchObjects } from './match-objects.js';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function comparePrimaryKeys(expected: PrimaryKey | null, actual: PrimaryKey | null, ctx: DriftContext): void {
  if (expected && !actual) ctx.missing('primary key', expected.name, columnsText(expected.columns));
  else if (!expected && actual) ctx.extra('primary key', actual.name, columnsText(actual.columns));
  else if (expected && actual) {
    if (!sameList(expected.columns, actual.columns))
      ctx.changed('primary key', expected.name, 'columns', columnsText(expected.columns), columnsText(actual.columns));
    else if (expected.name !== actual.name) ctx.renamed('primary key', columnsText(expected.columns), expected.name, actual.name);
  }
}

export function compareForeignKeys(expected: readonly ForeignKey[], actual: readonly ForeignKey[], ctx: DriftContext): void {
  const target = (f: ForeignKey) => [f.columns.join(), f.references.table, f.references.columns.join()].join('|');
  const m = matchObjects(expected, actual, (a, b) => target(a) === target(b));
  for (const [e, a] of m.renamed) ctx.renamed('foreign key', describeForeignKey(e), e.name, a.name);
  for (const [e, a] of [...m.same, ...m.renamed]) {
    if (target(e) !== target(a)) ctx.changed('foreign key', e.name, 'definition', describeForeignKey(e), describeForeignKey(a));
    if (e.onDelete !== a.onDelete) ctx.changed('foreign key', e.name, 'ON DELETE', e.onDelete, a.onDelete);
    if (e.onUpdate !== a.onUpdate) ctx.changed('foreign key', e.name, 'ON UPDATE', e.onUpdate, a.onUpdate);
  }
  for (const e of m.missing) ctx.missing('foreign key', e.name, describeForeignKey(e));
  for (const a of m.extra) ctx.extra('foreign key', a.name, describeForeignKey(a));
}

export function compareChecks(expected: readonly CheckConstraint[], actual: readonly CheckConstraint[], ctx: DriftContext): void {
  const m = matchObjects(expected, actual, (a, b) => canonicalSql(a.expression) === canonicalSql(b.expression));
  for (const [e, a] of m.renamed) ctx.renamed('check', `(${e.expression})`, e.name, a.name);
  for (const [e, a] of m.same)
    if (canonicalSql(e.expression) !== canonicalSql(a.expression)) ctx.changed('check', e.name, 'expression', e.expression, a.expression);
  for (const e of m.missing) ctx.missing('check', e.name, `(${e.expression})`);
  for (const a of m.extra) ctx.extra('check', a.name, `(${a.expression})`);
}

const uniqueText = (u: UniqueConstraint) => `${columnsText(u.columns)}${u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''}`;

/** An index that is exactly what a unique constraint on `columns` would create. */
export function isPlainUniqueIndex(index: Index): boolean {
  return index.unique && index.where === null && index.using === 'btree' && index.keys.every((k) => k.column !== null && !k.descending);
}

/**
 * Unique constraints. A unique constraint on one side that is a plain unique index on the
 * other enforces the same thing; it is reported as such (and the index is taken out of the
 * index comparison) rather than as one missing and one extra object.
 */
export function compareUniques(
  expected: { uniques: readonly UniqueConstraint[]; indexes: readonly Index[] },
  actual: { uniques: readonly UniqueConstraint[]; indexes: readonly Index[] },
  ctx: DriftContext,
): { consumedExpectedIndexes: Set<string>; consumedActualIndexes: Set<string> } {
  const m = matchObjects(expected.uniques, actual.uniques, (a, b) => uniqueText(a) === uniqueText(b));
  for (const [e, a] of m.renamed) ctx.renamed('unique constraint', uniqueText(e), e.name, a.name);
  for (const [e, a] of m.same)
    if (uniqueText(e) !== uniqueText(a)) ctx.changed('unique constraint', e.name, 'definition', uniqueText(e), uniqueText(a));
  const consumedExpectedIndexes = new Set<string>();
  const consumedActualIndexes = new Set<string>();
  const asIndex = (u: UniqueConstraint, indexes: readonly Index[], taken: Set<string>) =>
    u.nullsNotDistinct
      ? undefined
      : indexes.find(
          (i) =>
            !taken.has(i.name) &&
            isPlainUniqueIndex(i) &&
            sameList(
              i.keys.map((k) => k.column ?? ''),
              u.columns,
            ),
        );
  for (const e of m.missing) {
    const index = asIndex(e, actual.indexes, consumedActualIndexes);
    if (index && !expected.indexes.some((i) => i.name === index.name)) {
      consumedActualIndexes.add(index.name);
      ctx.renamed('unique constraint', uniqueText(e), e.name, index.name, 'index');
    } else {
      ctx.missing('unique constraint', e.name, uniqueText(e));
    }
  }
  for (const a of m.extra) {
    const index = asIndex(a, expected.indexes, consumedExpectedIndexes);
    if (index && !actual.indexes.some((i) => i.name === index.name)) {
      consumedExpectedIndexes.add(index.name);
      ctx.renamed('index', uniqueText(a), index.name, a.name, 'unique constraint');
    } else {
      ctx.extra('unique constraint', a.name, uniqueText(a));
    }
  }
  return { consumedExpectedIndexes, consumedActualIndexes };
}
