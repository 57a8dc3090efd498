import type { PlannedStatement, StatementPhase } from '../plan/planned-statement.js';
import type { LegacyPlan } from './legacy-plan.js';

export interface LegacyReport {
  /** Where the legacy layout came from: the database read, or the spec's legacy names. */
  readonly source: string;
  readonly plan: LegacyPlan;
  readonly baseline: readonly string[];
  readonly warnings: readonly string[];
}

const DIFF_SUMMARY: Readonly<Partial<Record<StatementPhase, string>>> = {
  'rename-objects': 'constraint, index, trigger and sequence names brought to the convention',
  'drop-foreign-keys': 'foreign keys the spec does not have, dropped',
  'drop-objects': 'constraints, indexes and triggers the spec does not have, dropped',
  'drop-changed': 'constraints and indexes re-created with a changed definition',
  'create-enums': 'enum types created',
  'recreate-enums': 'statements replacing enum types whose values differ',
  'create-tables': 'tables created',
  'add-columns': 'columns added',
  'alter-columns': 'column changes',
  'add-constraints': 'primary keys, unique and check constraints added',
  'add-foreign-keys': 'foreign keys added',
  'create-indexes': 'indexes created',
  triggers: 'updated_at trigger statements',
  comments: 'comments',
  'drop-enums': 'enum types the spec does not have, dropped',
};

const list = (title: string, lines: readonly string[], count = `${lines.length}`): string[] =>
  lines.length === 0 ? [] : ['', `${title} (${count}):`, ...lines.map((l) => `  ${l}`)];

/** The review of a legacy migration: every rename, merge and drop, before anything runs. */
export function formatLegacyReport(report: LegacyReport): string {
  const { plan } = report;
  const counts = new Map<StatementPhase, number>();
  for (const s of plan.diff) counts.set(s.phase, (counts.get(s.phase) ?? 0) + 1);
  const destructive = (s: PlannedStatement) => (s.destructive ? [`${s.sql.split('\n')[0] ?? ''}  -- ${s.destructive}`] : []);
  const lines = [
    `Legacy migration from ${report.source} to the spec's live tables`,
    ...list(
      'Tables renamed',
      plan.renamedTables.map(([from, to]) => `${from} → ${to}`),
    ),
    ...list('Renames from renamedFrom', plan.renamedColumns),
    ...list(
      'Enum types renamed',
      plan.renamedEnums.map(([from, to]) => `${from} → ${to}`),
    ),
    ...list(
      'Duplicates merged (INSERT … SELECT … ON CONFLICT DO NOTHING), then dropped',
      plan.merges.map(
        (m) =>
          `${m.duplicate} → ${m.target}: copies ${m.columns.join(', ')}${m.notCopied.length ? `; NOT copied (no such column in ${m.target}): ${m.notCopied.join(', ')}` : ''}`,
      ),
    ),
    ...list(
      'Foreign keys repointed from a duplicate to its target',
      plan.repointed.map((r) => `${r.table}.${r.constraint}: ${r.from} → ${r.to}`),
    ),
    ...list('Dropped by the difference with the spec (destructive)', plan.diff.flatMap(destructive)),
    ...list(
      'Not in the legacy database (the difference creates them)',
      plan.notFound.map((n) => `${n.table} (legacy name ${n.legacy})`),
    ),
    ...list(
      'Then the difference with the spec',
      [...counts].map(([phase, n]) => `${n} ${DIFF_SUMMARY[phase] ?? phase}`),
      `${plan.diff.length} statements`,
    ),
    ...list(
      'Compat views',
      plan.compatViews.map((v) => `${v.name} → ${v.table}`),
    ),
    ...list('Recorded as baselined (their result is what this migration reaches)', report.baseline),
    ...list('Read with warnings (what the model does not hold stays as it is)', report.warnings),
  ];
  return `${lines.join('\n')}\n`;
}
