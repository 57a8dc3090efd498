import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDb, type DbClient } from '../db/db-client.js';
import { createTestDatabase } from './test-database.js';

/**
 * A database another process (the CLI under test) can reach by URL: a fresh schema on the
 * server in DATABASE_URL, or a PGlite data folder. PGlite lets one client open a folder at a
 * time, so `use` opens it for the test's own work and closes it again before the CLI runs.
 */
export interface UrlDatabase {
  readonly url: string;
  readonly schema: string;
  use<T>(fn: (db: DbClient) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

export async function createUrlDatabase(): Promise<UrlDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const t = await createTestDatabase();
    return { url, schema: t.schema, use: (fn) => fn(t.db), drop: () => t.drop() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'gen-pglite-'));
  const pgliteUrl = `pglite://${dir}`;
  const use = async <T>(fn: (db: DbClient) => Promise<T>): Promise<T> => {
    const db = await connectDb(pgliteUrl);
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  await use(async () => undefined);
  return { url: pgliteUrl, schema: 'public', use, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
