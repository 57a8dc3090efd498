import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connectDb, isPgliteUrl, redact, type DbClient } from '../db/db-client.js';
import { ExitError } from './io.js';

export const DB_URL_HELP = 'postgres://user:password@host:5432/database, or pglite:///path/to/pglite-data-dir';

/** Why `url` cannot name a database, or null when it can. */
export function dbUrlProblem(url: string): string | null {
  if (isPgliteUrl(url)) {
    const dir = url.replace(/^pglite:(\/\/)?/, '');
    if (dir === '' || dir === 'memory')
      return 'pglite://memory is a fresh empty database; name a PGlite data folder (pglite:///path/to/dir)';
    // Opening a folder that holds no database would quietly create one there.
    if (!existsSync(join(dir, 'PG_VERSION'))) return `no PGlite database in ${dir}`;
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    return `"${redact(url)}" is not a PostgreSQL URL (it starts with ${parsed.protocol})`;
  return null;
}

/** Exits 2 when `url` cannot name a database: checked first, before any slower work. */
export function checkDbUrl(url: string): void {
  const problem = dbUrlProblem(url);
  if (problem) throw new ExitError(2, `gen: --db: ${problem}; expected ${DB_URL_HELP}`);
}

/**
 * Connects for a command, or exits 2 with a one-line reason: a malformed URL, an unreachable
 * server, a refused login or a missing database all end here, never in a stack trace.
 */
export async function connectOrExit(url: string): Promise<DbClient> {
  checkDbUrl(url);
  try {
    return await connectDb(url);
  } catch (error) {
    throw new ExitError(2, `gen: ${(error as Error).message || 'cannot connect'}`);
  }
}
