import type { MigrationFile } from './migration-files.js';
import { MigrationError } from './migration-error.js';
import { countTables, ensureHistory, readHistory, recordSql } from './history.js';
import { loadMigrations, type MigrationSource } from './load-migrations.js';
import { planRun, type PlannedStep, type RunMode } from './run-plan.js';
import { runStatements } from './run-statements.js';
import { openSession, type MigrationConnection, type MigrationSession } from './session.js';
import { withRunLock } from './run-lock.js';

export type MigrationStatus =
  /** Ran in this run. */
  | 'applied'
  /** Recorded without running: the legacy migration that ran reaches its result. */
  | 'baselined'
  /** A legacy migration recorded as not applicable (the database was built from the history). */
  | 'skipped'
  | 'failed'
  /** Not run because an earlier migration failed. */
  | 'not-run'
  /** Dry run: would run. */
  | 'pending';

export interface MigrationResult {
  readonly name: string;
  readonly status: MigrationStatus;
  /** Older than a migration the database already had (merged late from another branch): applied in name order anyway. */
  readonly late: boolean;
  readonly durationMs: number | null;
}

export interface MigrateResult {
  /** Set when the run stopped early; every migration before it in `results` is applied and recorded. */
  readonly error?: MigrationError;
  readonly results: readonly MigrationResult[];
  /** How the database was found: with a history, empty, or with tables but no history (taken over by the legacy migration). */
  readonly mode: RunMode | null;
  /** Applied migrations this folder does not have (applied by a newer release): reported, not an error. */
  readonly unknown: readonly string[];
}

export type MigrateOptions = MigrationConnection & {
  /** A folder of `<timestamp>_<name>.sql` files, or the migrations themselves. Default: the ones shipped with @poultryco/db. */
  readonly migrations?: MigrationSource;
  /** Schema to migrate (search_path is set to it, then public, for the run). Default: the connection's current schema. */
  readonly schema?: string;
  /** Decide and report, change nothing: pending migrations come back as `pending`. */
  readonly dryRun?: boolean;
  /** Called after each migration, as the run goes. */
  readonly onResult?: (result: MigrationResult) => void;
};

/**
 * Brings a database up to date with the migrations: each one in its own transaction, recorded
 * in the history table in that same transaction, under an advisory lock so that two services
 * starting together never migrate at once (the second waits, then finds nothing to do).
 * Returns what happened instead of throwing halfway, like Kysely's Migrator.
 *
 * @example
 * import { migrate } from '@poultryco/db/migrate';
 *
 * const { error, results } = await migrate({ connectionString: process.env.DATABASE_URL });
 * for (const r of results) console.log(`${r.status} ${r.name}`);
 * if (error) throw error;
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const loaded = loadMigrations(options.migrations);
  if (loaded.problems.length > 0) return failed(new MigrationError('invalid-migrations', loaded.problems.join('\n')));
  let opened;
  try {
    opened = await openSession(options);
  } catch (error) {
    return failed(new MigrationError('database', `cannot connect: ${(error as Error).message}`, { cause: error }));
  }
  try {
    return await withRunLock(opened.key, opened.session, options.schema, !options.dryRun, () => run(opened.session, loaded.files, options));
  } catch (error) {
    if (error instanceof MigrationError) return failed(error);
    return failed(new MigrationError('database', (error as Error).message, { cause: error, code: pgCode(error) }));
  } finally {
    await opened.close();
  }
}

async function run(session: MigrationSession, files: readonly MigrationFile[], options: MigrateOptions): Promise<MigrateResult> {
  if (!options.dryRun) await ensureHistory(session);
  const plan = planRun(files, await readHistory(session), await countTables(session));
  const base = { mode: plan.mode, unknown: plan.unknown };
  if (plan.problem) {
    return {
      ...base,
      error: new MigrationError('refused', plan.problem),
      results: plan.changed.map((name) => ({ name, status: 'failed', late: false, durationMs: null })),
    };
  }
  const results: MigrationResult[] = [];
  const report = (result: MigrationResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  for (const [i, step] of plan.steps.entries()) {
    if (options.dryRun) {
      if (step.kind === 'apply') for (const b of step.baseline) report(result(b.name, 'baselined'));
      report(result(step.file.name, step.kind === 'skip' ? 'skipped' : 'pending', step.kind === 'apply' && step.late));
      continue;
    }
    const started = Date.now();
    const error = await runStep(session, step);
    const durationMs = Date.now() - started;
    if (error) {
      report({ ...result(step.file.name, 'failed', step.kind === 'apply' && step.late), durationMs });
      for (const rest of plan.steps.slice(i + 1)) report(result(rest.file.name, 'not-run'));
      return { ...base, error, results };
    }
    if (step.kind === 'skip') report(result(step.file.name, 'skipped'));
    else {
      for (const b of step.baseline) report(result(b.name, 'baselined'));
      report({ ...result(step.file.name, 'applied', step.late), durationMs });
    }
  }
  return { ...base, results };
}

async function runStep(session: MigrationSession, step: PlannedStep): Promise<MigrationError | null> {
  const { file } = step;
  if (step.kind === 'skip') {
    await session.exec(recordSql([{ name: file.name, checksum: file.checksum, status: 'skipped' }]));
    return null;
  }
  const record = recordSql([
    ...step.baseline.map((b) => ({ name: b.name, checksum: b.checksum, status: 'baselined' as const })),
    { name: file.name, checksum: file.checksum, status: 'applied' as const },
  ]);
  return runStatements(session, file, record);
}

const result = (name: string, status: MigrationStatus, late = false): MigrationResult => ({ name, status, late, durationMs: null });

const failed = (error: MigrationError): MigrateResult => ({ error, results: [], mode: null, unknown: [] });

export const pgCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};
