import type { ColumnDefault, ColumnType, JsonValue } from './model.js';
import { SCALAR_TYPES } from './pg-types.js';
import { quoteLiteral } from '../sql/quote.js';
import { checkSqlExpression } from '../sql/sql-expression.js';

/** SQL keyword defaults that are expressions although they carry no parentheses. */
const KEYWORD_DEFAULTS = new Set(['current_date', 'current_timestamp', 'current_time', 'localtimestamp', 'localtime']);
const CALL_DEFAULT = /^[a-z_][a-z0-9_]*\(\)$/;

/**
 * Turns a spec `default:` into SQL. Scalars are literals, escaped; `fn()` and the SQL
 * date/time keywords are the expressions they name; `defaultSql` is an expression, checked.
 * Returns the default or a message saying what is wrong.
 */
export function resolveDefault(
  value: unknown,
  defaultSql: string | undefined,
  type: ColumnType,
  enumValues: readonly string[] | undefined,
): ColumnDefault | string | null {
  if (defaultSql !== undefined) {
    if (value !== undefined) return 'give either default or defaultSql, not both';
    const problem = checkSqlExpression(defaultSql);
    return problem ? `defaultSql: ${problem}` : { kind: 'expression', sql: defaultSql };
  }
  if (value === undefined) return null;
  if (typeof value === 'string' && (CALL_DEFAULT.test(value) || KEYWORD_DEFAULTS.has(value.toLowerCase()))) {
    return { kind: 'expression', sql: KEYWORD_DEFAULTS.has(value.toLowerCase()) ? value.toUpperCase() : value };
  }
  const json = value as JsonValue;
  if (type.isArray) {
    if (!Array.isArray(value)) return `default of an array column must be a list, e.g. []`;
    const elementType = { ...type, isArray: false, sql: type.sql.slice(0, -2) };
    const parts: string[] = [];
    for (const element of value) {
      const sql = scalarLiteral(element, elementType, enumValues);
      if (sql.startsWith('!')) return sql.slice(1);
      parts.push(sql);
    }
    return { kind: 'literal', value: json, sql: parts.length === 0 ? `'{}'::${type.sql}` : `ARRAY[${parts.join(', ')}]::${type.sql}` };
  }
  const sql = scalarLiteral(value, type, enumValues);
  return sql.startsWith('!') ? sql.slice(1) : { kind: 'literal', value: json, sql };
}

/** The literal's SQL, or a message prefixed with `!`. */
function scalarLiteral(value: unknown, type: ColumnType, enumValues: readonly string[] | undefined): string {
  if (value === null) return 'NULL';
  if (type.kind === 'enum') {
    if (typeof value !== 'string' || !enumValues?.includes(value)) {
      return `!default ${JSON.stringify(value)} is not a value of enum ${type.name} (${(enumValues ?? []).join(', ')})`;
    }
    return quoteLiteral(value);
  }
  const category = SCALAR_TYPES[type.name]?.category;
  switch (category) {
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : `!default of a boolean column must be true or false`;
    case 'integer':
      return Number.isInteger(value) ? String(value) : `!default of an integer column must be a whole number`;
    case 'decimal':
    case 'float':
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return quoteLiteral(value);
      return `!default of a numeric column must be a number`;
    case 'json':
      return `${quoteLiteral(JSON.stringify(value))}::${type.sql}`;
    default:
      return typeof value === 'string' ? quoteLiteral(value) : `!default of a ${type.sql} column must be a string`;
  }
}
