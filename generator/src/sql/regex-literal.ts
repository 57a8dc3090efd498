import type { SqlExpr } from './sql-expression-ast.js';
import { parseSqlExpression } from './sql-expression-parser.js';

const REGEX_OPERATORS = new Set(['~', '~*', '!~', '!~*']);
/** PostgreSQL's largest repetition bound (RE_DUPMAX): `{2,256}` is an error, raised only when a row is checked. */
const MAX_BOUND = 255;

/**
 * Problems with the regular-expression literals an expression matches against. PostgreSQL
 * compiles such a pattern only when the expression first runs, so a bad one is accepted by
 * CREATE TABLE and then fails every insert; the spec reports it instead. Returns null when
 * there is nothing to report (or the expression is not one the parser reads).
 */
export function regexLiteralProblem(expression: string): string | null {
  // Only a bound of three digits can be too large: most expressions are never parsed here.
  if (!/\{\d*,?\d{3}/.test(expression)) return null;
  const tree = parseSqlExpression(expression);
  if (!tree) return null;
  for (const pattern of regexLiterals(tree)) {
    for (const bound of pattern.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
      const numbers = [bound[1], bound[2]].filter((n): n is string => n !== undefined && n !== '').map(Number);
      if (numbers.some((n) => n > MAX_BOUND))
        return `regular expression '${pattern}': repetition bound ${bound[0]} exceeds PostgreSQL's limit of ${MAX_BOUND}`;
    }
  }
  return null;
}

function* regexLiterals(expr: SqlExpr): Generator<string> {
  if (expr.kind === 'binary' && REGEX_OPERATORS.has(expr.op) && expr.right.kind === 'literal' && expr.right.type === 'string')
    yield expr.right.value;
  for (const child of children(expr)) yield* regexLiterals(child);
}

function children(expr: SqlExpr): readonly SqlExpr[] {
  switch (expr.kind) {
    case 'call':
      return expr.args;
    case 'cast':
    case 'unary':
    case 'not':
    case 'is':
    case 'collate':
      return [expr.arg];
    case 'binary':
    case 'distinct':
    case 'quantified':
      return [expr.left, expr.right];
    case 'bool':
      return expr.args;
    case 'array':
      return expr.elements;
    case 'subscript':
      return [expr.arg, expr.index];
    case 'case':
      return [
        ...(expr.subject ? [expr.subject] : []),
        ...expr.whens.flatMap((w) => [w.when, w.then]),
        ...(expr.otherwise ? [expr.otherwise] : []),
      ];
    default:
      return [];
  }
}
