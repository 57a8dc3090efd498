/**
 * The order statements run in within a migration. Each step may only need what earlier steps
 * made: extra objects are dropped before anything is renamed onto their names, tables exist
 * before columns and constraints refer to them, foreign keys come after every key they point
 * at, indexes after the columns they cover.
 */
export const STATEMENT_PHASES = [
  'extensions',
  'rename-tables',
  'drop-foreign-keys',
  'drop-objects',
  'rename-objects',
  'drop-changed',
  'create-enums',
  'add-enum-values',
  'drop-tables',
  'drop-columns',
  'recreate-enums',
  'create-tables',
  'add-columns',
  'alter-columns',
  'add-constraints',
  'add-foreign-keys',
  'create-indexes',
  'triggers',
  'comments',
  'drop-enums',
] as const;

export type StatementPhase = (typeof STATEMENT_PHASES)[number];

export interface PlannedStatement {
  readonly phase: StatementPhase;
  readonly sql: string;
  /** Why it loses data, when it does: refused unless --allow-destructive, then marked in the file. */
  readonly destructive: string | null;
  /** What it locks or rewrites on a table that holds data, and the safer way. */
  readonly warning: string | null;
}

export const statement = (
  phase: StatementPhase,
  sql: string,
  notes: { destructive?: string | null; warning?: string | null } = {},
): PlannedStatement => ({ phase, sql, destructive: notes.destructive ?? null, warning: notes.warning ?? null });

/** Statements in phase order; within a phase, in the order they were planned (which follows the sorted model). */
export function inPhaseOrder(statements: readonly PlannedStatement[]): PlannedStatement[] {
  const rank = new Map(STATEMENT_PHASES.map((p, i) => [p, i]));
  return statements
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (rank.get(a.s.phase) ?? 0) - (rank.get(b.s.phase) ?? 0) || a.i - b.i)
    .map((x) => x.s);
}
