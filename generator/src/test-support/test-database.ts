import { randomBytes } from 'node:crypto';
import { connectDb, type DbClient } from '../db/db-client.js';

export interface TestDatabase {
  readonly db: DbClient;
  /** Schema the test owns (public on PGlite, a fresh one on the server). */
  readonly schema: string;
  /** URL another client can use to reach the same place (server only). */
  readonly url: string | null;
  drop(): Promise<void>;
}

/**
 * A database for one test: the server in DATABASE_URL when set, in a schema of its own that
 * is dropped afterwards (so test files run in parallel), else a fresh in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await connectDb('pglite://memory');
    return { db, schema: 'public', url: null, drop: () => db.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const db = await connectDb(url);
  await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public;`);
  return {
    db,
    schema,
    url,
    drop: async () => {
      // Dropping a 500-table schema in one statement needs more locks than the server's shared
      // lock table holds (max_locks_per_transaction = 64): drop the tables in batches first.
      const { rows } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY 1`, [
        schema,
      ]);
      for (let i = 0; i < rows.length; i += 50) {
        await db.exec(
          `DROP TABLE IF EXISTS ${rows
            .slice(i, i + 50)
            .map((r) => `${schema}.${r.name}`)
            .join(', ')} CASCADE`,
        );
      }
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

export const onServer = (): boolean => Boolean(process.env.DATABASE_URL);
