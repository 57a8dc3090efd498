import type { HistoryRow } from './history.js';
import type { MigrationFile } from './migration-files.js';
import { splitScript } from './split-statements.js';

export type RunMode = 'history' | 'fresh' | 'pre-history';

export type PlannedStep =
  /** Run the migration; `baseline` are recorded as baselined in the same transaction (legacy only). */
  | { readonly kind: 'apply'; readonly file: MigrationFile; readonly late: boolean; readonly baseline: readonly MigrationFile[] }
  /** Record a legacy migration as skipped: this database was built from the history. */
  | { readonly kind: 'skip'; readonly file: MigrationFile };

export interface RunPlan {
  /** history: the database has a history; fresh: no history, no tables; pre-history: tables but no history (legacy). */
  readonly mode: RunMode;
  readonly steps: readonly PlannedStep[];
  /** Applied migrations whose file has changed since. */
  readonly changed: readonly string[];
  /** Applied migrations that have no file here (a newer release applied them, or a file was deleted). */
  readonly unknown: readonly string[];
  /** Why nothing may run; null when the steps can run. */
  readonly problem: string | null;
}

/**
 * PostgreSQL refuses these inside a transaction block; a migration holding one must say
 * `-- migrate:no-transaction`.
 */
const NO_TRANSACTION =
  /^(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b[^;]*\bCONCURRENTLY|VACUUM|(CREATE|DROP)\s+(DATABASE|TABLESPACE)|ALTER\s+SYSTEM)\b/i;

const withoutLeadingComments = (sql: string) => sql.replace(/^(\s*--[^\n]*\n)+/, '').trim();

/** Decides what a run does, from the migration files, the history and whether the schema has tables. Pure. */
export function planRun(files: readonly MigrationFile[], history: readonly HistoryRow[], tableCount: number): RunPlan {
  const byName = new Map(files.map((f) => [f.name, f]));
  const recorded = new Map(history.map((r) => [r.name, r]));
  const changed = history.filter((r) => byName.has(r.name) && byName.get(r.name)?.checksum !== r.checksum).map((r) => r.name);
  const unknown = history.filter((r) => !byName.has(r.name)).map((r) => r.name);
  const mode: RunMode = history.length > 0 ? 'history' : tableCount === 0 ? 'fresh' : 'pre-history';
  const plan = (steps: PlannedStep[], problem: string | null = null): RunPlan => ({ mode, steps, changed, unknown, problem });

  if (changed.length > 0)
    return plan(
      [],
      `${changed.join(', ')} ${changed.length === 1 ? 'was' : 'were'} applied but the file has changed since (checksum differs). ` +
        'An applied migration must not be edited: restore it and put the change in a new migration.',
    );

  const pending = files.filter((f) => !recorded.has(f.name));
  const steps: PlannedStep[] = [];
  let newest = history.filter((r) => r.status !== 'skipped').reduce((max, r) => (r.name > max ? r.name : max), '');

  if (mode === 'pre-history') {
    const legacy = files.filter((f) => f.directives.legacy);
    if (legacy.length === 0)
      return plan(
        [],
        `the schema has ${tableCount} table(s) but no migration history, and there is no legacy migration to take it over: ` +
          'run `gen migrate legacy` against it, or migrate an empty schema.',
      );
    if (legacy.length > 1) return plan([], `more than one legacy migration (${legacy.map((f) => f.name).join(', ')}): keep one.`);
    const [first] = legacy as [MigrationFile];
    const baseline: MigrationFile[] = [];
    for (const name of first.directives.baseline) {
      const file = byName.get(name);
      if (!file || file.directives.legacy) return plan([], `${first.name} baselines ${name}, which is not a migration here.`);
      baseline.push(file);
    }
    steps.push({ kind: 'apply', file: first, late: false, baseline });
    newest = [first.name, ...first.directives.baseline].reduce((max, n) => (n > max ? n : max), '');
    const covered = new Set(first.directives.baseline);
    for (const f of pending) {
      if (f === first || covered.has(f.name)) continue;
      if (f.directives.legacy) steps.push({ kind: 'skip', file: f });
      else steps.push({ kind: 'apply', file: f, late: f.name < newest, baseline: [] });
    }
  } else {
    for (const f of pending) {
      if (f.directives.legacy) steps.push({ kind: 'skip', file: f });
      else steps.push({ kind: 'apply', file: f, late: f.name < newest, baseline: [] });
    }
  }

  for (const step of steps) {
    if (step.kind !== 'apply') continue;
    const { file } = step;
    if (file.directives.legacy && file.directives.noTransaction)
      return plan([], `${file.name}: a legacy migration runs in one transaction; remove -- migrate:no-transaction.`);
    if (file.directives.noTransaction) continue;
    const refused = splitScript(file.sql).find((s) => NO_TRANSACTION.test(withoutLeadingComments(s.sql)));
    if (refused)
      return plan(
        [],
        `${file.name} line ${refused.line}: PostgreSQL cannot run "${withoutLeadingComments(refused.sql).split('\n')[0]}" inside a transaction; ` +
          'move it to a migration of its own that starts with -- migrate:no-transaction.',
      );
  }
  return plan(steps);
}
