import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { splitStatements } from '../../../generator/src/sql/split-statements.js';
import { createDb, type CreateDbOptions, type Db } from '../src/index.js';

const SCHEMA_SQL = join(dirname(fileURLToPath(import.meta.url)), '..', 'sql', 'schema.sql');

/** Where an SDK test runs: a schema of its own on the server (DATABASE_URL), else a fresh PGlite. */
export interface SdkDatabase {
  readonly db: Db;
  readonly kind: 'pg' | 'pglite';
  /** Opens another Db on the same database (e.g. with other options). */
  open(options?: Partial<Pick<CreateDbOptions, 'validate' | 'maxLimit'>>): Db;
  close(): Promise<void>;
}

async function applyInBatches(exec: (sql: string) => Promise<unknown>, script: string): Promise<void> {
  const statements = splitStatements(script);
  for (let i = 0; i < statements.length; i += 150) await exec(`BEGIN;\n${statements.slice(i, i + 150).join('\n')}\nCOMMIT;`);
}

export async function openSdkDatabase(options: Partial<Pick<CreateDbOptions, 'validate' | 'maxLimit'>> = {}): Promise<SdkDatabase> {
  const script = readFileSync(SCHEMA_SQL, 'utf8');
  const url = process.env.DATABASE_URL;
  if (!url) {
    const pglite = await PGlite.create({ extensions: { citext } });
    await applyInBatches((sql) => pglite.exec(sql), script);
    const open = (o = options) => createDb({ pglite, ...o });
    const db = open();
    return { db, kind: 'pglite', open, close: () => pglite.close() };
  }
  const schema = `sdk_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await applyInBatches((sql) => admin.query(`SET search_path TO ${schema}, public; ${sql}`), script);
  const pools: pg.Pool[] = [];
  const open = (o = options) => {
    const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema},public`, max: 4 });
    pools.push(pool);
    return createDb({ pool, ...o });
  };
  const db = open();
  return {
    db,
    kind: 'pg',
    open,
    close: async () => {
      await Promise.all(pools.map((p) => p.end()));
      const { rows } = await admin.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = $1`, [schema]);
      for (let i = 0; i < rows.length; i += 50)
        await admin.query(
          `DROP TABLE IF EXISTS ${rows
            .slice(i, i + 50)
            .map((r) => `${schema}.${r.name}`)
            .join(', ')} CASCADE`,
        );
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
