import pg from 'pg';

/**
 * The one connection a migration run uses: the advisory lock and every transaction live on it.
 * `gen` passes its own database client, which has this shape.
 */
export interface MigrationSession {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** Runs SQL text as is (simple query protocol, no parameters). */
  exec(sql: string): Promise<unknown>;
}

/** A PGlite instance (structural, so consumers without PGlite type-check). */
export interface PgliteMigrationLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
}

/** Where to migrate: a URL, a pg Pool (one client is taken for the run) or Client, a PGlite instance, or a session. */
export type MigrationConnection =
  | { readonly connectionString: string }
  | { readonly pool: pg.Pool }
  | { readonly client: pg.ClientBase }
  | { readonly pglite: PgliteMigrationLike }
  | { readonly session: MigrationSession };

export interface OpenSession {
  readonly session: MigrationSession;
  /** The object runs on one connection are serialised by (two runs on one PGlite would interleave). */
  readonly key: object;
  close(): Promise<void>;
}

const fromClient = (client: pg.ClientBase): MigrationSession => ({
  query: async <R>(sql: string, params?: readonly unknown[]) => ({
    rows: (await client.query(sql, params ? [...params] : undefined)).rows as R[],
  }),
  exec: (sql) => client.query(sql),
});

export async function openSession(connection: MigrationConnection): Promise<OpenSession> {
  if ('session' in connection) return { session: connection.session, key: connection.session, close: async () => {} };
  if ('pglite' in connection) {
    const db = connection.pglite;
    return {
      session: { query: (sql, params) => db.query(sql, params ? [...params] : undefined), exec: (sql) => db.exec(sql) },
      key: db,
      close: async () => {},
    };
  }
  if ('client' in connection) return { session: fromClient(connection.client), key: connection.client, close: async () => {} };
  if ('pool' in connection) {
    const client = await connection.pool.connect();
    return { session: fromClient(client), key: client, close: async () => client.release() };
  }
  const client = new pg.Client({ connectionString: connection.connectionString });
  await client.connect();
  return { session: fromClient(client), key: client, close: () => client.end() };
}
