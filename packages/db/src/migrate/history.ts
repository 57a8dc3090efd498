import type { MigrationSession } from './session.js';

/**
 * The history: one row per migration this database has taken, in the schema being migrated
 * (the first schema of search_path). `applied`: it ran here; `baselined`: a legacy migration
 * reached its result, so it was recorded without running; `skipped`: a legacy migration on a
 * database built from the history, where it has nothing to do.
 */
export const MIGRATION_HISTORY_TABLE = 'poultryco_migrations';

export type HistoryStatus = 'applied' | 'baselined' | 'skipped';

export interface HistoryRow {
  readonly name: string;
  readonly checksum: string;
  readonly status: HistoryStatus;
  readonly appliedAt: Date;
}

const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS ${MIGRATION_HISTORY_TABLE} (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  status text NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'baselined', 'skipped')),
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export async function historyExists(session: MigrationSession): Promise<boolean> {
  const { rows } = await session.query<{ found: boolean }>(
    `SELECT to_regclass(quote_ident(current_schema()) || '.${MIGRATION_HISTORY_TABLE}') IS NOT NULL AS found`,
  );
  return rows[0]?.found === true;
}

export async function ensureHistory(session: MigrationSession): Promise<void> {
  if (!(await historyExists(session))) await session.exec(CREATE_HISTORY);
}

export async function readHistory(session: MigrationSession): Promise<HistoryRow[]> {
  if (!(await historyExists(session))) return [];
  const { rows } = await session.query<{ name: string; checksum: string; status: HistoryStatus; applied_at: Date | string }>(
    `SELECT name, checksum, status, applied_at FROM ${MIGRATION_HISTORY_TABLE} ORDER BY name`,
  );
  return rows.map((r) => ({ name: r.name, checksum: r.checksum, status: r.status, appliedAt: new Date(r.applied_at) }));
}

export function recordSql(rows: readonly { name: string; checksum: string; status: HistoryStatus }[]): string {
  const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
  return `INSERT INTO ${MIGRATION_HISTORY_TABLE} (name, checksum, status) VALUES ${rows
    .map((r) => `(${literal(r.name)}, ${literal(r.checksum)}, ${literal(r.status)})`)
    .join(', ')}`;
}

/** Tables of the schema besides the history: a database with some but no history predates it. */
export async function countTables(session: MigrationSession): Promise<number> {
  const { rows } = await session.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '${MIGRATION_HISTORY_TABLE}'`,
  );
  return Number(rows[0]?.n ?? 0);
}
