import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScript } from '../db/apply-script.js';
import { compareModels } from '../drift/compare-models.js';
import { canonicalSql } from '../sql/canonical-sql.js';
import type { Model } from '../model/model.js';
import { loadModel } from '../pipeline/load-model.js';
import {
  catalogColumns,
  catalogConstraints,
  catalogEnums,
  catalogIndexes,
  catalogTables,
  catalogTriggers,
} from '../test-support/catalog.js';
import { ddlFor, writeImportedSpec } from '../test-support/imported-spec.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { introspectDatabase, type ImportResult } from './introspect.js';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'rails-app.sql'), 'utf8');

/** Everything the catalog says about the supported features of a schema, with the schema's name taken out. */
async function catalogOf(t: TestDatabase) {
  const strip = <T>(rows: T[]) => JSON.parse(JSON.stringify(rows).split(`${t.schema}.`).join('')) as T[];
  return {
    tables: await catalogTables(t.db, t.schema),
    columns: await catalogColumns(t.db, t.schema),
    // PostgreSQL's printed form of a check is not always a fixed point (`varchar IN (…)` comes back
    // as `role::text = ANY (ARRAY[…]::text[])`, which re-parses with the casts moved), so checks
    // compare in canonical form; every other constraint compares as PostgreSQL prints it.
    constraints: (await catalogConstraints(t.db, t.schema)).map((c) =>
      c.type === 'c' ? { ...c, definition: canonicalSql(c.definition.replace(/^CHECK /, '')) } : c,
    ),
    indexes: strip(await catalogIndexes(t.db, t.schema)),
    enums: await catalogEnums(t.db, t.schema),
    triggers: await catalogTriggers(t.db, t.schema),
  };
}

describe('import of a schema we did not write (Rails/Supabase style)', () => {
  let original: TestDatabase;
  let rebuilt: TestDatabase;
  let first: ImportResult;
  let second: ImportResult;
  let fromYaml: Model;

  beforeAll(async () => {
    original = await createTestDatabase();
    await original.db.exec(FIXTURE);
    first = await introspectDatabase(original.db, { schema: original.schema, reference: null });
    const { root, dir } = writeImportedSpec(first);
    const loaded = loadModel(root);
    rmSync(dir, { recursive: true });
    expect(loaded.problems).toEqual([]);
    fromYaml = loaded.model as Model;
    rebuilt = await createTestDatabase();
    await applyScript(rebuilt.db, ddlFor(fromYaml, 'live'));
    second = await introspectDatabase(rebuilt.db, { schema: rebuilt.schema, reference: null });
  });
  afterAll(async () => {
    await original?.drop();
    await rebuilt?.drop();
  });

  it('imports every table, column and constraint without a warning', () => {
    expect(first.warnings.filter((w) => !['other-schema', 'extension'].includes(w.code))).toEqual([]);
    expect(first.model.tables.map((t) => t.name)).toEqual([
      'memberships',
      'order_items',
      'orders',
      'organizations',
      'products',
      'shipments',
      'users',
    ]);
  });

  it('reads keys, defaults and generated columns back into the spec’s own forms', () => {
    const column = (table: string, name: string) => first.model.tables.find((t) => t.name === table)?.columns.find((c) => c.name === name);
    expect(column('users', 'id')).toMatchObject({ identity: 'by default', default: null, type: { sql: 'bigint' } });
    expect(column('products', 'id')).toMatchObject({ type: { sql: 'serial' }, default: null, nullable: false });
    expect(column('orders', 'id')?.type.sql).toBe('bigserial');
    expect(column('users', 'role')?.default).toEqual({ kind: 'literal', value: 'member', sql: "'member'" });
    expect(column('users', 'roles')?.default).toMatchObject({ kind: 'literal', value: ['member'] });
    expect(column('users', 'tags')?.default).toMatchObject({ kind: 'literal', value: [] });
    expect(column('users', 'settings')?.default).toMatchObject({ kind: 'literal', value: { locale: 'en', digest: { daily: true } } });
    expect(column('users', 'created_at')?.default).toEqual({ kind: 'expression', sql: "timezone('utc'::text, now())" });
    expect(column('organizations', 'created_at')?.default).toEqual({ kind: 'expression', sql: 'CURRENT_TIMESTAMP' });
    expect(column('products', 'price')?.default).toMatchObject({ kind: 'literal', value: '0.00' });
    expect(column('products', 'rating')?.default).toMatchObject({ kind: 'literal', value: -1 });
    expect(column('products', 'note')?.default).toMatchObject({ kind: 'literal', value: "it's new" });
    expect(column('products', 'shelf_life')?.default).toMatchObject({ kind: 'literal', value: '7 days' });
    expect(column('shipments', 'shipped_at')?.default).toMatchObject({ kind: 'expression' });
    expect(column('order_items', 'line_total_cents')?.generated).toBe('quantity * unit_price_cents');
    const shipments = first.model.tables.find((t) => t.name === 'shipments');
    expect(shipments?.foreignKeys).toMatchObject([
      { columns: ['order_id', 'line_no'], references: { table: 'order_items', columns: ['order_id', 'line_no'] }, onDelete: 'cascade' },
    ]);
    expect(shipments?.uniques).toMatchObject([{ columns: ['tracking_code'], nullsNotDistinct: true }]);
  });

  it('follows the database’s naming convention, so the spec leaves generated names out', () => {
    expect(first.model.naming).toMatchObject({
      primaryKey: '{table}_pkey',
      foreignKey: '{table}_{columns}_fkey',
      unique: '{table}_{columns}_key',
      index: 'index_{table}_on_{columns}',
      trigger: 'handle_updated_at',
    });
    expect(first.model.modules.map((m) => [m.key, m.prefix])).toEqual([['unassigned', '']]);
  });

  it('writes YAML that is a valid spec describing exactly the imported model', () => {
    expect(compareModels(first.model, fromYaml, { strict: true })).toEqual([]);
    expect(fromYaml.naming).toEqual(first.model.naming);
  });

  it('builds DDL from the import that recreates the database: the catalogs are identical', async () => {
    const [a, b] = [await catalogOf(original), await catalogOf(rebuilt)];
    expect(b.tables).toEqual(a.tables);
    expect(b.columns).toEqual(a.columns);
    expect(b.constraints).toEqual(a.constraints);
    expect(b.indexes).toEqual(a.indexes);
    expect(b.enums).toEqual(a.enums);
    expect(b.triggers).toEqual(a.triggers);
    expect(compareModels(first.model, second.model, { strict: true })).toEqual([]);
  });
});
