import type { Table } from '../../model/model.js';
import { defineRule, docsAnchor } from '../rule.js';

/**
 * Column lists that can serve a lookup by their leading columns: the primary key and unique
 * constraints (both are btree indexes) and full (not partial) btree indexes on plain columns.
 * A partial index only covers the rows its predicate selects; gin/gist/hash/brin indexes do
 * not serve the equality probes that ON DELETE checks make.
 */
function indexedColumnLists(table: Table): string[][] {
  const lists: string[][] = [];
  if (table.primaryKey) lists.push([...table.primaryKey.columns]);
  for (const u of table.uniques) lists.push([...u.columns]);
  for (const i of table.indexes) {
    if (i.where !== null || i.using !== 'btree') continue;
    const leading: string[] = [];
    for (const k of i.keys) {
      if (k.column === null) break;
      leading.push(k.column);
    }
    lists.push(leading);
  }
  return lists;
}

/** The FK's columns, in any order, are the leading columns of the list. */
export const covers = (list: readonly string[], columns: readonly string[]): boolean =>
  list.length >= columns.length && columns.every((c) => list.slice(0, columns.length).includes(c));

export const fkIndexedRule = defineRule({
  meta: {
    id: 'fk-indexed',
    description:
      "Every foreign key is covered by an index (or primary key or unique constraint) whose leading columns are the foreign key's columns.",
    defaultSeverity: 'error',
    messages: {
      unindexed:
        'foreign key ({{columns}}) of "{{table}}" to "{{target}}" has no index starting with those columns, so deletes on "{{target}}" and joins scan "{{table}}"; add indexes: - columns: [{{columns}}]',
    },
    docs: docsAnchor('fk-indexed'),
  },
  check(model, ctx) {
    for (const table of model.tables) {
      const lists = indexedColumnLists(table);
      for (const fk of table.foreignKeys) {
        if (lists.some((l) => covers(l, fk.columns))) continue;
        const column = fk.columns.length === 1 ? table.columns.find((c) => c.name === fk.columns[0]) : undefined;
        ctx.report({
          messageId: 'unindexed',
          table,
          ...(column ? { column } : {}),
          location: fk.location,
          subject: `${table.name}(${fk.columns.join(', ')})`,
          data: { table: table.name, columns: fk.columns.join(', '), target: fk.references.table },
        });
      }
    }
  },
});
