import type { ColumnDefault, ColumnType, JsonValue } from '../model/model.js';
import { sameSql } from '../sql/canonical-sql.js';
import { normalizeTemporal } from './temporal-literal.js';

/**
 * Whether two defaults give a column the same value. Literals compare as values (jsonb keys
 * in any order, 12.5 = '12.50' for numbers); expressions compare in canonical form, so
 * `now() + interval '30 days'` equals the catalog's `(now() + '30 days'::interval)`. A NULL
 * default is no default: PostgreSQL does not even store it.
 */
export function sameDefault(a: ColumnDefault | null, b: ColumnDefault | null, type: ColumnType): boolean {
  const na = isNone(a) ? null : a;
  const nb = isNone(b) ? null : b;
  if (na === null || nb === null) return na === nb;
  if (na.kind === 'literal' && nb.kind === 'literal') return sameValue(na.value, nb.value, type.kind === 'scalar' ? type.name : '');
  return sameSql(na.sql, nb.sql);
}

const isNone = (d: ColumnDefault | null): boolean => d === null || (d.kind === 'literal' && d.value === null);

function sameValue(a: JsonValue, b: JsonValue, type: string): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const bs = b as readonly JsonValue[];
    return (a as readonly JsonValue[]).every((v, i) => sameValue(v, bs[i] ?? null, type));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    const ob = b as { readonly [key: string]: JsonValue };
    const oa = a as { readonly [key: string]: JsonValue };
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue(oa[k] ?? null, ob[k] ?? null, type));
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const num = (v: JsonValue) => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN);
    return num(a) === num(b);
  }
  if (typeof a === 'string' && typeof b === 'string') return a === b || normalizeTemporal(type, a) === normalizeTemporal(type, b);
  return a === b;
}
