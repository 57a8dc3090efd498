import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { FEATURES_SPEC } from '../test-support/paths.js';
import { RULES } from '../lint/registry.js';
import { contextText } from './context-text.js';
import { schemaContext } from './schema-context.js';
import { selectTables } from './select-tables.js';

const model = loadModelOrThrow(FEATURES_SPEC);
const context = (modules: string[], tables: string[], phase: 'live' | 'y2' = 'y2') =>
  schemaContext(model, selectTables(model, { modules, tables, phase }).tables, 'test');

describe('schema context', () => {
  it('selects modules and tables (both: their union), a phase, or everything; names what does not exist', () => {
    const names = (modules: string[], tables: string[], phase: 'live' | 'y2' = 'y2') =>
      selectTables(model, { modules, tables, phase }).tables.map((t) => t.name);
    expect(names(['ai'], [])).toEqual(['ai__embeddings']);
    expect(names(['ai'], ['profiles'])).toEqual(['ai__embeddings', 'profiles']);
    expect(names(['tst'], [], 'live')).not.toContain('tst_a_table_with_a_really_quite_extraordinarily_long_name_here');
    expect(names([], [])).toHaveLength(model.tables.length);
    expect(selectTables(model, { modules: ['nope'], tables: ['tst_orders', 'gone'], phase: 'y2' }).unknown).toEqual([
      'module "nope"',
      'table "gone"',
    ]);
  });

  it('describes a module as text: enums, columns with types, nullability, defaults, keys and relations', () => {
    const text = contextText(context(['tst'], []));
    expect(text).toContain('# features: PostgreSQL schema public, 7 table(s) (test)');
    expect(text).toContain('- tables: <module prefix><plural snake_case>; prefixes: tst=tst_\n');
    expect(text).toContain(
      '- generated names: pk_{table}, fk_{table}_{columns}, uq_{table}_{columns}, ck_{table}_{name}, ix_{table}_{columns}',
    );
    expect(text).toContain(`- ${RULES.find((r) => r.meta.id === 'table-prefix')?.meta.description}\n`);
    expect(text).toContain('## Enums\ntst_mood: good | okay | bad\n');
    expect(text).toContain(
      [
        'tst_chickens -- Half of a reference cycle.',
        '  id uuid pk = gen_random_uuid()',
        '  egg_id uuid? -> tst_eggs.id',
        '  owner_id uuid -> profiles.id on delete cascade',
        "  tags text[] = '{}'::text[]",
        '  nickname varchar(40)?',
        '  deleted_at timestamptz?',
        '  unique (owner_id, nickname)',
        '  index (egg_id)',
        '  index (owner_id)',
        '  index (tags) using gin',
        '  unique index (nickname) where deleted_at IS NULL',
        '  index (lower(nickname))',
        '  referenced by: tst_eggs.chicken_id',
      ].join('\n'),
    );
    expect(text).toContain('  label varchar(20) uk\n');
    expect(text).toContain('  id bigint pk identity always\n');
    expect(text).toContain('  a_generated integer? generated (a_integer * 2)\n');
    expect(text).toContain('  pk (region, order_number)\n');
    expect(text).toContain('  fk (region, order_number) -> tst_orders (region, order_number) on delete cascade\n');
    expect(text).toContain('tst_a_table_with_a_really_quite_extraordinarily_long_name_here [planned y1] -- ');
    expect(text).toContain('## Referenced tables outside the selection (referenced columns only)\nprofiles (core): id uuid\n');
  });

  it('describes chosen tables as JSON, leaving out what is empty', () => {
    const json = JSON.parse(JSON.stringify(context([], ['tst_order_lines', 'profiles']))) as Record<string, unknown>;
    expect(json).toMatchObject({ database: 'features', schema: 'public', enums: {}, naming: { prefixes: { core: '', tst: 'tst_' } } });
    expect(json.tables).toEqual([
      {
        name: 'profiles',
        module: 'core',
        description: 'Members.',
        columns: [
          { name: 'id', type: 'uuid', default: 'gen_random_uuid()' },
          { name: 'email', type: 'citext', unique: true, description: "Login e-mail; it's case-insensitive." },
          {
            name: 'manager_id',
            type: 'uuid',
            nullable: true,
            references: 'profiles.id',
            onDelete: 'set null',
            description: 'Self-reference.',
          },
          { name: 'created_at', type: 'timestamptz', default: 'now()' },
          { name: 'updated_at', type: 'timestamptz', default: 'now()' },
        ],
        primaryKey: ['id'],
        referencedBy: [
          'ai__embeddings.profile_id',
          'profiles.manager_id',
          'tst_a_table_with_a_really_quite_extraordinarily_long_name_here.another_remarkably_long_column_name_for_testing',
          'tst_chickens.owner_id',
        ],
      },
      {
        name: 'tst_order_lines',
        module: 'tst',
        description: 'Composite foreign key with actions.',
        columns: [
          { name: 'id', type: 'uuid', default: 'gen_random_uuid()' },
          { name: 'region', type: 'char(2)' },
          { name: 'order_number', type: 'integer' },
          { name: 'quantity', type: 'integer' },
          { name: 'price', type: 'numeric(12,2)' },
        ],
        primaryKey: ['id'],
        foreignKeys: [
          { columns: ['region', 'order_number'], table: 'tst_orders', references: ['region', 'order_number'], onDelete: 'cascade' },
        ],
        checks: ['quantity >= 1', 'price >= 0', 'price < 1000000'],
        indexes: ['(region, order_number)'],
      },
    ]);
    expect(json.referencedTables).toEqual([
      {
        name: 'tst_orders',
        module: 'tst',
        columns: [
          { name: 'region', type: 'char(2)' },
          { name: 'order_number', type: 'integer' },
        ],
      },
    ]);
  });

  it('lists the enums the selected tables use, from any module', () => {
    const withEnum = context([], ['tst_all_types']);
    expect(withEnum.enums).toEqual({ tst_mood: ['good', 'okay', 'bad'] });
    expect(context(['core'], []).enums).toEqual({});
  });
});
