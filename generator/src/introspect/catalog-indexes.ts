import type { Index, IndexKey } from '../model/model.js';
import { identifiersIn, singleLineSql, stripOuterParens } from '../sql/sql-text.js';
import type { CatalogIndex } from './catalog-snapshot.js';
import type { TableContext } from './table-context.js';

const METHODS = new Set<Index['using']>(['btree', 'gin', 'gist', 'hash', 'brin']);
const DESC = 1;
const NULLS_FIRST = 2;

/**
 * A table's indexes (the reader leaves out those behind constraints). An index the spec cannot express exactly (another method, an
 * operator class or collation, INCLUDE columns, NULLS FIRST/LAST against the default, several
 * keys with an expression among them) is left out with a warning rather than imported wrong.
 */
export function importIndexes(rows: readonly CatalogIndex[], dropped: ReadonlySet<string>, ctx: TableContext): Index[] {
  const indexes: Index[] = [];
  for (const ix of rows) {
    const reason = unsupported(ix, dropped);
    if (reason) {
      ctx.warn('index-left-out', `index ${ix.name} ${reason}; it is left out (${ix.definition})`);
      continue;
    }
    if (ix.options?.length)
      ctx.warn('storage-options', `index ${ix.name} has storage options (${ix.options.join(', ')}) the spec does not represent`);
    if (ix.comment !== null) ctx.warn('comment', `the comment on index ${ix.name} is not represented`);
    const keys: IndexKey[] = ix.keys.map((k) =>
      k.column !== null
        ? { column: k.column, expression: null, descending: (k.option & DESC) !== 0 }
        : {
            column: null,
            // pg_get_indexdef prints a key without its COLLATE; the spec writes it in the expression.
            expression: `${singleLineSql(stripOuterParens(k.definition))}${k.collation ? ` COLLATE ${k.collation}` : ''}`,
            descending: (k.option & DESC) !== 0,
          },
    );
    indexes.push({
      name: ix.name,
      keys,
      unique: ix.unique,
      using: ix.method as Index['using'],
      where: ix.predicate === null ? null : singleLineSql(ix.predicate),
      location: null,
    });
  }
  return indexes;
}

function unsupported(ix: CatalogIndex, dropped: ReadonlySet<string>): string | null {
  if (!METHODS.has(ix.method as Index['using'])) return `uses method ${ix.method}, which the spec does not support`;
  if (!ix.valid) return 'is invalid (a failed CREATE INDEX CONCURRENTLY?)';
  if (ix.includeCount > 0) return 'has INCLUDE columns, which the spec does not represent';
  if (ix.nullsNotDistinct) return 'is NULLS NOT DISTINCT, which the spec represents only for unique constraints';
  for (const k of ix.keys) {
    if (!k.defaultOpclass) return `uses operator class ${k.opclass}, which the spec does not represent`;
    if (k.column !== null && k.collation) return `uses collation ${k.collation} on column ${k.column}, which the spec does not represent`;
    if (((k.option & NULLS_FIRST) !== 0) !== ((k.option & DESC) !== 0))
      return 'orders NULLs against the default, which the spec does not represent';
  }
  const expressions = ix.keys.filter((k) => k.column === null);
  if (expressions.length > 0 && ix.keys.length > 1) return 'mixes an expression with other keys; the spec takes one expression per index';
  if (expressions.some((k) => (k.option & DESC) !== 0)) return 'has a descending expression key, which the spec does not represent';
  const used = new Set([
    ...ix.keys.flatMap((k) => (k.column !== null ? [k.column] : [...identifiersIn(k.definition)])),
    ...(ix.predicate ? identifiersIn(ix.predicate) : []),
  ]);
  const lost = [...dropped].filter((c) => used.has(c));
  if (lost.length > 0) return `uses left-out column ${lost.join(', ')}`;
  return null;
}
