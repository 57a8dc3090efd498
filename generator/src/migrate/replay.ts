import { migrate, type MigrationFile } from '@poultryco/db/migrate';
import type { DbClient } from '../db/db-client.js';

/**
 * The "before" of a new migration: the history replayed into a schema of an embedded PGlite,
 * exactly as `migrate up` applies it to an empty database. There is no snapshot or journal
 * file to keep in step (and for two branches to conflict on): the history is the snapshot.
 * Legacy migrations are skipped here, as on any database built from empty. Returns why the
 * history does not replay, or null.
 */
export async function replayMigrations(db: DbClient, schema: string, files: readonly MigrationFile[]): Promise<string | null> {
  const result = await migrate({ session: db, schema, migrations: files.map((f) => ({ name: f.name, sql: f.sql })) });
  return result.error ? `the existing migrations do not apply to an empty database: ${result.error.message}` : null;
}
