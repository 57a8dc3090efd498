import type { Index } from '../model/model.js';
import { canonicalSql } from '../sql/canonical-sql.js';
import { describeIndex, indexKeysText } from './describe.js';
import type { DriftContext } from './drift-context.js';
import { matchObjects } from './match-objects.js';

/** An index's definition in canonical form: two indexes are the same when these are equal. */
export function indexSignature(index: Index): string {
  const keys = index.keys.map((k) => `${k.column ?? canonicalSql(k.expression ?? '')}${k.descending ? ' desc' : ''}`);
  return [index.unique ? 'unique' : '', index.using, keys.join(', '), index.where === null ? '' : canonicalSql(index.where)].join('|');
}

/** Indexes by name, then by definition (a renamed index is reported with both names). */
export function compareIndexes(expected: readonly Index[], actual: readonly Index[], ctx: DriftContext): void {
  const m = matchObjects(expected, actual, (a, b) => indexSignature(a) === indexSignature(b));
  for (const [e, a] of m.renamed) ctx.renamed('index', indexKeysText(e), e.name, a.name);
  for (const [e, a] of m.same)
    if (indexSignature(e) !== indexSignature(a)) ctx.changed('index', e.name, 'definition', describeIndex(e), describeIndex(a));
  for (const e of m.missing) ctx.missing('index', e.name, describeIndex(e));
  for (const a of m.extra) ctx.extra('index', a.name, describeIndex(a));
}
