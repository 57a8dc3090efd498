import type { Column, ColumnDefault, ForeignKey } from '../../model/model.js';

/** Strings the spec reads as expressions, not literals, when written as `default:`. */
const CALL_DEFAULT = /^[a-z_][a-z0-9_]*\(\)$/;
const KEYWORD_DEFAULTS = new Set(['CURRENT_DATE', 'CURRENT_TIMESTAMP', 'CURRENT_TIME', 'LOCALTIMESTAMP', 'LOCALTIME']);

/** What the table writes on the column itself rather than in its table-level lists. */
export interface ColumnFlags {
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly reference: { readonly fk: ForeignKey; readonly target: string } | null;
}

/**
 * A column as the spec writes it: the `type` / `type?` shorthand when nothing else is said,
 * else a map in the spec's key order. Defaults are written so the spec's resolver reads them
 * back to the same model: a literal as its value, `fn()` and CURRENT_* as `default`, any other
 * expression (and a literal string that would read as one) as `defaultSql`.
 */
export function columnEntry(column: Column, flags: ColumnFlags): string | Record<string, unknown> {
  // The order the spec's own files use: type, keys and references, default, rules, description.
  const entry: Record<string, unknown> = { type: column.type.sql };
  if (column.nullable) entry.nullable = true;
  if (flags.primaryKey) entry.primaryKey = true;
  if (flags.unique) entry.unique = true;
  if (flags.reference) {
    entry.references = flags.reference.target;
    if (flags.reference.fk.onDelete !== 'no action') entry.onDelete = flags.reference.fk.onDelete;
    if (flags.reference.fk.onUpdate !== 'no action') entry.onUpdate = flags.reference.fk.onUpdate;
  }
  Object.assign(entry, defaultEntry(column.default));
  if (column.identity) entry.identity = column.identity;
  if (column.generated) entry.generated = column.generated;
  if (column.min !== null) entry.min = column.min;
  if (column.max !== null) entry.max = column.max;
  if (column.nonEmpty) entry.nonEmpty = true;
  if (column.description) entry.description = column.description;
  const keys = Object.keys(entry);
  if (keys.every((k) => k === 'type' || k === 'nullable')) return `${column.type.sql}${column.nullable ? '?' : ''}`;
  return entry;
}

function defaultEntry(d: ColumnDefault | null): Record<string, unknown> {
  if (d === null) return {};
  if (d.kind === 'expression') return CALL_DEFAULT.test(d.sql) || KEYWORD_DEFAULTS.has(d.sql) ? { default: d.sql } : { defaultSql: d.sql };
  const readsAsExpression = typeof d.value === 'string' && (CALL_DEFAULT.test(d.value) || KEYWORD_DEFAULTS.has(d.value.toUpperCase()));
  return readsAsExpression ? { defaultSql: d.sql } : { default: d.value };
}
