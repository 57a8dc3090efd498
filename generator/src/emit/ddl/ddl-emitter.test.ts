import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { emitAll } from '../../pipeline/build.js';
import { modelForPhase, type Model, type Phase } from '../../model/model.js';
import { catalogTypeSql } from '../../model/pg-types.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import {
  catalogColumns,
  catalogConstraints,
  catalogEnums,
  catalogIndexes,
  catalogTables,
  catalogTriggers,
} from '../../test-support/catalog.js';
import { FEATURES_SPEC, REPO_SPEC } from '../../test-support/paths.js';
import { SCHEMA_SQL_PATH, ddlEmitter } from './ddl-emitter.js';
import { applyScript } from '../../db/apply-script.js';

function ddlFor(model: Model, phase: Phase): string {
  return emitAll(model, { phase, emitters: [ddlEmitter] }).outputs.get(SCHEMA_SQL_PATH) ?? '';
}

/** Asserts through the catalog that the database holds exactly what the model says. */
async function expectCatalogMatches(t: TestDatabase, model: Model): Promise<void> {
  const tables = await catalogTables(t.db, t.schema);
  expect(tables.map((r) => r.name)).toEqual(model.tables.map((m) => m.name));
  for (const table of model.tables) expect(tables.find((r) => r.name === table.name)?.comment ?? null).toBe(table.description);

  const columns = await catalogColumns(t.db, t.schema);
  for (const table of model.tables) {
    const actual = columns.filter((c) => c.table === table.name);
    expect(
      actual.map((c) => c.name),
      table.name,
    ).toEqual(table.columns.map((c) => c.name));
    for (const column of table.columns) {
      const got = actual.find((c) => c.name === column.name);
      const where = `${table.name}.${column.name}`;
      expect(got?.type, where).toBe(catalogTypeSql(column.type));
      expect(got?.notNull, where).toBe(!column.nullable || table.primaryKey?.columns.includes(column.name) === true);
      expect(got?.comment ?? null, where).toBe(column.description);
      expect(got?.identity, where).toBe(column.identity === 'always' ? 'a' : column.identity === 'by default' ? 'd' : '');
      expect(got?.generated, where).toBe(column.generated ? 's' : '');
      const isSerial = ['serial', 'bigserial', 'smallserial'].includes(column.type.name);
      if (isSerial) expect(got?.default, where).toMatch(/^nextval\(/);
      // Simple calls come back as written; other expressions in PostgreSQL's canonical form.
      else if (column.default?.kind === 'expression' && /^([a-z_]+\(\)|current_date|current_timestamp)$/i.test(column.default.sql))
        expect(got?.default?.toLowerCase(), where).toBe(column.default.sql.toLowerCase());
      else if (column.default) expect(got?.default, where).not.toBeNull();
      else if (!column.generated) expect(got?.default ?? null, where).toBeNull();
    }
  }

  const constraints = await catalogConstraints(t.db, t.schema);
  const expected = model.tables.flatMap((table) => [
    ...(table.primaryKey ? [{ table: table.name, name: table.primaryKey.name, type: 'p' }] : []),
    ...table.foreignKeys.map((f) => ({ table: table.name, name: f.name, type: 'f' })),
    ...table.uniques.map((u) => ({ table: table.name, name: u.name, type: 'u' })),
    ...table.checks.map((c) => ({ table: table.name, name: c.name, type: 'c' })),
  ]);
  const key = (c: { table: string; name: string; type: string }) => `${c.table}/${c.name}/${c.type}`;
  expect(constraints.map(key).sort()).toEqual(expected.map(key).sort());
  for (const table of model.tables) {
    for (const fk of table.foreignKeys) {
      const def = constraints.find((c) => c.name === fk.name && c.table === table.name)?.definition ?? '';
      expect(def).toContain(
        `FOREIGN KEY (${fk.columns.join(', ')}) REFERENCES ${fk.references.table}(${fk.references.columns.join(', ')})`,
      );
      if (fk.onDelete !== 'no action') expect(def).toContain(`ON DELETE ${fk.onDelete.toUpperCase()}`);
    }
  }

  const indexes = await catalogIndexes(t.db, t.schema);
  const indexNames = new Set(indexes.map((i) => i.name));
  for (const table of model.tables) {
    for (const ix of table.indexes) {
      expect(indexNames.has(ix.name), ix.name).toBe(true);
      const def = indexes.find((i) => i.name === ix.name)?.definition ?? '';
      expect(def.startsWith(ix.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX'), def).toBe(true);
      expect(def).toContain(`USING ${ix.using}`);
      if (ix.where) expect(def).toContain('WHERE');
    }
  }

  const enums = await catalogEnums(t.db, t.schema);
  expect([...enums.keys()]).toEqual(model.enums.map((e) => e.name));
  for (const e of model.enums) expect(enums.get(e.name)).toEqual(e.values);

  const triggers = await catalogTriggers(t.db, t.schema);
  expect(triggers.map((tr) => tr.table)).toEqual(
    model.tables.filter((tb) => tb.columns.some((c) => c.name === 'updated_at')).map((tb) => tb.name),
  );
}

describe('DDL emitter on PostgreSQL', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(async () => {
    await t.drop();
  });

  it('applies the features spec and the catalog matches the model (every type, key, index, comment)', async () => {
    const model = modelForPhase(loadModelOrThrow(FEATURES_SPEC), 'y2');
    await applyScript(t.db, ddlFor(model, 'y2'));
    await expectCatalogMatches(t, model);
  });

  it('enforces what the spec declares: checks, uniques, cascades, the updated_at trigger, cycles', async () => {
    const model = loadModelOrThrow(FEATURES_SPEC);
    await applyScript(t.db, ddlFor(model, 'live'));
    const { rows } = await t.db.query<{ id: string }>(`INSERT INTO profiles (email) VALUES ('Asha@Example.in') RETURNING id`);
    const profileId = rows[0]?.id;
    await expect(t.db.query(`INSERT INTO profiles (email) VALUES ('asha@example.in')`)).rejects.toThrow(/uq_profiles_email/);

    await t.db.query(`INSERT INTO tst_orders (region, order_number) VALUES ('TN', 1)`);
    await expect(t.db.query(`INSERT INTO tst_order_lines (region, order_number, quantity, price) VALUES ('TN', 1, 0, 5)`)).rejects.toThrow(
      /ck_tst_order_lines_quantity_range/,
    );
    await expect(t.db.query(`INSERT INTO tst_order_lines (region, order_number, quantity, price) VALUES ('KA', 9, 1, 5)`)).rejects.toThrow(
      /fk_tst_order_lines_region_order_number/,
    );
    await t.db.query(`INSERT INTO tst_order_lines (region, order_number, quantity, price) VALUES ('TN', 1, 2, 5)`);
    await t.db.query(`UPDATE tst_orders SET order_number = 2`);
    expect((await t.db.query<{ n: number }>(`SELECT order_number AS n FROM tst_order_lines`)).rows[0]?.n).toBe(2);

    // Defaults: literals, arrays, enum arrays, jsonb, CURRENT_DATE, a quote in a literal, a generated column.
    await t.db.query(`INSERT INTO tst_all_types (a_text) VALUES ('x')`);
    const row = (
      await t.db.query<Record<string, unknown>>(
        `SELECT a_integer, a_generated, a_quote, an_enum, text_list, a_jsonb, a_date = CURRENT_DATE AS today, enum_list::text AS enums FROM tst_all_types`,
      )
    ).rows[0];
    expect(row).toMatchObject({
      a_integer: 7,
      a_generated: 14,
      a_quote: "it's",
      an_enum: 'okay',
      text_list: [],
      a_jsonb: { tags: [] },
      today: true,
      enums: '{good}',
    });
    await expect(t.db.query(`INSERT INTO tst_all_types (a_text, a_smallint) VALUES ('x', 101)`)).rejects.toThrow(
      /ck_tst_all_types_a_smallint_range/,
    );

    // Identity ALWAYS refuses explicit ids; the serial column counts.
    await expect(t.db.query(`INSERT INTO tst_counters (id, label) VALUES (5, 'a')`)).rejects.toThrow();
    await t.db.query(`INSERT INTO tst_counters (label) VALUES ('a'), ('b')`);
    expect((await t.db.query<{ m: number }>(`SELECT max(legacy_number) AS m FROM tst_counters`)).rows[0]?.m).toBe(2);

    // Reference cycle chickens <-> eggs, partial unique index, nulls-not-distinct unique.
    const chicken = (
      await t.db.query<{ id: string }>(`INSERT INTO tst_chickens (owner_id, nickname) VALUES ($1, 'Lakshmi') RETURNING id`, [profileId])
    ).rows[0]?.id;
    const egg = (await t.db.query<{ id: string }>(`INSERT INTO tst_eggs (chicken_id) VALUES ($1) RETURNING id`, [chicken])).rows[0]?.id;
    await t.db.query(`UPDATE tst_chickens SET egg_id = $1`, [egg]);
    await expect(t.db.query(`INSERT INTO tst_chickens (owner_id, nickname) VALUES ($1, 'Lakshmi')`, [profileId])).rejects.toThrow();
    await t.db.query(`UPDATE tst_chickens SET deleted_at = now()`);
    await t.db.query(`INSERT INTO tst_chickens (owner_id, nickname) VALUES ($1, 'Lakshmi2')`, [profileId]);
    await t.db.query(`INSERT INTO tst_chickens (owner_id) VALUES ($1)`, [profileId]);
    await expect(t.db.query(`INSERT INTO tst_chickens (owner_id) VALUES ($1)`, [profileId])).rejects.toThrow(
      /uq_tst_chickens_owner_id_nickname/,
    );

    // Self-reference with ON DELETE SET NULL, and the updated_at trigger.
    await t.db.query(`UPDATE profiles SET manager_id = id, updated_at = '2000-01-01'`);
    const after = (await t.db.query<{ recent: boolean }>(`SELECT updated_at > now() - interval '1 minute' AS recent FROM profiles`))
      .rows[0];
    expect(after?.recent).toBe(true);
    await t.db.query(`DELETE FROM profiles`);
    expect((await t.db.query(`SELECT * FROM tst_chickens`)).rows).toHaveLength(0);
  });

  it.each(['live', 'y1', 'y2'] as const)('applies the PoultryCo spec (%s) and the catalog matches', async (phase) => {
    const model = modelForPhase(loadModelOrThrow(REPO_SPEC), phase);
    await applyScript(t.db, ddlFor(model, phase));
    await expectCatalogMatches(t, model);
  });
});

describe('DDL output', () => {
  it('is byte-identical across runs and independent of table order in the files', () => {
    const model = loadModelOrThrow(FEATURES_SPEC);
    const first = ddlFor(model, 'y2');
    const reversed: Model = { ...model, tables: [...model.tables].reverse(), enums: [...model.enums].reverse() };
    expect(ddlFor(loadModelOrThrow(FEATURES_SPEC), 'y2')).toBe(first);
    expect(ddlFor(reversed, 'y2').replace(/\n/g, '')).toBe(first.replace(/\n/g, ''));
  });

  it('includes planned tables only for their phase', () => {
    const model = loadModelOrThrow(FEATURES_SPEC);
    expect(ddlFor(model, 'live')).not.toContain('tst_a_table_with');
    expect(ddlFor(model, 'y1')).toContain('CREATE TABLE tst_a_table_with');
    expect(ddlFor(model, 'y1')).not.toContain('ai__embeddings');
    expect(ddlFor(model, 'y2')).toContain('CREATE TABLE ai__embeddings');
  });

  it('creates referenced tables before the tables that reference them', () => {
    const sql = ddlFor(loadModelOrThrow(FEATURES_SPEC), 'y2');
    expect(sql.indexOf('CREATE TABLE profiles')).toBeLessThan(sql.indexOf('CREATE TABLE tst_chickens'));
    expect(sql.indexOf('CREATE TABLE tst_orders')).toBeLessThan(sql.indexOf('CREATE TABLE tst_order_lines'));
  });
});
