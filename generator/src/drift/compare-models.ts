import type { EnumType, Model, Table } from '../model/model.js';
import { describeColumn, quoted } from './describe.js';
import { compareColumns } from './compare-columns.js';
import { compareChecks, compareForeignKeys, comparePrimaryKeys, compareUniques } from './compare-constraints.js';
import { compareIndexes } from './compare-indexes.js';
import { SPEC_VS_DATABASE, type CompareOptions, type Difference } from './difference.js';
import { DriftContext } from './drift-context.js';

/**
 * Compares two models in everything a database holds: tables, columns (type, nullability,
 * default, identity, generation), primary, foreign, unique and check constraints, indexes,
 * enum types and values, and the comments (descriptions) on tables, columns and enums.
 * What only the spec knows (modules, owners, plans, legacy names, json shapes) is not compared.
 *
 * `expected` is usually the spec and `actual` the database, but any two models work: the
 * round-trip tests compare the spec with its import, migrations two versions of the spec.
 * Differences come sorted: enums first, then tables by name, each in a fixed object order.
 */
export function compareModels(expected: Model, actual: Model, options: CompareOptions = {}): Difference[] {
  const labels = options.labels ?? SPEC_VS_DATABASE;
  const strict = options.strict ?? false;
  const out: Difference[] = [];

  const actualEnums = new Map(actual.enums.map((e) => [e.name, e]));
  for (const e of expected.enums) {
    const ctx = new DriftContext(labels, strict, { table: null, enum: e.name });
    const a = actualEnums.get(e.name);
    if (!a) ctx.missing('enum', e.name, `(${e.values.join(', ')})`);
    else compareEnum(e, a, ctx);
    out.push(...ctx.differences);
  }
  const expectedEnums = new Set(expected.enums.map((e) => e.name));
  for (const a of actual.enums) {
    if (expectedEnums.has(a.name)) continue;
    const ctx = new DriftContext(labels, strict, { table: null, enum: a.name });
    ctx.extra('enum', a.name, `(${a.values.join(', ')})`);
    out.push(...ctx.differences);
  }

  const actualTables = new Map(actual.tables.map((t) => [t.name, t]));
  // A database table the spec knows under a legacy name (a Supabase-era table before its rename).
  const legacyHint = (name: string) => {
    const successor = expected.tables.find((t) => t.legacyNames.some((l) => l.name === name));
    const legacy = successor?.legacyNames.find((l) => l.name === name);
    if (!successor || !legacy) return null;
    return legacy.kind === 'merged' ? `the spec merges it into ${successor.name}` : `the spec renames it to ${successor.name}`;
  };
  const names = [...new Set([...expected.tables.map((t) => t.name), ...actual.tables.map((t) => t.name)])].sort();
  const expectedTables = new Map(expected.tables.map((t) => [t.name, t]));
  for (const name of names) {
    const ctx = new DriftContext(labels, strict, { table: name, enum: null });
    const e = expectedTables.get(name);
    const a = actualTables.get(name);
    if (e && a) compareTable(e, a, ctx);
    else if (e) ctx.missing('table', name, `(${e.columns.length} columns)`);
    else if (a)
      ctx.extra(
        'table',
        name,
        `(${a.columns.map((c) => `${c.name} ${describeColumn(c).split(',')[0] ?? ''}`).join(', ')})`,
        legacyHint(name),
      );
    out.push(...ctx.differences);
  }
  return out;
}

function compareTable(e: Table, a: Table, ctx: DriftContext): void {
  if ((e.description ?? '') !== (a.description ?? ''))
    ctx.changed('table', e.name, 'description', quoted(e.description), quoted(a.description));
  compareColumns(e.columns, a.columns, ctx);
  comparePrimaryKeys(e.primaryKey, a.primaryKey, ctx);
  compareForeignKeys(e.foreignKeys, a.foreignKeys, ctx);
  const consumed = compareUniques(e, a, ctx);
  compareChecks(e.checks, a.checks, ctx);
  compareIndexes(
    e.indexes.filter((i) => !consumed.consumedExpectedIndexes.has(i.name)),
    a.indexes.filter((i) => !consumed.consumedActualIndexes.has(i.name)),
    ctx,
  );
}

function compareEnum(e: EnumType, a: EnumType, ctx: DriftContext): void {
  const actualValues = new Set(a.values);
  const expectedValues = new Set(e.values);
  for (const v of e.values) if (!actualValues.has(v)) ctx.missing('enum value', v, null);
  for (const v of a.values) if (!expectedValues.has(v)) ctx.extra('enum value', v, null);
  const common = (values: readonly string[], other: ReadonlySet<string>) => values.filter((v) => other.has(v)).join(', ');
  if (common(e.values, actualValues) !== common(a.values, expectedValues))
    ctx.changed('enum', e.name, 'value order', e.values.join(', '), a.values.join(', '));
  if ((e.description ?? '') !== (a.description ?? ''))
    ctx.changed('enum', e.name, 'description', quoted(e.description), quoted(a.description));
}
