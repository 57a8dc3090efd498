import type { ColumnType, EnumType } from '../../model/model.js';
import { SCALAR_TYPES } from '../../model/pg-types.js';

export interface TypeChange {
  /** Values may not fit, or lose precision: the change is destructive. */
  readonly narrowing: boolean;
  /** PostgreSQL rewrites the table (not just the catalog). */
  readonly rewrite: boolean;
}

const INTEGER_RANK: Readonly<Record<string, number>> = { smallint: 1, integer: 2, bigint: 3 };
/** Decimal digits an integer type needs, for integer → numeric(p,s). */
const INTEGER_DIGITS: Readonly<Record<string, number>> = { smallint: 5, integer: 10, bigint: 19 };
const TEXTUAL = new Set(['text', 'varchar', 'citext']);

/**
 * Whether changing a column from one type to another can lose data (narrowing) and whether it
 * rewrites the table. Widening: longer varchar, varchar → text, smallint → integer → bigint,
 * integers → numeric, real → double precision, more numeric precision, date → timestamp(tz),
 * timestamp → timestamptz, json ↔ jsonb, an enum → text or → an enum holding all its values.
 * Everything else counts as narrowing.
 */
export function classifyTypeChange(
  from: ColumnType,
  to: ColumnType,
  enums: { before: readonly EnumType[]; after: readonly EnumType[] },
): TypeChange {
  if (from.isArray !== to.isArray) return { narrowing: true, rewrite: true };
  const f = from.name;
  const t = to.name;
  if (from.kind === 'enum' || to.kind === 'enum') {
    if (from.kind === 'enum' && to.kind === 'enum') {
      const old = enums.before.find((e) => e.name === f)?.values ?? [];
      const next = new Set(enums.after.find((e) => e.name === t)?.values ?? []);
      return { narrowing: !old.every((v) => next.has(v)), rewrite: true };
    }
    return { narrowing: to.kind === 'enum' || !TEXTUAL.has(t) || to.length !== null, rewrite: true };
  }
  if (f === t) {
    if (f === 'varchar' || f === 'char') {
      const wider = to.length === null || (from.length !== null && to.length >= from.length);
      return { narrowing: !wider, rewrite: f === 'char' || !wider };
    }
    if (f === 'numeric') {
      if (to.precision === null) return { narrowing: false, rewrite: from.precision !== null && (from.scale ?? 0) !== 0 };
      if (from.precision === null) return { narrowing: true, rewrite: true };
      const fs = from.scale ?? 0;
      const ts = to.scale ?? 0;
      const wider = ts >= fs && to.precision - ts >= from.precision - fs;
      return { narrowing: !wider, rewrite: ts !== fs };
    }
    return { narrowing: false, rewrite: true };
  }
  if (TEXTUAL.has(f) && TEXTUAL.has(t))
    return { narrowing: t === 'varchar' && to.length !== null, rewrite: t === 'varchar' && to.length !== null };
  if (f === 'char' && TEXTUAL.has(t))
    return { narrowing: t === 'varchar' && to.length !== null && to.length < (from.length ?? 1), rewrite: true };
  const fi = INTEGER_RANK[SCALAR_TYPES[f]?.serialOf ?? f];
  const ti = INTEGER_RANK[SCALAR_TYPES[t]?.serialOf ?? t];
  if (fi !== undefined && ti !== undefined) return { narrowing: ti < fi, rewrite: ti !== fi };
  const digits = INTEGER_DIGITS[SCALAR_TYPES[f]?.serialOf ?? f];
  if (digits !== undefined && t === 'numeric')
    return { narrowing: to.precision !== null && to.precision - (to.scale ?? 0) < digits, rewrite: true };
  const widening: readonly (readonly [string, string])[] = [
    ['real', 'double precision'],
    ['date', 'timestamp'],
    ['date', 'timestamptz'],
    ['timestamp', 'timestamptz'],
    ['json', 'jsonb'],
    ['jsonb', 'json'],
  ];
  return { narrowing: !widening.some(([a, b]) => a === f && b === t), rewrite: true };
}

/** The USING expression: a plain cast, through text for enums (an enum casts to nothing else directly). */
export function usingCast(column: string, from: ColumnType, to: ColumnType): string {
  const viaText = from.kind === 'enum' || to.kind === 'enum';
  return viaText ? `${column}::text${from.isArray ? '[]' : ''}::${to.sql}` : `${column}::${to.sql}`;
}
