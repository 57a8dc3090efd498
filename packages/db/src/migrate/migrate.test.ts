import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectDb, type DbClient } from '../../../../generator/src/db/db-client.js';
import { createTestDatabase, type TestDatabase } from '../../../../generator/src/test-support/test-database.js';
import { migrate, migrationStatus, MIGRATION_HISTORY_TABLE, type MigrateOptions } from './index.js';

/*
 * The runner against a real database: the server in DATABASE_URL, else PGlite. One database for
 * the file, a schema of its own per test; small migrations, so each behaviour is seen alone.
 */
let t: TestDatabase;
let schema = '';
const schemas: string[] = [];
const extra: DbClient[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  for (const s of schemas) await t.db.exec(`DROP SCHEMA ${s} CASCADE`);
  await t.drop();
});

afterEach(async () => {
  for (const db of extra.splice(0)) await db.close();
});

/** A fresh schema for the test, first on the search_path of the test's connection. */
async function fresh(): Promise<void> {
  schema = `${t.schema === 'public' ? 'm' : t.schema}_${schemas.length + 1}`;
  schemas.push(schema);
  await t.db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public`);
}

const m = (name: string, sql: string) => ({ name, sql });
const A = m('20250101000000_a', 'CREATE TABLE a (id integer PRIMARY KEY);\n');
const B = m('20250102000000_b', 'CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);\n');
const C = m('20250103000000_c', "INSERT INTO a VALUES (1);\nCOMMENT ON TABLE a IS 'c ran';\n");

async function tables(db: DbClient): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> $1 ORDER BY 1`,
    [MIGRATION_HISTORY_TABLE],
  );
  return rows.map((r) => r.name);
}

const run = (migrations: MigrateOptions['migrations'], options: Partial<MigrateOptions> = {}) =>
  migrate({ session: t.db, migrations, ...options } as MigrateOptions);

