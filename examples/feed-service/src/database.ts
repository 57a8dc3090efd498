import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { createDb, type Db } from '@poultryco/db';

export interface Database {
  readonly db: Db;
  /** Where the data lives, for the start-up line (never the password). */
  readonly description: string;
  close(): Promise<void>;
}

/**
 * The server in `DATABASE_URL` when it is set (its schema is assumed to be migrated), else an
 * embedded PGlite: in memory, or in `PGLITE_DIR` to keep the data between runs. A PGlite
 * database without the PoultryCo tables gets them from the schema the package ships.
 */
export async function openDatabase(env: NodeJS.ProcessEnv): Promise<Database> {
  const url = env.DATABASE_URL;
  if (url) {
    const db = createDb({ connectionString: url });
    return { db, description: `postgres ${new URL(url).host}${new URL(url).pathname}`, close: () => db.destroy() };
  }
  const dataDir = env.PGLITE_DIR || undefined;
  const pglite = await PGlite.create(dataDir, { extensions: { citext } });
  const { rows } = await pglite.query<{ table: string | null }>(`SELECT to_regclass('profiles')::text AS table`);
  if (!rows[0]?.table) await pglite.exec(await readFile(schemaSqlPath(), 'utf8'));
  const db = createDb({ pglite });
  return {
    db,
    description: `PGlite ${dataDir ?? '(in memory)'}`,
    close: async () => {
      // createDb does not own an instance it was given: close both.
      await db.destroy();
      await pglite.close();
    },
  };
}

/** The DDL of the live schema, shipped in the package as `@poultryco/db/sql/schema.sql`. */
function schemaSqlPath(): string {
  return createRequire(import.meta.url).resolve('@poultryco/db/sql/schema.sql');
}
