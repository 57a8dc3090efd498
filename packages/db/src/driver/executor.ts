import pg from 'pg';
import { toArrayLiteral } from './pg-array.js';
import { ENUM_ARRAY_OIDS_SQL, pgliteParsers, pgParsers, type Parser } from './type-parsers.js';

/** Runs parameterised statements. Every query the SDK sends goes through one of these. */
export interface Executor {
  /**
   * `name` makes the statement a named prepared statement where the driver supports it.
   * `arrays` returns each row as an array of its values in select-list order (the repositories
   * build their own row objects when a query selects more than the row).
   */
  query<R>(text: string, values: readonly unknown[], name?: string, arrays?: boolean): Promise<R[]>;
}

/** One dedicated session (for a transaction), returned with release(). */
export interface Session extends Executor {
  release(): void;
}

/** A database the SDK talks to: a node-postgres pool or a PGlite instance. */
export interface Driver {
  readonly executor: Executor;
  acquire(): Promise<Session>;
  destroy(): Promise<void>;
}

/** The part of a PGlite instance the SDK uses (structural, so consumers without PGlite type-check). */
export interface PgliteLike {
  query<R>(
    sql: string,
    params?: unknown[],
    options?: { parsers?: Record<number, Parser>; serializers?: Record<number, (value: unknown) => string>; rowMode?: 'array' | 'object' },
  ): Promise<{ rows: R[] }>;
  close(): Promise<void>;
}

export function pgDriver(pool: pg.Pool, ownsPool: boolean): Driver {
  let parsers: Map<number, Parser> | null = null;
  // node-postgres only knows built-in type OIDs; the enum array OIDs of this database are read
  // once, on first use, and from then on every query parses them.
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= pool.query<{ oid: number }>(ENUM_ARRAY_OIDS_SQL).then((r) => {
      parsers = pgParsers(r.rows.map((row) => Number(row.oid)));
    }));
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      (parsers?.get(oid) as ((v: string) => unknown) | undefined) ?? pg.types.getTypeParser(oid, format ?? 'text'),
  };
  const run = async <R>(
    client: pg.Pool | pg.PoolClient,
    text: string,
    values: readonly unknown[],
    name?: string,
    arrays?: boolean,
  ): Promise<R[]> => {
    if (!parsers) await load();
    const config = { text, values: values as unknown[], name, types, rowMode: arrays ? 'array' : undefined };
    const result = await client.query(config as pg.QueryConfig);
    return result.rows as R[];
  };
  return {
    executor: { query: (text, values, name, arrays) => run(pool, text, values, name, arrays) },
    async acquire() {
      const client = await pool.connect();
      return { query: (text, values, name, arrays) => run(client, text, values, name, arrays), release: () => client.release() };
    },
    destroy: async () => {
      if (ownsPool) await pool.end();
    },
  };
}

/**
 * PGlite is one session: statements from concurrent callers would interleave into each other's
 * transactions, so every use takes a lock, and a transaction holds it from BEGIN to COMMIT.
 */
export function pgliteDriver(db: PgliteLike, ownsDb: boolean): Driver {
  let parsers: Record<number, Parser> | null = null;
  // PGlite serialises parameters by the type the server inferred; it does not know enum array
  // types and would send ['a','b'] as "a,b".
  let serializers: Record<number, (value: unknown) => string> = {};
  let tail: Promise<void> = Promise.resolve();
  const lock = async (): Promise<() => void> => {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => next);
    await previous;
    return release;
  };
  const raw = async <R>(text: string, values: readonly unknown[], arrays?: boolean): Promise<R[]> => {
    if (!parsers) {
      const { rows } = await db.query<{ oid: number }>(ENUM_ARRAY_OIDS_SQL);
      const oids = rows.map((r) => Number(r.oid));
      parsers = pgliteParsers(oids);
      serializers = Object.fromEntries(oids.map((oid) => [oid, (v: unknown) => (Array.isArray(v) ? toArrayLiteral(v) : String(v))]));
    }
    return (await db.query<R>(text, [...values], { parsers, serializers, rowMode: arrays ? 'array' : 'object' })).rows;
  };
  return {
    executor: {
      async query(text, values, _name, arrays) {
        const release = await lock();
        try {
          return await raw(text, values, arrays);
        } finally {
          release();
        }
      },
    },
    async acquire() {
      const release = await lock();
      return { query: (text, values, _name, arrays) => raw(text, values, arrays), release };
    },
    destroy: async () => {
      if (ownsDb) await db.close();
    },
  };
}

/** Runs `fn` in a transaction on a dedicated session: COMMIT when it resolves, ROLLBACK when it throws. */
export async function inTransaction<T>(driver: Driver, fn: (executor: Executor) => Promise<T>): Promise<T> {
  const session = await driver.acquire();
  try {
    await session.query('BEGIN', []);
    try {
      const result = await fn(session);
      await session.query('COMMIT', []);
      return result;
    } catch (error) {
      await session.query('ROLLBACK', []);
      throw error;
    }
  } finally {
    session.release();
  }
}
