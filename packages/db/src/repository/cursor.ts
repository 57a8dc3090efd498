import { QueryError } from '../errors.js';

/** Keyset-pagination cursors: the order-by values of the last row, opaque to callers. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? { $date: v.toISOString() } : v)))).toString('base64url');
}

/** The values of a cursor for a page of `table` ordered by `expectedLength` columns; QueryError when it is not one. */
export function decodeCursor(cursor: string, expectedLength: number, table: string): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new QueryError(table, 'after', 'invalid page cursor');
  }
  if (!Array.isArray(values) || values.length !== expectedLength) throw new QueryError(table, 'after', 'invalid page cursor');
  return values.map((v: unknown) => (v && typeof v === 'object' && '$date' in v ? (v as { $date: string }).$date : v));
}
