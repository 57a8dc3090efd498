import type { Column } from '../../model/model.js';

/**
 * What a statement does to a table that already holds rows, and the safer way to do it. The
 * planner attaches these to statements on tables that exist before the migration (a table the
 * migration creates is empty, so nothing there needs care).
 */
export const SAFETY = {
  createIndex: (table: string) =>
    `CREATE INDEX blocks writes to ${table} while it builds. Safer on a large table: CREATE INDEX CONCURRENTLY, in a migration of its own that starts with -- migrate:no-transaction.`,
  addForeignKey: (table: string, target: string) =>
    `ADD FOREIGN KEY checks every row of ${table} while holding SHARE ROW EXCLUSIVE locks on ${table} and ${target}. Safer: add it with NOT VALID here, then ALTER TABLE ${table} VALIDATE CONSTRAINT … in a later migration (that check takes a weaker lock).`,
  addCheck: (table: string) =>
    `ADD CHECK scans ${table} under an ACCESS EXCLUSIVE lock. Safer: add it with NOT VALID, then VALIDATE CONSTRAINT in a later migration.`,
  addUnique: (table: string) =>
    `ADD UNIQUE / PRIMARY KEY builds an index under an ACCESS EXCLUSIVE lock on ${table}. Safer: CREATE UNIQUE INDEX CONCURRENTLY (-- migrate:no-transaction), then ALTER TABLE ${table} ADD CONSTRAINT … USING INDEX.`,
  setNotNull: (table: string, column: string) =>
    `SET NOT NULL scans ${table} under an ACCESS EXCLUSIVE lock. Safer: ADD CONSTRAINT … CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE it in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the check.`,
  addNotNullColumn: (table: string, column: string) =>
    `Adding ${column} as NOT NULL without a default fails if ${table} has rows. Add it nullable, fill it, then SET NOT NULL.`,
  volatileDefault: (table: string, column: string) =>
    `The default of ${column} is volatile: adding the column rewrites ${table} under an ACCESS EXCLUSIVE lock. Safer: add it without a default, SET DEFAULT, then fill existing rows in batches.`,
  rewriteColumn: (table: string, column: string) =>
    `Adding ${column} (identity or generated) rewrites ${table} under an ACCESS EXCLUSIVE lock.`,
  changeType: (table: string, column: string) =>
    `Changing the type of ${column} rewrites ${table} and its indexes under an ACCESS EXCLUSIVE lock. Safer on a large table: add a new column, fill it in batches, switch readers, then drop the old one.`,
  recreateEnum: (name: string) => `Replacing enum ${name} rewrites every table with a column of that type, under ACCESS EXCLUSIVE locks.`,
} as const;

const VOLATILE = /\b(gen_random_uuid|uuid_generate_v[14]|random|clock_timestamp|timeofday|statement_timestamp|nextval|txid_current)\s*\(/i;

/** A default evaluated once per row when the column is added: PostgreSQL then rewrites the table. */
export const hasVolatileDefault = (column: Column): boolean => column.default?.kind === 'expression' && VOLATILE.test(column.default.sql);
