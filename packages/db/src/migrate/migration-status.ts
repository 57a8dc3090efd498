import { countTables, readHistory, type HistoryStatus } from './history.js';
import { loadMigrations, type MigrationSource } from './load-migrations.js';
import { MigrationError } from './migration-error.js';
import { planRun, type RunMode } from './run-plan.js';
import { openSession, type MigrationConnection } from './session.js';
import { withRunLock } from './run-lock.js';

export type MigrationState =
  | HistoryStatus
  /** Not applied yet: `migrate` would run it (or, for a legacy migration on a history-built database, record it as skipped). */
  | 'pending'
  /** Applied, but the file has changed since: `migrate` refuses to run until it is restored. */
  | 'changed'
  /** Applied, but not among the migrations given. */
  | 'unknown';

export interface MigrationStatusEntry {
  readonly name: string;
  readonly state: MigrationState;
  readonly appliedAt: Date | null;
  /** A pending migration older than one already applied. */
  readonly late: boolean;
}

export interface MigrationStatusResult {
  readonly error?: MigrationError;
  readonly mode: RunMode | null;
  /** Every migration, recorded or not, in name order. */
  readonly migrations: readonly MigrationStatusEntry[];
}

export type MigrationStatusOptions = MigrationConnection & { readonly migrations?: MigrationSource; readonly schema?: string };

/**
 * Where a database stands: each migration applied (when), baselined, skipped, pending, or
 * changed since it was applied. Reads only.
 *
 * @example
 * const { migrations } = await migrationStatus({ connectionString: process.env.DATABASE_URL });
 * const pending = migrations.filter((m) => m.state === 'pending');
 */
export async function migrationStatus(options: MigrationStatusOptions): Promise<MigrationStatusResult> {
  const loaded = loadMigrations(options.migrations);
  if (loaded.problems.length > 0)
    return { error: new MigrationError('invalid-migrations', loaded.problems.join('\n')), mode: null, migrations: [] };
  let opened;
  try {
    opened = await openSession(options);
  } catch (error) {
    return {
      error: new MigrationError('database', `cannot connect: ${(error as Error).message}`, { cause: error }),
      mode: null,
      migrations: [],
    };
  }
  try {
    return await withRunLock(opened.key, opened.session, options.schema, false, async () => {
      const history = await readHistory(opened.session);
      const plan = planRun(loaded.files, history, await countTables(opened.session));
      const late = new Set(plan.steps.filter((s) => s.kind === 'apply' && s.late).map((s) => s.file.name));
      const changed = new Set(plan.changed);
      const files = new Set(loaded.files.map((f) => f.name));
      const entries: MigrationStatusEntry[] = [
        ...history.map((r) => ({
          name: r.name,
          state: changed.has(r.name) ? ('changed' as const) : files.has(r.name) ? r.status : ('unknown' as const),
          appliedAt: r.appliedAt,
          late: false,
        })),
        ...loaded.files
          .filter((f) => !history.some((r) => r.name === f.name))
          .map((f) => ({ name: f.name, state: 'pending' as const, appliedAt: null, late: late.has(f.name) })),
      ].sort((a, b) => (a.name < b.name ? -1 : 1));
      return { ...(plan.problem ? { error: new MigrationError('refused', plan.problem) } : {}), mode: plan.mode, migrations: entries };
    });
  } catch (error) {
    return { error: new MigrationError('database', (error as Error).message, { cause: error }), mode: null, migrations: [] };
  } finally {
    await opened.close();
  }
}
