import type { Column, Table } from '../../model/model.js';
import { SCALAR_TYPES } from '../../model/pg-types.js';
import type { SqlExpr } from '../../sql/sql-expression-ast.js';
import { parseSqlExpression } from '../../sql/sql-expression-parser.js';
import { pgRegexToJs } from './pg-regex.js';

/**
 * A CHECK condition on one column that the validators enforce (packages/db/src/validators.ts
 * has a helper for each kind). The runtime applies it to the value as the column stores it
 * (char(n) padded, numeric(p,s) rounded …), as PostgreSQL does.
 */
export type CheckRule =
  /** `col ~ 'pattern'`; `pattern` is JavaScript source for the `u` flag. */
  | { readonly kind: 'matches'; readonly pattern: string }
  /** `length(col)` between bounds, in characters (code points). */
  | { readonly kind: 'chars'; readonly min: number | null; readonly max: number | null }
  /** `col <op> number`, compared exactly (`bound` is the literal's decimal text). */
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly bound: string }
  /** `col <> 'text'`. */
  | { readonly kind: 'notEqual'; readonly text: string };

export type CompareOp = '<' | '<=' | '>' | '>=' | '<>';

const COMPARE_OPS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '<>']);
const FLIPPED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '<>': '<>' };
const LENGTH_FUNCTIONS: ReadonlySet<string> = new Set(['length', 'char_length', 'character_length']);

/**
 * The rules a column's input validator enforces from the table's CHECKs. A check is read as a
 * conjunction (`a AND b AND …`, BETWEEN included), and each conjunct that is one of the simple
 * forms on this column alone becomes a rule: enforcing a conjunct only rejects what the
 * database would reject too. `col IS NULL OR <conjunct>` counts as the conjunct, as a null value
 * skips the rules anyway (the validator's `.nullable()` wraps them). Everything else (OR,
 * other columns, other functions) stays the database's to check.
 */
export function columnCheckRules(table: Table, column: Column): CheckRule[] {
  if (column.type.isArray || column.type.kind !== 'scalar') return [];
  let byColumn = cache.get(table);
  if (!byColumn) {
    byColumn = tableCheckRules(table);
    cache.set(table, byColumn);
  }
  return byColumn.get(column.name) ?? [];
}

// Tables are immutable model objects; each is read once however many of its columns ask.
const cache = new WeakMap<Table, ReadonlyMap<string, CheckRule[]>>();

interface ColumnRule {
  readonly column: string;
  readonly rule: CheckRule;
}

function tableCheckRules(table: Table): Map<string, CheckRule[]> {
  const columns = new Map(table.columns.map((c) => [c.name, c]));
  const found: ColumnRule[] = [];
  for (const check of table.checks) {
    const expr = parseSqlExpression(check.expression);
    if (expr) found.push(...conjunctRules(expr, columns));
  }
  const rules = new Map<string, CheckRule[]>();
  for (const { column, rule } of found) {
    const list = rules.get(column) ?? [];
    rules.set(column, list);
    const chars = list.find((r) => r.kind === 'chars');
    if (rule.kind === 'chars' && chars?.kind === 'chars') {
      // length() bounds from several checks merge into one.
      list[list.indexOf(chars)] = {
        kind: 'chars',
        min: tighter(chars.min, rule.min, Math.max),
        max: tighter(chars.max, rule.max, Math.min),
      };
    } else if (!list.some((r) => JSON.stringify(r) === JSON.stringify(rule))) {
      list.push(rule);
    }
  }
  return rules;
}

function tighter(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  return a === null ? b : b === null ? a : pick(a, b);
}

function conjunctRules(expr: SqlExpr, columns: ReadonlyMap<string, Column>): ColumnRule[] {
  if (expr.kind === 'bool' && expr.op === 'and') return expr.args.flatMap((a) => conjunctRules(a, columns));
  if (expr.kind === 'bool' && expr.op === 'or') {
    const isNull = expr.args.filter((a) => a.kind === 'is' && a.test === 'null');
    const rest = expr.args.filter((a) => !isNull.includes(a));
    const [only] = rest;
    if (isNull.length !== 1 || rest.length !== 1 || !only) return [];
    const nullColumn = isNull[0]?.kind === 'is' ? columnName(isNull[0].arg) : null;
    return conjunctRules(only, columns).filter((r) => r.column === nullColumn);
  }
  const rule = simpleRule(expr, columns);
  return rule ? [rule] : [];
}

