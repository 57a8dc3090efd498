/**
 * `@poultryco/db/migrate`: the migration runner, so a service can migrate at startup. The same
 * runner is behind `gen migrate up` and `gen migrate status`; it depends on nothing but `pg`.
 */
export { migrate, type MigrateOptions, type MigrateResult, type MigrationResult, type MigrationStatus } from './migrate.js';
export {
  migrationStatus,
  type MigrationStatusOptions,
  type MigrationStatusResult,
  type MigrationStatusEntry,
  type MigrationState,
} from './migration-status.js';
export { MigrationError, type MigrationErrorKind, type FailedStatement } from './migration-error.js';
export type { MigrationConnection, MigrationSession, PgliteMigrationLike } from './session.js';
export type { MigrationSource } from './load-migrations.js';
export { loadMigrations } from './load-migrations.js';
export { readMigrationDirectory, checksumOf, MIGRATION_NAME, PACKAGE_MIGRATIONS_DIR, type MigrationFile } from './migration-files.js';
export { readDirectives, type MigrationDirectives } from './directives.js';
export { MIGRATION_HISTORY_TABLE } from './history.js';
export { splitScript, splitStatements, type ScriptStatement } from './split-statements.js';
export type { RunMode } from './run-plan.js';
