import type { Column } from '../model/model.js';
import { sameSql } from '../sql/canonical-sql.js';
import { defaultText, describeColumn, quoted } from './describe.js';
import type { DriftContext } from './drift-context.js';
import { sameDefault } from './same-default.js';

/** Columns by name: missing, extra, and per column type, nullability, default, identity, generation, description. */
export function compareColumns(expected: readonly Column[], actual: readonly Column[], ctx: DriftContext): void {
  const actualByName = new Map(actual.map((c) => [c.name, c]));
  const expectedNames = new Set(expected.map((c) => c.name));
  for (const e of expected) {
    const a = actualByName.get(e.name);
    if (!a) ctx.missing('column', e.name, `(${describeColumn(e)})`);
    else compareColumn(e, a, ctx);
  }
  for (const a of actual) if (!expectedNames.has(a.name)) ctx.extra('column', a.name, `(${describeColumn(a)})`);
  if (ctx.strict) {
    const order = (cs: readonly Column[], other: ReadonlySet<string>) => cs.map((c) => c.name).filter((n) => other.has(n));
    const e = order(expected, new Set(actual.map((c) => c.name)));
    const a = order(actual, expectedNames);
    if (e.join() !== a.join()) ctx.changed('table', 'columns', 'column order', e.join(', '), a.join(', '));
  }
}

function compareColumn(e: Column, a: Column, ctx: DriftContext): void {
  const change = (property: string, expected: string, actual: string) => ctx.changed('column', e.name, property, expected, actual);
  if (e.type.sql !== a.type.sql) change('type', e.type.sql, a.type.sql);
  if (e.nullable !== a.nullable) change('nullability', e.nullable ? 'nullable' : 'NOT NULL', a.nullable ? 'nullable' : 'NOT NULL');
  if (!sameDefault(e.default, a.default, e.type)) change('default', defaultText(e.default), defaultText(a.default));
  if (e.identity !== a.identity) change('identity', e.identity ?? 'none', a.identity ?? 'none');
  if (
    (e.generated === null) !== (a.generated === null) ||
    (e.generated !== null && a.generated !== null && !sameSql(e.generated, a.generated))
  )
    change('generated expression', e.generated ?? 'none', a.generated ?? 'none');
  if ((e.description ?? '') !== (a.description ?? '')) change('description', quoted(e.description), quoted(a.description));
  if (ctx.strict) {
    if (e.min !== a.min) change('min', String(e.min), String(a.min));
    if (e.max !== a.max) change('max', String(e.max), String(a.max));
    if (e.nonEmpty !== a.nonEmpty) change('nonEmpty', String(e.nonEmpty), String(a.nonEmpty));
  }
}
