import type { Column, NamingConvention, Table } from '../model/model.js';
import { conventionalName } from '../model/naming.js';
import { SCALAR_TYPES } from '../model/pg-types.js';
import { canonicalSql } from '../sql/canonical-sql.js';

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';

/**
 * Gives back the column rules the spec turns into checks: `min`/`max` (check
 * `ck_{table}_{column}_range`) and `nonEmpty` (`ck_{table}_{column}_not_blank`). A check is read
 * as a rule only when both its name and its expression are exactly what the spec would generate
 * for that rule; otherwise it stays a plain table check. Either way the check itself stays in
 * the model, as the spec's resolver puts it there too.
 */
export function recoverColumnRules(table: Table, naming: NamingConvention): Table {
  const checks = new Map(table.checks.map((c) => [c.name, canonicalSql(c.expression)]));
  const generated = (suffix: string) => checks.get(conventionalName(naming.check, { table: table.name, name: suffix }));
  const columns = table.columns.map((column): Column => {
    const category = column.type.kind === 'scalar' ? SCALAR_TYPES[column.type.name]?.category : undefined;
    let result = column;
    const range = generated(`${column.name}_range`);
    if (range && !column.type.isArray && ['integer', 'decimal', 'float'].includes(category ?? '')) {
      const bounds = readBounds(column.name, range);
      if (bounds) result = { ...result, ...bounds };
    }
    const blank = generated(`${column.name}_not_blank`);
    if (blank && (category === 'text' || column.type.isArray)) {
      const expected = column.type.isArray ? `cardinality(${column.name}) > 0` : `length(btrim(${column.name})) > 0`;
      if (canonicalSql(expected) === blank) result = { ...result, nonEmpty: true };
    }
    return result;
  });
  return { ...table, columns };
}

function readBounds(column: string, canonical: string): { min: number | null; max: number | null } | null {
  const c = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const both = new RegExp(`^\\(\\(${c} >= ${NUMBER}\\) and \\(${c} <= ${NUMBER}\\)\\)$`).exec(canonical);
  const low = new RegExp(`^\\(${c} >= ${NUMBER}\\)$`).exec(canonical);
  const high = new RegExp(`^\\(${c} <= ${NUMBER}\\)$`).exec(canonical);
  const min = both ? Number(both[1]) : low ? Number(low[1]) : null;
  const max = both ? Number(both[2]) : high ? Number(high[1]) : null;
  if (min === null && max === null) return null;
  // The spec writes the bounds as JavaScript prints the numbers; a check written otherwise (1.50) stays a check.
  const expected = [min !== null ? `${column} >= ${min}` : null, max !== null ? `${column} <= ${max}` : null]
    .filter((p) => p !== null)
    .join(' AND ');
  return canonicalSql(expected) === canonical ? { min, max } : null;
}
