import { migrate, readMigrationDirectory, type MigrationFile } from '@poultryco/db/migrate';
import { connectDb, type DbClient } from '../db/db-client.js';
import { modelForPhase, type Model, type Phase } from '../model/model.js';
import { readDatabaseState } from './database-state.js';
import { dropCompatViews, openCompatViews } from './legacy/compat-views.js';
import { nextTimestamps, writeMigrationFile } from './migration-dir.js';
import { planChanges } from './plan/plan-changes.js';
import type { PlannedStatement } from './plan/planned-statement.js';
import { specRenames } from './plan/spec-renames.js';
import { remainingDifferences } from './remaining-differences.js';
import { renderMigration } from './render-migration.js';
import { replayMigrations } from './replay.js';

export interface NewMigrationOptions {
  /** The whole spec; `phase` picks its tables. */
  readonly spec: Model;
  readonly phase: Phase;
  /** snake_case label: the file is `<timestamp>_<label>.sql`. */
  readonly label: string;
  readonly dir: string;
  readonly allowDestructive: boolean;
  /** Also drop the legacy migration's compat views. */
  readonly dropCompatViews: boolean;
  readonly now?: Date;
}

export interface WrittenMigration {
  readonly name: string;
  readonly path: string;
  readonly sql: string;
}

export type NewMigrationResult =
  | { readonly status: 'written'; readonly files: readonly WrittenMigration[]; readonly statements: readonly PlannedStatement[] }
  | { readonly status: 'nothing-to-do' }
  /** Destructive statements without --allow-destructive: nothing written. */
  | { readonly status: 'refused'; readonly statements: readonly PlannedStatement[] }
  /** The history does not replay, the spec's renames conflict, or the plan does not reach the spec: nothing written. */
  | { readonly status: 'failed'; readonly problems: readonly string[]; readonly sql: string | null };

/**
 * `gen migrate new`: replay the history into an embedded PGlite, read it back as the model,
 * plan the statements that bring it to the spec, check them by applying them there and
 * comparing again, then write them as the next migration (or two, when enum values are
 * added: PostgreSQL refuses to use a value in the transaction that added it).
 */
export async function newMigration(options: NewMigrationOptions): Promise<NewMigrationResult> {
  const after = modelForPhase(options.spec, options.phase);
  const existing = readMigrationDirectory(options.dir);
  if (existing.problems.length > 0) return { status: 'failed', problems: existing.problems, sql: null };
  const db = await connectDb('pglite://memory');
  try {
    const replayError = await replayMigrations(db, 'public', existing.files);
    if (replayError) return { status: 'failed', problems: [replayError], sql: null };
    const planned = await planOnReplay(db, after, options.spec);
    if ('problems' in planned) return { status: 'failed', problems: planned.problems, sql: null };
    const views = options.dropCompatViews ? dropCompatViews(openCompatViews(existing.files)) : [];
    const statements = [...planned.statements, ...views];
    if (statements.length === 0) return { status: 'nothing-to-do' };
    if (!options.allowDestructive && statements.some((s) => s.destructive)) return { status: 'refused', statements };

    const files = migrationFiles(options, existing.files, statements);
    const applied = await migrate({ session: db, migrations: [...existing.files, ...files].map((f) => ({ name: f.name, sql: f.sql })) });
    const sql = files.map((f) => f.sql).join('\n');
    if (applied.error) return { status: 'failed', problems: [`the planned migration does not apply: ${applied.error.message}`], sql };
    const remaining = remainingDifferences(after, await readDatabaseState(db, 'public', options.spec));
    if (remaining.length > 0)
      return {
        status: 'failed',
        problems: ['the planned migration does not reach the spec; write these steps by hand:', ...remaining],
        sql,
      };
    return {
      status: 'written',
      files: files.map((f) => ({ ...f, path: writeMigrationFile(options.dir, f.name, f.sql) })),
      statements,
    };
  } finally {
    await db.close();
  }
}

/**
 * Renames first (on the replayed database, so PostgreSQL itself says what the renamed tables,
 * their constraints and checks look like), then the ordinary difference; the renames are
 * undone afterwards so the migration can be checked on the same database.
 */
async function planOnReplay(db: DbClient, after: Model, spec: Model): Promise<{ statements: PlannedStatement[] } | { problems: string[] }> {
  const before = await readDatabaseState(db, 'public', spec);
  const renames = specRenames(after, before.model);
  if (renames.problems.length > 0) return { problems: renames.problems };
  if (renames.steps.length === 0) return { statements: planChanges(before, after, { enumValues: 'add' }) };
  for (const step of renames.steps) await db.exec(step.statement.sql);
  const statements = planChanges(await readDatabaseState(db, 'public', spec), after, { enumValues: 'add' });
  for (const step of [...renames.steps].reverse()) await db.exec(step.undo);
  return { statements: [...renames.steps.map((s) => s.statement), ...statements] };
}

function migrationFiles(
  options: NewMigrationOptions,
  existing: readonly MigrationFile[],
  statements: readonly PlannedStatement[],
): WrittenMigration[] {
  const values = statements.filter((s) => s.phase === 'add-enum-values');
  const rest = statements.filter((s) => s.phase !== 'add-enum-values');
  const split = values.length > 0 && rest.length > 0;
  const stamps = nextTimestamps(
    existing.map((f) => f.name),
    options.now ?? new Date(),
    split ? 2 : 1,
  );
  const command = `gen migrate new ${options.label}${options.phase === 'live' ? '' : ` --phase ${options.phase}`}`;
  const header = (name: string, extra: string[] = []) => [
    `-- ${name}`,
    `-- Written by \`${command}\` from the spec. Review it before committing; once applied anywhere, never edit it.`,
    ...extra,
  ];
  if (!split) {
    const name = `${stamps[0]}_${options.label}`;
    return [{ name, path: '', sql: renderMigration(header(name), [{ title: null, statements }]) }];
  }
  const first = `${stamps[0]}_${options.label}_enum_values`;
  const second = `${stamps[1]}_${options.label}`;
  return [
    {
      name: first,
      path: '',
      sql: renderMigration(
        header(first, [
          `-- PostgreSQL cannot use an enum value in the transaction that added it, so the new values come first, on their own; ${second} uses them.`,
        ]),
        [{ title: null, statements: values }],
      ),
    },
    { name: second, path: '', sql: renderMigration(header(second), [{ title: null, statements: rest }]) },
  ];
}