describe('migrate', () => {
  it('applies pending migrations in order, records them, and finds nothing to do the second time', async () => {
    await fresh();
    const first = await run([C, A, B]);
    expect(first.error).toBeUndefined();
    expect(first.mode).toBe('fresh');
    expect(first.results.map((r) => `${r.status} ${r.name}`)).toEqual([
      'applied 20250101000000_a',
      'applied 20250102000000_b',
      'applied 20250103000000_c',
    ]);
    expect(await tables(t.db)).toEqual(['a', 'b']);
    expect((await run([A, B, C])).results).toEqual([]);
    const status = await migrationStatus({ session: t.db, migrations: [A, B, C] });
    expect(status.migrations.map((s) => s.state)).toEqual(['applied', 'applied', 'applied']);
    expect(status.migrations.every((s) => s.appliedAt instanceof Date)).toBe(true);
  });

  it('rolls a failing migration back completely, names the statement, and runs nothing after it', async () => {
    await fresh();
    const broken = m(
      '20250102000000_broken',
      '-- a comment line\nCREATE TABLE half (id integer);\nINSERT INTO half VALUES (1);\n\nALTER TABLE half ADD COLUMN x no_such_type;\n',
    );
    const result = await run([A, broken, C]);
    expect(result.results.map((r) => `${r.status} ${r.name}`)).toEqual([
      'applied 20250101000000_a',
      'failed 20250102000000_broken',
      'not-run 20250103000000_c',
    ]);
    expect(result.error?.kind).toBe('statement-failed');
    expect(result.error?.details.statement).toMatchObject({ index: 3, line: 5, sql: 'ALTER TABLE half ADD COLUMN x no_such_type;' });
    expect(result.error?.details.code).toBe('42704');
    expect(result.error?.message).toMatch(/statement 3 of 3 \(line 5\)[\s\S]*rolled back/);
    // Nothing of the broken migration is left, and it is not recorded.
    expect(await tables(t.db)).toEqual(['a']);
    const status = await migrationStatus({ session: t.db, migrations: [A, broken, C] });
    expect(status.migrations.map((s) => `${s.state} ${s.name}`)).toEqual([
      'applied 20250101000000_a',
      'pending 20250102000000_broken',
      'pending 20250103000000_c',
    ]);
  });

  it('refuses to run anything when an applied migration has changed', async () => {
    await fresh();
    await run([A]);
    const edited = m(A.name, 'CREATE TABLE a (id bigint PRIMARY KEY);\n');
    const result = await run([edited, B]);
    expect(result.error?.kind).toBe('refused');
    expect(result.error?.message).toMatch(/20250101000000_a was applied but the file has changed/);
    expect(await tables(t.db)).toEqual(['a']);
    expect((await migrationStatus({ session: t.db, migrations: [edited, B] })).migrations.map((s) => s.state)).toEqual([
      'changed',
      'pending',
    ]);
    // Line endings alone are not a change.
    expect((await run([m(A.name, A.sql.replace(/\n/g, '\r\n')), B])).error).toBeUndefined();
  });

  it('applies a migration merged late (older than one applied) in order, and says so', async () => {
    await fresh();
    await run([A, C]);
    const result = await run([A, B, C]);
    expect(result.error).toBeUndefined();
    expect(result.results).toMatchObject([{ name: B.name, status: 'applied', late: true }]);
    expect(await tables(t.db)).toEqual(['a', 'b']);
  });

  it('lets one of two concurrent runs migrate while the other waits, then finds nothing to do', async () => {
    await fresh();
    const slow = m('20250101000000_slow', 'CREATE TABLE runs (n integer);\nSELECT pg_sleep(0.4);\nINSERT INTO runs VALUES (1);\n');
    const second = t.url ? await connectDb(t.url) : t.db;
    if (t.url) extra.push(second);
    const options = { schema };
    const more = m('20250102000000_more', 'INSERT INTO runs VALUES (2);\n');
    const [x, y] = await Promise.all([
      migrate({ session: t.db, migrations: [slow, more], ...options }),
      migrate({ session: second, migrations: [slow, more], ...options }),
    ]);
    expect(x.error).toBeUndefined();
    expect(y.error).toBeUndefined();
    const applied = [x, y].map((r) => r.results.filter((s) => s.status === 'applied').length).sort();
    expect(applied).toEqual([0, 2]);
    const { rows } = await t.db.query<{ n: number }>('SELECT n FROM runs ORDER BY n');
    expect(rows.map((r) => Number(r.n))).toEqual([1, 2]);
  });

  it('dry run: reports what would run and changes nothing', async () => {
    await fresh();
    await run([A]);
    const result = await run([A, B], { dryRun: true });
    expect(result.results.map((r) => `${r.status} ${r.name}`)).toEqual(['pending 20250102000000_b']);
    expect(await tables(t.db)).toEqual(['a']);
  });

  it('runs a -- migrate:no-transaction migration statement by statement; refuses CONCURRENTLY inside a transaction', async () => {
    await fresh();
    const inside = m('20250102000000_ix', 'CREATE INDEX CONCURRENTLY ix_a_id ON a (id);\n');
    const refused = await run([A, inside]);
    expect(refused.error?.kind).toBe('refused');
    expect(refused.error?.message).toMatch(/line 1: PostgreSQL cannot run "CREATE INDEX CONCURRENTLY[^"]*" inside a transaction/);
    expect(refused.results).toEqual([]);
    const outside = m(inside.name, `-- migrate:no-transaction\n${inside.sql}`);
    const result = await run([A, outside]);
    expect(result.error).toBeUndefined();
    const { rows } = await t.db.query(`SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'ix_a_id'`);
    expect(rows).toHaveLength(1);
  });

  it('takes over a database with tables but no history through the legacy migration, baselining the history', async () => {
    await fresh();
    await t.db.exec('CREATE TABLE old_a (id integer PRIMARY KEY); INSERT INTO old_a VALUES (7);');
    const legacy = m('20250102000000_legacy', `-- migrate:legacy\n-- migrate:baseline ${A.name}\nALTER TABLE old_a RENAME TO a;\n`);
    const result = await run([A, legacy, C]);
    expect(result.error).toBeUndefined();
    expect(result.mode).toBe('pre-history');
    expect(result.results.map((r) => `${r.status} ${r.name}`)).toEqual([
      'baselined 20250101000000_a',
      'applied 20250102000000_legacy',
      'applied 20250103000000_c',
    ]);
    const { rows } = await t.db.query<{ id: number }>('SELECT id FROM a ORDER BY id');
    expect(rows.map((r) => Number(r.id))).toEqual([1, 7]);
  });

  it('skips the legacy migration on a database built from empty', async () => {
    await fresh();
    const legacy = m('20250102000000_legacy', `-- migrate:legacy\n-- migrate:baseline ${A.name}\nALTER TABLE old_a RENAME TO a;\n`);
    const result = await run([A, legacy, C]);
    expect(result.error).toBeUndefined();
    expect(result.results.map((r) => `${r.status} ${r.name}`)).toEqual([
      'applied 20250101000000_a',
      'skipped 20250102000000_legacy',
      'applied 20250103000000_c',
    ]);
    expect((await migrationStatus({ session: t.db, migrations: [A, legacy, C] })).migrations.map((s) => s.state)).toEqual([
      'applied',
      'skipped',
      'applied',
    ]);
  });

  it('refuses a database with tables, no history and no legacy migration; and misnamed files', async () => {
    await fresh();
    await t.db.exec('CREATE TABLE stray (id integer)');
    const result = await run([A]);
    expect(result.error?.message).toMatch(/has 1 table\(s\) but no migration history/);
    const misnamed = await run([m('first', 'SELECT 1;'), m('20250101000000_x', '-- migrate:sometimes\nSELECT 1;')]);
    expect(misnamed.error?.kind).toBe('invalid-migrations');
    expect(misnamed.error?.message).toMatch(/first: a migration is named/);
    expect(misnamed.error?.message).toMatch(/unknown directive "-- migrate:sometimes"/);
  });
});
