import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver as KyselyDriver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type { Driver, Session } from './executor.js';

/**
 * Kysely on the SDK's own driver, so `db.kysely` queries parse values exactly as the
 * repositories do, on node-postgres and PGlite alike.
 */
export function sdkDialect(driver: Driver): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>): DatabaseIntrospector => new PostgresIntrospector(db),
    createDriver: (): KyselyDriver => new SdkKyselyDriver(driver),
  };
}

class SdkKyselyDriver implements KyselyDriver {
  constructor(private readonly driver: Driver) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new SessionConnection(await this.driver.acquire());
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('BEGIN'));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as SessionConnection).session.release();
  }
  async destroy(): Promise<void> {}
}

class SessionConnection implements DatabaseConnection {
  constructor(readonly session: Session) {}
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const rows = await this.session.query<R>(query.sql, query.parameters);
    return { rows };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by @poultryco/db; use db.kysely with a plain pg pool for streams');
  }
}
