import type { DbClient } from '../db/db-client.js';
import { quoteIdent } from '../sql/quote.js';
import type { Row } from './table-seeder.js';

export interface Rejected {
  readonly row: Row;
  readonly reason: string;
}

/**
 * Rows travel as one JSON array per statement, expanded by json_populate_recordset into the
 * table's own row type: one parameter however many rows and columns (the protocol allows 65,535),
 * every value converted by the column type's input function, on the server and PGlite alike.
 */
const json = (rows: readonly Row[], columns: readonly string[]): string =>
  JSON.stringify(
    rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]]))),
    (_key, value: unknown) => (value instanceof Uint8Array ? `\\x${Buffer.from(value).toString('hex')}` : value),
  );

/** Inserts rows in one statement; when the database refuses it, halves the batch until each refused row is found. */
export async function insertRows(db: DbClient, table: string, columns: readonly string[], rows: readonly Row[]): Promise<Rejected[]> {
  if (rows.length === 0 || columns.length === 0) return [];
  const list = columns.map(quoteIdent).join(', ');
  const sql = `INSERT INTO ${quoteIdent(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`;
  return bisect(db, sql, columns, rows);
}

/** Sets `columns` of the rows identified by `key`; returns the rows the database refused. */
export async function updateRows(
  db: DbClient,
  table: string,
  key: readonly string[],
  columns: readonly string[],
  rows: readonly Row[],
): Promise<Rejected[]> {
  if (rows.length === 0) return [];
  const t = quoteIdent(table);
  const sql = `UPDATE ${t} SET ${columns.map((c) => `${quoteIdent(c)} = v.${quoteIdent(c)}`).join(', ')} FROM json_populate_recordset(NULL::${t}, $1::json) AS v WHERE ${key
    .map((c) => `${t}.${quoteIdent(c)} = v.${quoteIdent(c)}`)
    .join(' AND ')}`;
  return bisect(db, sql, [...key, ...columns], rows);
}

async function bisect(db: DbClient, sql: string, columns: readonly string[], rows: readonly Row[]): Promise<Rejected[]> {
  try {
    await db.query(sql, [json(rows, columns)]);
    return [];
  } catch (error) {
    if (rows.length === 1) return [{ row: rows[0] as Row, reason: reasonOf(error) }];
    const half = Math.ceil(rows.length / 2);
    return [...(await bisect(db, sql, columns, rows.slice(0, half))), ...(await bisect(db, sql, columns, rows.slice(half)))];
  }
}

const KINDS: Readonly<Record<string, string>> = { '23514': 'check', '23505': 'unique', '23503': 'foreign key', '23502': 'not null' };

function reasonOf(error: unknown): string {
  const e = error as { code?: string; constraint?: string; message?: string; column?: string };
  const kind = e.code ? KINDS[e.code] : undefined;
  if (kind) return `${kind} ${e.constraint ?? e.column ?? ''} (rejected by the database)`.replace('  ', ' ');
  return `${e.code ?? 'error'}: ${e.message ?? String(error)}`;
}
