import { SCALAR_TYPES, scalarKey } from '../model/pg-types.js';
import type { SqlExpr } from './sql-expression-ast.js';
import { parseSqlExpression } from './sql-expression-parser.js';
import { singleLineSql } from './sql-text.js';

const NUMERIC_TYPES = new Set(
  Object.entries(SCALAR_TYPES)
    .filter(([, t]) => ['integer', 'decimal', 'float'].includes(t.category))
    .map(([key]) => key),
);

/**
 * A canonical form of a SQL expression, for deciding whether two spellings mean the same:
 * the spec's `status IN ('a', 'b')` and the catalog's
 * `status = ANY (ARRAY['a'::soc_status, 'b'::soc_status])` have the same canonical form.
 *
 * PostgreSQL stores expressions parsed and prints them back its own way: parentheses around
 * every operation, casts on every literal, IN/BETWEEN/LIKE rewritten. The canonical form is
 * the parse tree with those differences removed: casts of constants are dropped (the column
 * type decides them), grouping comes from the tree, not from parentheses. What does not parse
 * is compared as text (whitespace and case outside quotes normalised).
 */
export function canonicalSql(sql: string): string {
  const expr = parseSqlExpression(sql);
  return expr ? print(normalize(expr)) : `text:${fallbackText(sql)}`;
}

/** Whether two expressions are the same once both are in canonical form. */
export function sameSql(a: string, b: string): boolean {
  return a === b || canonicalSql(a) === canonicalSql(b);
}

/** Drops casts of constants, folds signs into numbers and unwraps one-element AND/OR. */
function normalize(e: SqlExpr): SqlExpr {
  switch (e.kind) {
    case 'cast': {
      const arg = normalize(e.arg);
      const base = e.type.replace(/\(.*$|\[\]/g, '');
      if (isConstant(arg)) {
        if (arg.kind === 'literal' && arg.type === 'string' && NUMERIC_TYPES.has(scalarKey(base) ?? '') && isNumberText(arg.value))
          return { kind: 'literal', type: 'number', value: normalizeNumber(arg.value) };
        return arg;
      }
      // PostgreSQL prints the implicit coercions it inserted as casts (`nickname::text` for a
      // varchar passed to lower(), `coalesce(a, '')::text` before ||): casts to built-in types
      // are dropped. The price: an explicit cast to a built-in type is not seen either.
      return scalarKey(base) !== undefined ? arg : { ...e, arg };
    }
    case 'unary': {
      const arg = normalize(e.arg);
      if (e.op === '-' && arg.kind === 'literal' && arg.type === 'number')
        return {
          kind: 'literal',
          type: 'number',
          value: normalizeNumber(arg.value.startsWith('-') ? arg.value.slice(1) : `-${arg.value}`),
        };
      return { ...e, arg };
    }
    case 'literal':
      return e.type === 'number' ? { ...e, value: normalizeNumber(e.value) } : e;
    case 'call':
      return { ...e, args: e.args.map(normalize) };
    case 'binary':
      return { ...e, left: normalize(e.left), right: normalize(e.right) };
    case 'bool': {
      const args = e.args.map(normalize).flatMap((a) => (a.kind === 'bool' && a.op === e.op ? a.args : [a]));
      return args.length === 1 && args[0] ? args[0] : { ...e, args };
    }
    case 'not':
      return { ...e, arg: normalize(e.arg) };
    case 'is':
      return { ...e, arg: normalize(e.arg) };
    case 'distinct':
      return { ...e, left: normalize(e.left), right: normalize(e.right) };
    case 'quantified':
      return { ...e, left: normalize(e.left), right: normalize(e.right) };
    case 'array':
      return { ...e, elements: e.elements.map(normalize) };
    case 'case':
      return {
        ...e,
        subject: e.subject && normalize(e.subject),
        whens: e.whens.map((w) => ({ when: normalize(w.when), then: normalize(w.then) })),
        otherwise: e.otherwise && normalize(e.otherwise),
      };
    case 'subscript':
      return { ...e, arg: normalize(e.arg), index: normalize(e.index) };
    case 'collate':
      return { ...e, arg: normalize(e.arg) };
    default:
      return e;
  }
}

function isConstant(e: SqlExpr): boolean {
  if (e.kind === 'literal') return true;
  if (e.kind === 'array') return e.elements.every(isConstant);
  return false;
}

function isNumberText(text: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim());
}

function normalizeNumber(text: string): string {
  let t = text.trim().replace(/^\+/, '');
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  t = t.replace(/^0+(?=\d)/, '');
  if (t.startsWith('.')) t = `0${t}`;
  return negative && !/^0(\.0*)?$/.test(t) ? `-${t}` : t;
}

function print(e: SqlExpr): string {
  switch (e.kind) {
    case 'literal':
      return e.type === 'string' ? `'${e.value.replace(/'/g, "''")}'` : e.value;
    case 'column':
      return e.path.join('.');
    case 'keyword':
      return e.name;
    case 'call':
      return `${e.name}(${e.args.map(print).join(', ')})`;
    case 'cast':
      return `cast(${print(e.arg)} as ${e.type})`;
    case 'unary':
      return `(${e.op} ${print(e.arg)})`;
    case 'binary':
      return `(${print(e.left)} ${e.op} ${print(e.right)})`;
    case 'bool':
      return `(${e.args.map(print).join(` ${e.op} `)})`;
    case 'not':
      return `(not ${print(e.arg)})`;
    case 'is':
      return `(${print(e.arg)} is ${e.test})`;
    case 'distinct':
      return `(${print(e.left)} is ${e.not ? 'not ' : ''}distinct from ${print(e.right)})`;
    case 'quantified':
      return `(${print(e.left)} ${e.op} ${e.quantifier}(${print(e.right)}))`;
    case 'array':
      return `array[${e.elements.map(print).join(', ')}]`;
    case 'case':
      return `case${e.subject ? ` ${print(e.subject)}` : ''}${e.whens.map((w) => ` when ${print(w.when)} then ${print(w.then)}`).join('')}${e.otherwise ? ` else ${print(e.otherwise)}` : ''} end`;
    case 'subscript':
      return `${print(e.arg)}[${print(e.index)}]`;
    case 'collate':
      return `(${print(e.arg)} collate ${e.collation})`;
  }
}

function fallbackText(sql: string): string {
  let out = '';
  let quote: string | null = null;
  for (const ch of singleLineSql(sql)) {
    if (quote) {
      out += ch;
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch !== ' ') {
      out += ch.toLowerCase();
    }
  }
  return out;
}
