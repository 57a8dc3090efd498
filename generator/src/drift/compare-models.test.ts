import { describe, expect, it } from 'vitest';
import type { Column, Model, Table } from '../model/model.js';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { FEATURES_SPEC } from '../test-support/paths.js';
import { compareModels } from './compare-models.js';

const spec = loadModelOrThrow(FEATURES_SPEC);

/** The spec with one table changed, as a database drifted from it might read. */
function withTable(name: string, change: (t: Table) => Table, model: Model = spec): Model {
  return { ...model, tables: model.tables.map((t) => (t.name === name ? change(t) : t)) };
}
const withColumn = (table: string, column: string, change: (c: Column) => Column) =>
  withTable(table, (t) => ({ ...t, columns: t.columns.map((c) => (c.name === column ? change(c) : c)) }));
const messages = (actual: Model) => compareModels(spec, actual).map((d) => `${d.table ?? `enum ${d.enum}`}: ${d.message}`);

describe('compareModels', () => {
  it('finds nothing between a model and itself', () => {
    expect(compareModels(spec, spec, { strict: true })).toEqual([]);
  });

  it.each<[string, Model, string]>([
    [
      'missing table',
      { ...spec, tables: spec.tables.filter((t) => t.name !== 'tst_eggs') },
      'tst_eggs: table tst_eggs (2 columns) is in the spec but not in the database',
    ],
    [
      'extra column',
      withTable('tst_eggs', (t) => ({
        ...t,
        columns: [...t.columns, { ...(t.columns[0] as Column), name: 'legacy_id', nullable: true, default: null }],
      })),
      'tst_eggs: column legacy_id (uuid, nullable) is in the database but not in the spec',
    ],
    [
      'type',
      withColumn('tst_all_types', 'a_varchar', (c) => ({ ...c, type: { ...c.type, name: 'text', length: null, sql: 'text' } })),
      'tst_all_types: column a_varchar: type is text in the database, varchar(40) in the spec',
    ],
    [
      'nullability',
      withColumn('tst_all_types', 'a_text', (c) => ({ ...c, nullable: true })),
      'tst_all_types: column a_text: nullability is nullable in the database, NOT NULL in the spec',
    ],
    [
      'default',
      withColumn('tst_all_types', 'an_enum', (c) => ({ ...c, default: { kind: 'literal', value: 'bad', sql: "'bad'" } })),
      "tst_all_types: column an_enum: default is 'bad' in the database, 'okay' in the spec",
    ],
    [
      'identity',
      withColumn('tst_counters', 'id', (c) => ({ ...c, identity: 'by default' })),
      'tst_counters: column id: identity is by default in the database, always in the spec',
    ],
    [
      'generated',
      withColumn('tst_all_types', 'a_generated', (c) => ({ ...c, generated: 'a_integer * 3' })),
      'tst_all_types: column a_generated: generated expression is a_integer * 3 in the database, a_integer * 2 in the spec',
    ],
    [
      'column comment',
      withColumn('profiles', 'email', (c) => ({ ...c, description: null })),
      `profiles: column email: description is none in the database, "Login e-mail; it's case-insensitive." in the spec`,
    ],
    [
      'table comment',
      withTable('tst_eggs', (t) => ({ ...t, description: 'Eggs.' })),
      'tst_eggs: table tst_eggs: description is "Eggs." in the database, "The other half of the cycle." in the spec',
    ],
    [
      'primary key name',
      withTable('tst_orders', (t) => ({ ...t, primaryKey: { name: 'tst_orders_pkey', columns: ['region', 'order_number'] } })),
      'tst_orders: primary key on (region, order_number) exists as tst_orders_pkey, the spec names it pk_tst_orders',
    ],
    [
      'primary key columns',
      withTable('tst_orders', (t) => ({ ...t, primaryKey: { name: 'pk_tst_orders', columns: ['region'] } })),
      'tst_orders: primary key pk_tst_orders: columns is (region) in the database, (region, order_number) in the spec',
    ],
    [
      'foreign key name',
      withTable('tst_eggs', (t) => ({ ...t, foreignKeys: t.foreignKeys.map((f) => ({ ...f, name: 'tst_eggs_chicken_id_fkey' })) })),
      'tst_eggs: foreign key on (chicken_id) → tst_chickens (id) exists as tst_eggs_chicken_id_fkey, the spec names it fk_tst_eggs_chicken_id',
    ],
    [
      'foreign key action',
      withTable('tst_eggs', (t) => ({ ...t, foreignKeys: t.foreignKeys.map((f) => ({ ...f, onDelete: 'cascade' as const })) })),
      'tst_eggs: foreign key fk_tst_eggs_chicken_id: ON DELETE is cascade in the database, set null in the spec',
    ],
    [
      'missing foreign key',
      withTable('tst_eggs', (t) => ({ ...t, foreignKeys: [] })),
      'tst_eggs: foreign key fk_tst_eggs_chicken_id (chicken_id) → tst_chickens (id) is in the spec but not in the database',
    ],
    [
      'unique constraint as a unique index',
      withTable('tst_counters', (t) => ({
        ...t,
        uniques: [],
        indexes: [
          {
            name: 'index_tst_counters_on_label',
            keys: [{ column: 'label', expression: null, descending: false }],
            unique: true,
            using: 'btree',
            where: null,
            location: null,
          },
        ],
      })),
      'tst_counters: unique constraint on (label) exists as index index_tst_counters_on_label, the spec names it uq_tst_counters_label',
    ],
    [
      'check expression',
      withTable('tst_order_lines', (t) => ({
        ...t,
        checks: t.checks.map((c) => (c.name === 'ck_tst_order_lines_price_sane' ? { ...c, expression: 'price < 100' } : c)),
      })),
      'tst_order_lines: check ck_tst_order_lines_price_sane: expression is price < 100 in the database, price < 1000000 in the spec',
    ],
    [
      'check name',
      withTable('tst_order_lines', (t) => ({
        ...t,
        checks: t.checks.map((c) =>
          c.name === 'ck_tst_order_lines_price_sane'
            ? { name: 'tst_order_lines_price_check', expression: '(price < (1000000)::numeric)' }
            : c,
        ),
      })),
      'tst_order_lines: check on (price < 1000000) exists as tst_order_lines_price_check, the spec names it ck_tst_order_lines_price_sane',
    ],
    [
      'index name',
      withTable('tst_chickens', (t) => ({
        ...t,
        indexes: t.indexes.map((i) => (i.name === 'ix_tst_chickens_owner_id' ? { ...i, name: 'tst_chickens_owner_id_idx' } : i)),
      })),
      'tst_chickens: index on (owner_id) exists as tst_chickens_owner_id_idx, the spec names it ix_tst_chickens_owner_id',
    ],
    [
      'index definition',
      withTable('tst_chickens', (t) => ({
        ...t,
        indexes: t.indexes.map((i) => (i.name === 'ix_tst_chickens_owner_id' ? { ...i, unique: true } : i)),
      })),
      'tst_chickens: index ix_tst_chickens_owner_id: definition is UNIQUE (owner_id) in the database, (owner_id) in the spec',
    ],
    [
      'enum values',
      { ...spec, enums: spec.enums.map((e) => ({ ...e, values: ['good', 'okay', 'awful'] })) },
      'enum tst_mood: enum value bad is in the spec but not in the database',
    ],
    [
      'enum comment',
      { ...spec, enums: spec.enums.map((e) => ({ ...e, description: null })) },
      'enum tst_mood: enum tst_mood: description is none in the database, "How it went." in the spec',
    ],
  ])('reports %s', (_kind, actual, message) => {
    expect(messages(actual)).toContain(message);
  });

  it('treats spellings PostgreSQL prints back as the same (defaults, checks, index expressions)', () => {
    const printed = withTable('tst_chickens', (t) => ({
      ...t,
      indexes: t.indexes.map((i) =>
        i.name === 'ix_tst_chickens_lower_nickname'
          ? { ...i, keys: [{ column: null, expression: 'lower((nickname)::text)', descending: false }] }
          : i,
      ),
      columns: t.columns.map((c) => (c.name === 'tags' ? { ...c, default: { kind: 'expression' as const, sql: "'{}'::text[]" } } : c)),
    }));
    expect(compareModels(spec, printed)).toEqual([]);
  });

  it('reports enum value order and, when strict, column order and column rules', () => {
    const reordered = { ...spec, enums: spec.enums.map((e) => ({ ...e, values: [...e.values].reverse() })) };
    expect(messages(reordered)).toContain(
      'enum tst_mood: enum tst_mood: value order is bad, okay, good in the database, good, okay, bad in the spec',
    );
    const swapped = withTable('tst_orders', (t) => ({ ...t, columns: [...t.columns].reverse() }));
    expect(compareModels(spec, swapped)).toEqual([]);
    expect(compareModels(spec, swapped, { strict: true }).map((d) => d.property)).toEqual(['column order']);
    const unbounded = withColumn('tst_order_lines', 'quantity', (c) => ({ ...c, min: null }));
    expect(compareModels(spec, unbounded)).toEqual([]);
    expect(compareModels(spec, unbounded, { strict: true }).map((d) => d.message)).toEqual([
      'column quantity: min is null in the database, 1 in the spec',
    ]);
  });

  it('says when an extra table is one the spec replaces (a legacy name)', () => {
    const legacy = withTable('tst_eggs', (t) => ({ ...t, legacyNames: [{ name: 'eggs', kind: 'renamed', note: null }] }));
    const database = { ...legacy, tables: legacy.tables.map((t) => (t.name === 'tst_eggs' ? { ...t, name: 'eggs' } : t)) };
    expect(compareModels(legacy, database).map((d) => d.message)).toContain(
      'table eggs (id uuid, chicken_id uuid) is in the database but not in the spec (the spec renames it to tst_eggs)',
    );
  });

  it('gives structured differences and can name the sides', () => {
    const diffs = compareModels(
      spec,
      withColumn('tst_all_types', 'a_text', (c) => ({ ...c, nullable: true })),
      {
        labels: { expected: 'version 1', actual: 'version 2' },
      },
    );
    expect(diffs).toEqual([
      {
        table: 'tst_all_types',
        enum: null,
        object: 'column',
        name: 'a_text',
        change: 'changed',
        property: 'nullability',
        expected: 'NOT NULL',
        actual: 'nullable',
        message: 'column a_text: nullability is nullable in version 2, NOT NULL in version 1',
      },
    ]);
  });
});
