import pg from 'pg';
import { splitStatements } from '../../generator/src/sql/split-statements.js';
import { BENCH_DATABASE_URL } from './repo.js';

/** URL of another database on the bench server. */
export function databaseUrl(name: string, base = BENCH_DATABASE_URL): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function serverVersion(url = BENCH_DATABASE_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    return `PostgreSQL ${rows[0]?.v ?? '?'}`;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A database of its own for one schema size. kysely-codegen introspects every schema of the
 * database it is pointed at, so the 500-table schemas other test runs create in `test` would
 * be timed too; a database of its own also drops in one statement, whatever the lock limit.
 * Named after the DDL's hash, so scripts of one `npm run bench` share it.
 */
export async function ensureBenchDatabase(name: string, ddl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ ready: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS ready FROM pg_database WHERE datname = $1`,
      [name],
    );
    if (rows[0]?.ready === 'ready') return databaseUrl(name);
    if (rows.length > 0) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const db = new pg.Client({ connectionString: databaseUrl(name) });
    await db.connect();
    try {
      // max_locks_per_transaction is 64 on this server: apply in transactions of 150 statements.
      const statements = splitStatements(ddl);
      for (let i = 0; i < statements.length; i += 150) await db.query(`BEGIN;\n${statements.slice(i, i + 150).join('\n')}\nCOMMIT;`);
    } catch (error) {
      await db.end();
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      throw error;
    }
    await db.end();
    await admin.query(`COMMENT ON DATABASE "${name}" IS 'ready'`);
    return databaseUrl(name);
  } finally {
    await admin.end();
  }
}

export async function dropBenchDatabases(prefix = 'pcbench_'): Promise<string[]> {
  const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    for (const r of rows) await admin.query(`DROP DATABASE "${r.datname}" WITH (FORCE)`);
    return rows.map((r) => r.datname);
  } finally {
    await admin.end();
  }
}

/** Keep databases for the next script of the same run (`npm run bench` drops them at the end). */
export const keepDatabases = (): boolean => Boolean(process.env.BENCH_KEEP_DB);
