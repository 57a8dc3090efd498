import { migrate, readMigrationDirectory, type MigrationFile } from '@poultryco/db/migrate';
import { connectDb, type DbClient } from '../../db/db-client.js';
import { hasUpdatedAt, updatedAtTriggerName } from '../../emit/ddl/ddl-statements.js';
import { formatWarning } from '../../introspect/import-warning.js';
import { modelForPhase, type Model } from '../../model/model.js';
import { readDatabaseState, type DatabaseState } from '../database-state.js';
import { nextTimestamps, writeMigrationFile } from '../migration-dir.js';
import type { WrittenMigration } from '../new-migration.js';
import { defaultSequenceName } from '../plan/sequence-names.js';
import { remainingDifferences } from '../remaining-differences.js';
import { renderMigration } from '../render-migration.js';
import { replayMigrations } from '../replay.js';
import { scratchCopy } from '../scratch-database.js';
import { legacyModel } from './legacy-model.js';
import { planLegacy } from './legacy-plan.js';
import type { LegacyReport } from './legacy-report.js';

export interface LegacyMigrationOptions {
  readonly spec: Model;
  readonly label: string;
  readonly dir: string;
  /** The legacy database to read (only read); null: the legacy layout modelled from the spec. */
  readonly source: { readonly db: DbClient; readonly schema: string; readonly description?: string } | null;
  readonly compatViews: boolean;
  readonly allowDestructive: boolean;
  /** false: report only (--dry-run). */
  readonly write: boolean;
  readonly now?: Date;
}

export type LegacyMigrationResult =
  | { readonly status: 'failed'; readonly problems: readonly string[] }
  /** The difference would drop what the spec does not declare dropped: nothing written. */
  | { readonly status: 'refused'; readonly report: LegacyReport }
  | {
      readonly status: 'planned';
      readonly report: LegacyReport;
      readonly sql: string;
      readonly name: string;
      readonly file: WrittenMigration | null;
    };

/**
 * `gen migrate legacy`: the one migration that takes the Supabase-era database to the spec.
 * It is planned on a scratch copy of the legacy database, checked by running it (through the
 * runner, baselining included) on a second copy and comparing the result with the spec, and
 * marked `-- migrate:legacy` with a `-- migrate:baseline` line for every migration of the
 * history: the runner applies it only to a database with tables and no history, and records
 * those migrations as baselined, so the two paths meet and every later migration applies to
 * both alike. It needs the history to build the spec already (`gen migrate new` first).
 */
export async function legacyMigration(options: LegacyMigrationOptions): Promise<LegacyMigrationResult> {
  const after = modelForPhase(options.spec, 'live');
  const existing = readMigrationDirectory(options.dir);
  if (existing.problems.length > 0) return { status: 'failed', problems: existing.problems };
  const history = existing.files.filter((f) => !f.directives.legacy);
  const earlier = existing.files.find((f) => f.directives.legacy);
  if (earlier)
    return {
      status: 'failed',
      problems: [`${earlier.name} is already the legacy migration; there is only one (delete it to plan it again, if it never ran)`],
    };
  if (history.length === 0)
    return {
      status: 'failed',
      problems: [
        'there are no migrations yet: the legacy migration is baselined on the history, so write it first (gen migrate new initial)',
      ],
    };

  // One embedded PGlite, a schema per use: the replayed history, the copy the plan is made on,
  // the copy it is checked on (public keeps only the extensions).
  const db = await connectDb('pglite://memory');
  try {
    return await planAndCheck(db, options, existing.files, history, after);
  } finally {
    await db.close();
  }
}

async function planAndCheck(
  db: DbClient,
  options: LegacyMigrationOptions,
  files: readonly MigrationFile[],
  history: readonly MigrationFile[],
  after: Model,
): Promise<LegacyMigrationResult> {
  const replayError = await replayMigrations(db, 'history', history);
  if (replayError) return { status: 'failed', problems: [replayError] };
  const remaining = remainingDifferences(after, await readDatabaseState(db, 'history', options.spec));
  if (remaining.length > 0)
    return {
      status: 'failed',
      problems: [
        'the migrations do not build the spec yet, so there is no point of the history to baseline at; run gen migrate new <name> first:',
        ...remaining,
      ],
    };

  const source = options.source
    ? await readDatabaseState(options.source.db, options.source.schema, options.spec)
    : stateOfModel(legacyModel(options.spec));
  await scratchCopy(db, 'legacy_source', source);
  const plan = await planLegacy(db, 'legacy_source', after, options.spec, { compatViews: options.compatViews });
  if (plan.problems.length > 0) return { status: 'failed', problems: plan.problems };
  const report: LegacyReport = {
    source: options.source
      ? (options.source.description ?? `schema ${options.source.schema} of the database read`)
      : "the spec's legacy names (no --from-db)",
    plan,
    baseline: history.map((f) => f.name),
    warnings: source.warnings.map(formatWarning),
  };
  if (!options.allowDestructive && plan.diff.some((s) => s.destructive)) return { status: 'refused', report };

  const [stamp] = nextTimestamps(
    files.map((f) => f.name),
    options.now ?? new Date(),
    1,
  );
  const name = `${stamp}_${options.label}`;
  const sql = renderMigration(
    [
      `-- ${name}`,
      '-- The legacy migration: the Supabase-era database to the spec, in one transaction. Written by `gen migrate legacy`;',
      '-- review it with the report (gen migrate legacy … --dry-run). It runs only on a database that has tables and no',
      '-- migration history; a database built from empty skips it. Applying it records the migrations below as baselined.',
      '-- migrate:legacy',
      ...history.map((f) => `-- migrate:baseline ${f.name}`),
    ],
    plan.sections,
  );

  await scratchCopy(db, 'legacy_check', source);
  const run = await migrate({ session: db, schema: 'legacy_check', migrations: [...files, { name, sql }] });
  if (run.error)
    return {
      status: 'failed',
      problems: [`the planned legacy migration does not apply to a copy of the legacy database: ${run.error.message}`],
    };
  const left = remainingDifferences(after, await readDatabaseState(db, 'legacy_check', options.spec));
  if (left.length > 0)
    return {
      status: 'failed',
      problems: ['the planned legacy migration does not reach the spec; these need a hand-written step:', ...left],
    };
  const file = options.write ? { name, sql, path: writeMigrationFile(options.dir, name, sql) } : null;
  return { status: 'planned', report, sql, name, file };
}

/** The state a database built from `model` has: triggers and sequences under the names PostgreSQL and the model give them. */
export function stateOfModel(model: Model): DatabaseState {
  return {
    model,
    updatedAtTriggers: new Map(model.tables.filter(hasUpdatedAt).map((t) => [t.name, updatedAtTriggerName(model, t.name)])),
    sequences: model.tables.flatMap((t) =>
      t.columns
        .filter((c) => c.identity !== null || c.type.name.endsWith('serial'))
        .map((c) => ({ table: t.name, column: c.name, name: defaultSequenceName(t.name, c.name) })),
    ),
    warnings: [],
  };
}
