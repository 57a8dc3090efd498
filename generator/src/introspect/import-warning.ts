/**
 * Something in the database the model cannot hold, or holds only approximately. `gen import`
 * lists every one (on stderr and as comments in the YAML it writes); nothing is dropped
 * without one.
 */
export interface ImportWarning {
  /** Stable code, e.g. `unsupported-type`, `view`, `policy`. */
  readonly code: string;
  /** The table it concerns, or null for schema-level objects. */
  readonly table: string | null;
  readonly message: string;
}

export function formatWarning(w: ImportWarning): string {
  return `${w.table ?? '(schema)'}  ${w.code}  ${w.message}`;
}

/** Warnings sorted by table (schema-level first), then code and message, so output never depends on catalog order. */
export function sortWarnings(warnings: readonly ImportWarning[]): ImportWarning[] {
  const key = (w: ImportWarning) => `${w.table === null ? '0' : `1${w.table}`}\u0000${w.code}\u0000${w.message}`;
  return [...warnings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
