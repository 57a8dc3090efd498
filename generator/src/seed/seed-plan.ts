import type { Model } from '../model/model.js';
import { KeyPools } from './key-pools.js';
import { seedOrder } from './seed-order.js';
import { TableSeeder, type Row } from './table-seeder.js';

export interface SeedOptions {
  /** Rows to make per table. */
  readonly rows: number;
  /** Same seed, same rows. */
  readonly seed: string | number;
}

/** One seeder per table of the model, in foreign-key order, sharing the pools their keys draw from. */
export class SeedPlan {
  readonly seeders: readonly TableSeeder[];
  readonly blocked: ReadonlyMap<string, string>;

  constructor(model: Model, options: SeedOptions) {
    const order = seedOrder(model.tables);
    const pools = new KeyPools();
    const enums = new Map(model.enums.map((e) => [e.name, e]));
    const prefixes = new Map(model.modules.map((m) => [m.key, m.prefix]));
    this.blocked = order.blocked;
    this.seeders = order.tables.map(
      (t) => new TableSeeder(t, enums, pools, order.deferred.get(t.name) ?? [], options.seed, prefixes.get(t.module) ?? ''),
    );
  }
}

/**
 * Every row a seed would write if the database took them all, without a database: for tests
 * (determinism, the zod schemas) and for looking at what a seed makes.
 */
export function generateRows(model: Model, options: SeedOptions): Map<string, Row[]> {
  const plan = new SeedPlan(model, options);
  for (const seeder of plan.seeders) seeder.generate(options.rows);
  for (const seeder of plan.seeders) seeder.deferredLinks();
  return new Map(plan.seeders.map((s) => [s.table.name, s.rows]));
}
