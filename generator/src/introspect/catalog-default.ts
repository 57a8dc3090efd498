import type { ColumnDefault, ColumnType, JsonValue } from '../model/model.js';
import { resolveDefault } from '../model/column-default.js';
import { SCALAR_TYPES } from '../model/pg-types.js';
import { sameSql } from '../sql/canonical-sql.js';
import type { SqlExpr } from '../sql/sql-expression-ast.js';
import { parseSqlExpression } from '../sql/sql-expression-parser.js';
import { singleLineSql } from '../sql/sql-text.js';
import { parseArrayLiteral } from './array-literal.js';

const NOT_LITERAL = Symbol('not a literal');
type Value = JsonValue | typeof NOT_LITERAL;

/**
 * Maps a default as the catalog prints it back to the form the spec gives it. PostgreSQL
 * stores `default: pending` as `'pending'::profile_status` and `default: []` as `'{}'::text[]`:
 * such constants become the literal the spec would write (built by the spec's own
 * resolveDefault, so the model is identical); CURRENT_DATE and the like stay keywords; anything
 * else is kept as the expression it is.
 */
export function catalogDefault(sql: string, type: ColumnType, enumValues: readonly string[] | undefined): ColumnDefault {
  const text = singleLineSql(sql);
  const expr = parseSqlExpression(text);
  if (expr) {
    const value = literalValue(expr, type);
    if (value !== NOT_LITERAL) {
      const resolved = resolveDefault(value, undefined, type, enumValues);
      const category = type.kind === 'scalar' ? SCALAR_TYPES[type.name]?.category : undefined;
      // The literal must say exactly what the catalog says; jsonb is compared as a value because
      // PostgreSQL re-spaces it, numbers were built from the catalog's own digits.
      const faithful =
        resolved !== null &&
        typeof resolved !== 'string' &&
        resolved.kind === 'literal' &&
        ((category === 'json' && type.name === 'jsonb') ||
          ((category === 'integer' || category === 'decimal' || category === 'float') && !type.isArray) ||
          sameSql(resolved.sql, text));
      if (faithful) return resolved;
    }
    if (expr.kind === 'keyword') return { kind: 'expression', sql: expr.name.toUpperCase() };
  }
  return { kind: 'expression', sql: text };
}

function stripCasts(e: SqlExpr): SqlExpr {
  return e.kind === 'cast' ? stripCasts(e.arg) : e;
}

function literalValue(expr: SqlExpr, type: ColumnType): Value {
  const e = stripCasts(expr);
  const elementType = { ...type, isArray: false };
  if (type.isArray) {
    if (e.kind === 'literal' && e.type === 'string') {
      const elements = parseArrayLiteral(e.value);
      if (!elements) return NOT_LITERAL;
      return collect(
        elements.map((element) =>
          element === null ? null : scalarValue({ kind: 'literal', type: 'string', value: element }, elementType),
        ),
      );
    }
    if (e.kind === 'array') return collect(e.elements.map((element) => scalarValue(stripCasts(element), elementType)));
    return NOT_LITERAL;
  }
  return scalarValue(e, type);
}

function collect(values: readonly Value[]): Value {
  return values.some((v) => v === NOT_LITERAL) ? NOT_LITERAL : (values as JsonValue[]);
}

function scalarValue(e: SqlExpr, type: ColumnType): Value {
  let text: string;
  let quoted: boolean;
  if (e.kind === 'literal') {
    if (e.type === 'null') return null;
    text = e.value;
    quoted = e.type === 'string';
  } else if (e.kind === 'unary' && e.op === '-' && e.arg.kind === 'literal' && e.arg.type === 'number') {
    text = `-${e.arg.value}`;
    quoted = false;
  } else {
    return NOT_LITERAL;
  }
  if (type.kind === 'enum') return quoted ? text : NOT_LITERAL;
  switch (SCALAR_TYPES[type.name]?.category) {
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : NOT_LITERAL;
    case 'integer': {
      const n = Number(text);
      return /^-?\d+$/.test(text) && Number.isSafeInteger(n) ? n : NOT_LITERAL;
    }
    case 'decimal':
    case 'float': {
      if (!/^-?\d+(\.\d+)?$/.test(text)) return NOT_LITERAL;
      // 12.50 stays the string '12.50': as a number it would print as 12.5.
      return String(Number(text)) === text ? Number(text) : text;
    }
    case 'json':
      try {
        return quoted ? (JSON.parse(text) as JsonValue) : NOT_LITERAL;
      } catch {
        return NOT_LITERAL;
      }
    default:
      return quoted ? text : NOT_LITERAL;
  }
}
