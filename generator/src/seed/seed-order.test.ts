import { describe, expect, it } from 'vitest';
import type { Table } from '../model/model.js';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { REPO_SPEC } from '../test-support/paths.js';
import { seedOrder } from './seed-order.js';

/** A table with only what the order looks at: columns, nullability and foreign keys. */
function table(name: string, keys: readonly (readonly [column: string, parent: string, nullable: boolean])[]): Table {
  return {
    name,
    columns: [{ name: 'id', nullable: false }, ...keys.map(([column, , nullable]) => ({ name: column, nullable }))],
    foreignKeys: keys.map(([column, parent]) => ({
      name: `fk_${name}_${column}`,
      columns: [column],
      references: { table: parent, columns: ['id'] },
    })),
  } as unknown as Table;
}

describe('seed order', () => {
  it('puts parents first, leaves self-references alone, defers a nullable key that closes a cycle', () => {
    const order = seedOrder([
      table('comments', [
        ['post_id', 'posts', false],
        ['parent_id', 'comments', true],
      ]),
      table('posts', [['author_id', 'profiles', false]]),
      table('profiles', [['pinned_post_id', 'posts', true]]),
    ]);
    expect(order.tables.map((t) => t.name)).toEqual(['profiles', 'posts', 'comments']);
    expect([...order.deferred].map(([t, fks]) => [t, fks.map((f) => f.columns[0])])).toEqual([['profiles', ['pinned_post_id']]]);
    expect(order.blocked.size).toBe(0);
  });

  it('reports a cycle of NOT NULL keys as blocked', () => {
    const order = seedOrder([table('a', [['b_id', 'b', false]]), table('b', [['a_id', 'a', false]])]);
    expect([...order.blocked.keys()]).toHaveLength(1);
    expect([...order.blocked.values()][0]).toMatch(/NOT NULL foreign keys form a cycle: (a → b → a|b → a → b)/);
  });

  it('orders the whole PoultryCo spec with nothing blocked', () => {
    const model = loadModelOrThrow(REPO_SPEC);
    const order = seedOrder(model.tables);
    expect(order.tables).toHaveLength(model.tables.length);
    expect(order.blocked.size).toBe(0);
    const position = new Map(order.tables.map((t, i) => [t.name, i]));
    for (const t of model.tables)
      for (const fk of t.foreignKeys) {
        const deferred = order.deferred.get(t.name)?.includes(fk) ?? false;
        if (fk.references.table !== t.name && !deferred)
          expect(position.get(fk.references.table)).toBeLessThan(position.get(t.name) as number);
      }
  });
});
