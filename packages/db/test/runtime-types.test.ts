import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../../generator/src/pipeline/load-model.js';
import { emitAll } from '../../../generator/src/pipeline/build.js';
import { ddlEmitter, SCHEMA_SQL_PATH } from '../../../generator/src/emit/ddl/ddl-emitter.js';
import { SCALAR_TYPES } from '../../../generator/src/model/pg-types.js';
import { FEATURES_SPEC } from '../../../generator/src/test-support/paths.js';
import { pgDriver, pgliteDriver, type Driver } from '../src/driver/executor.js';

/**
 * Writes one row holding every supported column type and reads it back through each driver
 * the SDK supports: every value must have the runtime type the generated TypeScript type
 * promises (taken from the same type table), and the drivers must return identical values.
 */
const model = loadModelOrThrow(FEATURES_SPEC);
const table = model.tables.find((t) => t.name === 'tst_all_types');
if (!table) throw new Error('fixture table missing');
const ddl = emitAll(model, { phase: 'live', emitters: [ddlEmitter] }).outputs.get(SCHEMA_SQL_PATH) ?? '';
const moods = model.enums.find((e) => e.name === 'tst_mood')?.values ?? [];

const row: Record<string, unknown> = {
  a_text: 'Namakkal',
  a_varchar: 'Hosur',
  a_char: 'TN',
  a_citext: 'MiXeD',
  a_smallint: 42,
  a_integer: 100000,
  a_bigint: '9007199254740993',
  a_numeric: '12.50',
  a_real: 1.5,
  a_double: 2.25,
  a_boolean: true,
  a_date: '2024-03-01',
  a_time: '10:30:00',
  a_timestamp: '2024-03-01 10:00:00',
  an_interval: '1 day 02:00:00',
  a_jsonb: { tags: ['layer', 'broiler'], note: 'ok' },
  a_json: { nested: [1, 'two', null] },
  a_bytea: new Uint8Array([1, 2, 255]),
  an_inet: '192.168.1.0/24',
  an_enum: 'bad',
  enum_list: ['good', 'bad'],
  text_list: ['x', 'y z', 'with,comma'],
  int_list: [1, 2, 3],
  a_quote: "it's",
};

function checkRuntimeType(column: string, value: unknown): void {
  const c = table?.columns.find((col) => col.name === column);
  if (!c) throw new Error(column);
  if (value === null) {
    expect(c.nullable, `${column} is null but not nullable`).toBe(true);
    return;
  }
  const check = (v: unknown) => {
    if (c.type.kind === 'enum') return expect(moods, column).toContain(v);
    const ts = SCALAR_TYPES[c.type.name]?.ts;
    if (ts === 'Date') return expect(v, column).toBeInstanceOf(Date);
    if (ts === 'Uint8Array') return expect((v as object).constructor, column).toBe(Uint8Array);
    if (ts === 'Json') return expect(v, column).not.toBeUndefined();
    return expect(typeof v, column).toBe(ts);
  };
  if (c.type.isArray) {
    expect(Array.isArray(value), `${column} is an array`).toBe(true);
    (value as unknown[]).forEach(check);
  } else check(value);
}

async function roundTrip(driver: Driver): Promise<Record<string, unknown>> {
  const keys = Object.keys(row);
  await driver.executor.query(
    `INSERT INTO tst_all_types (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
    keys.map((k) => row[k]),
  );
  const [read] = await driver.executor.query<Record<string, unknown>>('SELECT * FROM tst_all_types', []);
  if (!read) throw new Error('no row read back');
  return read;
}

describe('driver type parsing: one row of every supported type', () => {
  let pglite: PGlite;
  let server: { pool: pg.Pool; schema: string } | null = null;
  beforeAll(async () => {
    pglite = await PGlite.create({ extensions: { citext } });
    await pglite.exec(ddl);
    const url = process.env.DATABASE_URL;
    if (url) {
      const schema = `types_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public; ${ddl}`);
      await admin.end();
      server = { pool: new pg.Pool({ connectionString: url, options: `-c search_path=${schema},public` }), schema };
    }
  });
  afterAll(async () => {
    await pglite.close();
    if (server) {
      await server.pool.query(`DROP SCHEMA ${server.schema} CASCADE`);
      await server.pool.end();
    }
  });

  it('PGlite returns the generated types, and the values written', async () => {
    const read = await roundTrip(pgliteDriver(pglite, false));
    for (const [column, value] of Object.entries(read)) checkRuntimeType(column, value);
    expect(read).toMatchObject({ ...row, a_citext: 'MiXeD', a_generated: 200000 });
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('node-postgres returns identical values', async () => {
    if (!server) throw new Error('no server');
    const fromServer = await roundTrip(pgDriver(server.pool, false));
    for (const [column, value] of Object.entries(fromServer)) checkRuntimeType(column, value);
    const fromPglite =
      (await pgliteDriver(pglite, false).executor.query<Record<string, unknown>>('SELECT * FROM tst_all_types', []))[0] ?? {};
    const comparable = (r: Record<string, unknown>) => {
      const { id: _id, created_at: _c, updated_at: _u, ...rest } = r;
      return rest;
    };
    expect(comparable(fromServer)).toEqual(comparable(fromPglite));
  });
});
