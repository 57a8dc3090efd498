import type { MigrationSession } from './session.js';

/** Runs on one connection object, one at a time: PGlite is a single session, and so is a pg Client. */
const queues = new WeakMap<object, Promise<void>>();

/**
 * Runs `fn` holding the run's locks: an in-process queue per connection object, then (unless
 * only reading) a session-level advisory lock keyed by the schema, so runs from two processes
 * or hosts on the same schema take turns and runs on different schemas do not wait for each
 * other. A session lock is released when the connection ends, even if the process dies.
 * `schema` sets search_path to it (then public, where extensions live) for the run only.
 */
export async function withRunLock<T>(
  key: object,
  session: MigrationSession,
  schema: string | undefined,
  advisory: boolean,
  fn: () => Promise<T>,
): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  queues.set(
    key,
    previous.then(() => mine),
  );
  await previous;
  try {
    const restore = schema === undefined ? null : await useSchema(session, schema, advisory);
    try {
      if (!advisory) return await fn();
      await session.query(`SELECT pg_advisory_lock(hashtext('poultryco-db migrate ' || current_schema()))`);
      try {
        return await fn();
      } finally {
        await session.query(`SELECT pg_advisory_unlock(hashtext('poultryco-db migrate ' || current_schema()))`).catch(() => undefined);
      }
    } finally {
      await restore?.();
    }
  } finally {
    release();
  }
}

async function useSchema(session: MigrationSession, schema: string, create: boolean): Promise<() => Promise<void>> {
  const { rows } = await session.query<{ path: string }>(`SELECT current_setting('search_path') AS path`);
  if (create) await session.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  await session.query(`SELECT set_config('search_path', $1, false)`, [`${quoteIdent(schema)}, public`]);
  return async () => {
    await session.query(`SELECT set_config('search_path', $1, false)`, [rows[0]?.path ?? 'public']).catch(() => undefined);
  };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
