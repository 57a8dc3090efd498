/** Keyset-pagination cursors: the order-by values of the last row, opaque to callers. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? { $date: v.toISOString() } : v)))).toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new TypeError('invalid page cursor');
  }
  if (!Array.isArray(values) || values.length !== expectedLength) throw new TypeError('invalid page cursor');
  return values.map((v: unknown) => (v && typeof v === 'object' && '$date' in v ? (v as { $date: string }).$date : v));
}
