import { Kysely } from 'kysely';
import pg from 'pg';
import { tables, type DB } from './generated/database.js';
import { inTransaction, pgDriver, pgliteDriver, type Driver, type Executor, type PgliteLike } from './driver/executor.js';
import { sdkDialect } from './driver/kysely-dialect.js';
import { Repository, type RepositoryOptions } from './repository/repository.js';
import type { TableDefinition } from './table.js';

type Tables = typeof tables;
type TableOf<D> = D extends TableDefinition<infer T> ? T : never;

/** Repositories of one module: `db.soc.posts`, named without the module prefix. */
export type ModuleRepositories<M> = { readonly [R in keyof M]: Repository<TableOf<M[R]>> };
/** Every module's repositories: `db.core.profiles`, `db.usr.farmerDetails`, `db.ai.models`. */
export type Repositories = { readonly [M in keyof Tables]: ModuleRepositories<Tables[M]> };

export interface Transaction extends Repositories {
  /** Kysely bound to the transaction. */
  readonly kysely: Kysely<DB>;
}

export interface Db extends Repositories {
  /** The full typed Kysely<DB>, for anything the repositories do not cover. */
  readonly kysely: Kysely<DB>;
  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws.
   * @example await db.transaction(async (tx) => { await tx.soc.posts.insert(post); });
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Closes the pool (or PGlite instance) if createDb opened it. */
  destroy(): Promise<void>;
}

export type ConnectionOptions =
  { readonly connectionString: string; readonly max?: number } | { readonly pool: pg.Pool } | { readonly pglite: PgliteLike };

export type CreateDbOptions = ConnectionOptions & {
  /** Validate inserts and updates with the generated zod schemas (default true). */
  readonly validate?: boolean;
  /** Cap on `limit` for reads (default 1000). */
  readonly maxLimit?: number;
};

/**
 * Opens the PoultryCo database.
 * @example
 * const db = createDb({ connectionString: process.env.DATABASE_URL });
 * const post = await db.soc.posts.insert({ author_id, content: 'Layer prices up in Namakkal' });
 * await db.destroy();
 */
export function createDb(options: CreateDbOptions): Db {
  const driver = openDriver(options);
  const repositoryOptions: RepositoryOptions = { validate: options.validate ?? true, maxLimit: options.maxLimit ?? 1000 };
  const kysely = new Kysely<DB>({ dialect: sdkDialect(driver) });
  const db = {
    ...repositories(driver.executor, repositoryOptions),
    kysely,
    transaction: <T>(fn: (tx: Transaction) => Promise<T>) =>
      inTransaction(driver, (executor) => {
        // Kysely inside the transaction uses the transaction's session and never releases it.
        const session: Driver = { executor, acquire: async () => ({ query: executor.query, release: () => {} }), destroy: async () => {} };
        let txKysely: Kysely<DB> | null = null;
        const tx = Object.defineProperty({ ...repositories(executor, repositoryOptions) }, 'kysely', {
          get: () => (txKysely ??= new Kysely<DB>({ dialect: sdkDialect(session) })),
        }) as Transaction;
        return fn(tx);
      }),
    destroy: async () => {
      await kysely.destroy();
      await driver.destroy();
    },
  };
  return db as Db;
}

function openDriver(options: ConnectionOptions): Driver {
  if ('pglite' in options) return pgliteDriver(options.pglite, false);
  if ('pool' in options) return pgDriver(options.pool, false);
  return pgDriver(new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 }), true);
}

/**
 * One namespace per module, each creating its repositories on first use: a service that
 * touches five tables of five hundred builds five.
 */
function repositories(executor: Executor, options: RepositoryOptions): Repositories {
  const namespaces: Record<string, unknown> = {};
  for (const [namespace, definitions] of Object.entries(tables)) {
    const cache = new Map<string, Repository<unknown>>();
    const defs = definitions as Record<string, TableDefinition<unknown>>;
    namespaces[namespace] = new Proxy(defs, {
      get(target, name) {
        if (typeof name !== 'string') return undefined;
        let repository = cache.get(name);
        if (!repository) {
          const definition = target[name];
          if (!definition) return undefined;
          repository = new Repository(definition, executor, options);
          cache.set(name, repository);
        }
        return repository;
      },
    });
  }
  return namespaces as Repositories;
}