/** One of the simple forms: a pattern match, a length bound, a comparison with a literal. */
function simpleRule(expr: SqlExpr, columns: ReadonlyMap<string, Column>): ColumnRule | null {
  if (expr.kind !== 'binary') return null;
  if (expr.op === '~' || expr.op === '~*') return patternRule(expr.left, expr.right, expr.op === '~*', columns);
  if (!COMPARE_OPS.has(expr.op) && expr.op !== '=') return null;
  // Written either way round: `length(x) <= 10` or `10 >= length(x)`.
  const literalLeft = literal(expr.left) !== null;
  const [subject, value] = literalLeft ? [expr.right, expr.left] : [expr.left, expr.right];
  const op = literalLeft ? (FLIPPED[expr.op] ?? expr.op) : expr.op;
  if (subject.kind === 'call' && LENGTH_FUNCTIONS.has(subject.name) && subject.args.length === 1)
    return lengthRule(subject.args[0] as SqlExpr, op, value, columns);
  return valueRule(subject, op, value, columns);
}

function patternRule(
  subject: SqlExpr,
  pattern: SqlExpr,
  caseInsensitive: boolean,
  columns: ReadonlyMap<string, Column>,
): ColumnRule | null {
  const target = textSubject(subject, columns);
  const text = literal(pattern);
  if (!target || text?.type !== 'string') return null;
  // citext's `~` is case-insensitive (texticregexeq), unless the column is cast to text first.
  const source = pgRegexToJs(text.value, caseInsensitive || (target.type === 'citext' && !target.cast));
  return source === null ? null : { column: target.column, rule: { kind: 'matches', pattern: source } };
}

function lengthRule(arg: SqlExpr, op: string, value: SqlExpr, columns: ReadonlyMap<string, Column>): ColumnRule | null {
  const target = textSubject(arg, columns);
  const bound = literal(value);
  // length(char(n)) does not count trailing spaces; left to the database.
  if (!target || target.type === 'char' || bound?.type !== 'number' || !/^-?\d+$/.test(bound.value)) return null;
  const n = Number(bound.value);
  if (!Number.isSafeInteger(n)) return null;
  const range: Record<string, [number | null, number | null]> = {
    '<=': [null, n],
    '<': [null, n - 1],
    '>=': [n, null],
    '>': [n + 1, null],
    '=': [n, n],
  };
  const [min, max] = range[op] ?? [];
  if (min === undefined || max === undefined) return null;
  return { column: target.column, rule: { kind: 'chars', min, max } };
}

function valueRule(subject: SqlExpr, op: string, value: SqlExpr, columns: ReadonlyMap<string, Column>): ColumnRule | null {
  const name = columnName(subject);
  const column = name === null ? undefined : columns.get(name);
  const bound = literal(value);
  if (!column || !bound || !COMPARE_OPS.has(op)) return null;
  const scalar = SCALAR_TYPES[column.type.name];
  if (bound.type === 'number' && (scalar?.category === 'integer' || scalar?.category === 'decimal' || scalar?.category === 'float')) {
    // A float column compares in float8: exact only for a literal that is its own shortest
    // round-trip spelling (the validator compares the value's shortest spelling with it).
    if (scalar.category === 'float' && String(Number(bound.value)) !== bound.value) return null;
    return { column: column.name, rule: { kind: 'compare', op: op as CompareOp, bound: bound.value } };
  }
  // char(n) compares ignoring trailing spaces, citext ignoring case: left to the database.
  if (bound.type === 'string' && op === '<>' && (column.type.name === 'text' || column.type.name === 'varchar'))
    return { column: column.name, rule: { kind: 'notEqual', text: bound.value } };
  return null;
}

interface TextSubject {
  readonly column: string;
  readonly type: string;
  readonly cast: boolean;
}

/** A text column, or a text or varchar column cast to text (how the catalog prints `varchar ~ text`). */
function textSubject(expr: SqlExpr, columns: ReadonlyMap<string, Column>): TextSubject | null {
  const cast = expr.kind === 'cast' && expr.type === 'text';
  const name = columnName(cast && expr.kind === 'cast' ? expr.arg : expr);
  const column = name === null ? undefined : columns.get(name);
  if (!column || SCALAR_TYPES[column.type.name]?.category !== 'text') return null;
  if (cast && column.type.name !== 'text' && column.type.name !== 'varchar') return null;
  return { column: column.name, type: column.type.name, cast };
}

function columnName(expr: SqlExpr): string | null {
  return expr.kind === 'column' && expr.path.length === 1 ? (expr.path[0] ?? null) : null;
}

/** A string or number literal (`-5` and `'x'::text` included), or null. */
function literal(expr: SqlExpr): { type: 'string' | 'number'; value: string } | null {
  if (expr.kind === 'literal' && (expr.type === 'string' || expr.type === 'number')) return { type: expr.type, value: expr.value };
  if (expr.kind === 'unary' && expr.op === '-' && expr.arg.kind === 'literal' && expr.arg.type === 'number')
    return { type: 'number', value: `-${expr.arg.value}` };
  if (expr.kind === 'cast' && expr.type === 'text' && expr.arg.kind === 'literal' && expr.arg.type === 'string')
    return { type: 'string', value: expr.arg.value };
  return null;
}
