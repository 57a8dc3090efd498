/**
 * One connection to PostgreSQL: a server through `pg`, or embedded PGlite. Commands that read
 * or change a database (`import`, `check`, `lint --db`, `migrate`) and the tests use only this,
 * so every one of them works on both.
 */
export interface DbClient {
  readonly kind: 'pg' | 'pglite';
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** Runs a script of one or more statements (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** `pglite://memory` (or `pglite:`) for an in-memory PGlite, `pglite:///abs/dir` for one stored on disk. */
export const isPgliteUrl = (url: string): boolean => url.startsWith('pglite:');

export class DbConnectionError extends Error {}

export async function connectDb(url: string): Promise<DbClient> {
  return isPgliteUrl(url) ? connectPglite(url) : connectPg(url);
}

async function connectPg(url: string): Promise<DbClient> {
  // Loaded on first use: commands that never connect (build, lint, validate) start without it.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DbConnectionError(
      `cannot connect to ${redact(url)}: ${(error as Error).message || (error as { code?: string }).code || 'connection failed'}`,
    );
  }
  return {
    kind: 'pg',
    query: async <R>(sql: string, params?: readonly unknown[]) => ({
      rows: (await client.query(sql, params ? [...params] : undefined)).rows as R[],
    }),
    exec: async (sql) => void (await client.query(sql)),
    close: () => client.end(),
  };
}

async function connectPglite(url: string): Promise<DbClient> {
  const [{ PGlite }, { citext }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/citext')]);
  const path = url.replace(/^pglite:(\/\/)?/, '');
  const dataDir = path === '' || path === 'memory' ? undefined : path;
  const db = await PGlite.create(dataDir, { extensions: { citext } });
  return {
    kind: 'pglite',
    query: async <R>(sql: string, params?: readonly unknown[]) => db.query<R>(sql, params ? [...params] : undefined),
    exec: async (sql) => void (await db.exec(sql)),
    close: () => db.close(),
  };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
