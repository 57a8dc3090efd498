import type { DbClient } from '../db/db-client.js';
import type { Model } from '../model/model.js';
import { quoteIdent } from '../sql/quote.js';
import { SeedPlan, type SeedOptions } from './seed-plan.js';
import { insertRows, updateRows } from './seed-writer.js';
import type { Row, TableSeeder } from './table-seeder.js';

export interface SeedProgress {
  readonly table: string;
  /** Rows attempted so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

export interface TableSeedResult {
  readonly table: string;
  readonly inserted: number;
  /** Rows whose deferred foreign keys were set after every table was filled. */
  readonly linked: number;
  /** Rows the database refused, made again conservatively and then accepted. */
  readonly retried: number;
  readonly skipped: readonly { readonly reason: string; readonly count: number }[];
}

export interface SeedResult {
  readonly tables: readonly TableSeedResult[];
  readonly inserted: number;
  readonly skipped: number;
  readonly linked: number;
  readonly ms: number;
}

export interface RunSeedOptions extends SeedOptions {
  /** PostgreSQL schema holding the tables (default: the connection's search_path). */
  readonly schema?: string;
  /** Rows per INSERT statement (default 500). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: SeedProgress) => void;
}

/**
 * Fills every table of the model with `rows` rows, parents before children, in batches of one
 * statement each. Rows the database refuses (a check the seeder could not read, say) are made
 * once more with every optional column left empty; what still fails is skipped and counted, so
 * a seed always finishes and says what it could not do. Expects empty tables.
 */
export async function runSeed(db: DbClient, model: Model, options: RunSeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const plan = new SeedPlan(model, options);
  const batchSize = options.batchSize ?? 500;
  const total = plan.seeders.length * options.rows;
  let done = 0;
  // Instants are written and compared in UTC (check-eval reads dates in UTC too).
  await db.exec(`SET TIME ZONE 'UTC'${options.schema ? `; SET search_path TO ${quoteIdent(options.schema)}, public` : ''}`);
  const retried = new Map<string, number>();
  for (const seeder of plan.seeders) {
    const blocked = plan.blocked.get(seeder.table.name);
    if (blocked) seeder.skip(blocked, options.rows);
    for (let made = 0; made < options.rows && !blocked && !seeder.exhausted; made += batchSize) {
      const rows = seeder.generate(Math.min(batchSize, options.rows - made));
      retried.set(seeder.table.name, (retried.get(seeder.table.name) ?? 0) + (await insert(db, seeder, rows)));
      done += Math.min(batchSize, options.rows - made);
      options.onProgress?.({ table: seeder.table.name, done, total });
    }
    done = plan.seeders.indexOf(seeder) * options.rows + options.rows;
    options.onProgress?.({ table: seeder.table.name, done, total });
  }
  const linked = new Map<string, number>();
  for (const seeder of plan.seeders) {
    const key = seeder.table.primaryKey?.columns ?? [];
    for (const { fk, rows } of seeder.deferredLinks()) {
      const refused = await updateRows(db, seeder.table.name, key, fk.columns, rows);
      for (const r of refused) seeder.skip(`link ${fk.name}: ${r.reason}`);
      linked.set(seeder.table.name, (linked.get(seeder.table.name) ?? 0) + rows.length - refused.length);
    }
  }
  const tables = plan.seeders.map((s) => ({
    table: s.table.name,
    inserted: s.rows.length,
    linked: linked.get(s.table.name) ?? 0,
    retried: retried.get(s.table.name) ?? 0,
    skipped: [...s.skipped].map(([reason, count]) => ({ reason, count })),
  }));
  return {
    tables,
    inserted: tables.reduce((n, t) => n + t.inserted, 0),
    skipped: tables.reduce((n, t) => n + t.skipped.filter((s) => !s.reason.startsWith('link ')).reduce((m, s) => m + s.count, 0), 0),
    linked: tables.reduce((n, t) => n + t.linked, 0),
    ms: performance.now() - started,
  };
}

/** Inserts a batch; refused rows are made again conservatively, once. Returns how many replacements the database took. */
async function insert(db: DbClient, seeder: TableSeeder, rows: readonly Row[]): Promise<number> {
  const columns = seeder.columns.map((c) => c.column.name);
  const refused = await insertRows(db, seeder.table.name, columns, rows);
  if (refused.length === 0) return 0;
  seeder.forget(refused.map((r) => r.row));
  const again = seeder.generate(refused.length, true);
  const stillRefused = await insertRows(db, seeder.table.name, columns, again);
  seeder.forget(stillRefused.map((r) => r.row));
  // A row that is still missing is counted under the reason the database gave first.
  const accepted = again.length - stillRefused.length;
  for (const r of refused.slice(accepted)) seeder.skip(r.reason);
  return accepted;
}
