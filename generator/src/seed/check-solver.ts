import { compare, evaluate, Unsupported, type Value } from './check-eval.js';
import { columnsOf, type Expr } from './check-expression.js';

/** What the solver may do to the row it is fixing. */
export interface RowEditor {
  /** The check (part) holds, or cannot be evaluated here. */
  holds(e: Expr): boolean;
  read(column: string): Value;
  /** Writes an evaluated value into a column; false when the column cannot take it (a foreign key, a type mismatch). */
  set(column: string, value: Value): boolean;
  /** Empties a nullable column (or the nullable columns of its foreign key); false when it is NOT NULL. */
  clear(column: string): boolean;
  /** Gives an empty column a value (or its foreign key a parent). */
  fill(column: string): void;
  redraw(columns: Iterable<string>): void;
  snapshot(): unknown;
  restore(snapshot: unknown): void;
  pick(n: number): number;
}

const flatten = (e: Expr, op: 'and' | 'or', into: Expr[] = []): Expr[] => {
  if (e.k === 'bin' && e.op === op) {
    flatten(e.l, op, into);
    flatten(e.r, op, into);
  } else into.push(e);
  return into;
};

const ORDERING = new Set(['<', '<=', '>', '>=']);

/**
 * Tries to make a failing check hold by changing the row, the way a person filling a form would:
 * one branch of an OR made true, an equation (`total = subtotal + tax`) solved for its lone
 * column, chained comparisons (`a <= b AND b <= c`) met by sorting the values, `x IS NULL` /
 * `IS NOT NULL`, `x IN (…)`, `extract(day FROM d) = 1`, `num_nonnulls(…) = 0`. Anything else is
 * redrawn at random; the caller re-checks and tries again.
 */
export function satisfy(e: Expr, row: RowEditor): void {
  if (e.k === 'bin' && e.op === 'or') {
    const branches = flatten(e, 'or');
    const start = row.pick(branches.length);
    for (let i = 0; i < branches.length; i++) {
      const branch = branches[(start + i) % branches.length] as Expr;
      const before = row.snapshot();
      satisfy(branch, row);
      if (row.holds(branch)) return;
      row.restore(before);
    }
    row.redraw(columnsOf(e));
    return;
  }
  if (e.k === 'bin' && e.op === 'and') {
    const parts = flatten(e, 'and');
    for (const p of parts) if (!row.holds(p)) satisfy(p, row);
    order(parts, row);
    // Equations read the columns the ordering just settled.
    for (const p of parts) if (!row.holds(p)) assign(p, row);
    return;
  }
  if (!assign(e, row)) row.redraw(columnsOf(e));
}

/** One condition made true directly; false when it is not of a form handled here. */
function assign(e: Expr, row: RowEditor): boolean {
  switch (e.k) {
    case 'isnull':
      if (e.e.k !== 'col') return false;
      if (e.not) row.fill(e.e.name);
      else return row.clear(e.e.name);
      return true;
    case 'in': {
      if (e.not || e.e.k !== 'col') return false;
      const lit = e.list[row.pick(e.list.length)];
      return lit?.k === 'lit' && row.set(e.e.name, lit.v);
    }
    case 'not':
      if (e.e.k === 'in' && e.e.e.k === 'col') return (row.redraw([e.e.e.name]), true);
      return false;
    case 'bin':
      break;
    default:
      return false;
  }
  if (e.op === '=') {
    for (const [target, source] of [
      [e.l, e.r],
      [e.r, e.l],
    ] as const) {
      if (target.k === 'col') {
        try {
          if (
            row.set(
              target.name,
              evaluate(source, (c) => row.read(c)),
            )
          )
            return true;
        } catch (error) {
          if (!(error instanceof Unsupported)) throw error;
        }
      }
      if (target.k === 'call' && source.k === 'lit' && typeof source.v === 'number') {
        if (target.name === 'extract' && datePart(target, source.v, row)) return true;
        if (target.name === 'num_nonnulls' && source.v === 0) return target.args.every((a) => a.k === 'col' && row.clear(a.name));
      }
    }
    return false;
  }
  if (ORDERING.has(e.op) && e.l.k === 'col' && e.r.k === 'col') return (order([e], row), true);
  // `a <> b`: draw b again (both at once would come from one setting, and could agree again).
  if (e.op === '<>' && e.r.k === 'col') return (row.redraw([e.r.name]), true);
  return false;
}

/** `extract(day FROM d) = 1`, `extract(isodow FROM d) = 1`: moves the date to the nearest such day before it. */
function datePart(call: Extract<Expr, { k: 'call' }>, want: number, row: RowEditor): boolean {
  const [field, target] = call.args;
  if (field?.k !== 'lit' || target?.k !== 'col') return false;
  const value = row.read(target.name);
  if (!(value instanceof Date)) return false;
  const d = new Date(value.getTime());
  if (field.v === 'day') d.setUTCDate(want);
  else if (field.v === 'isodow' || field.v === 'dow') {
    const now = field.v === 'isodow' ? d.getUTCDay() || 7 : d.getUTCDay();
    d.setUTCDate(d.getUTCDate() - ((now - want + 7) % 7));
  } else if (field.v === 'month') d.setUTCMonth(want - 1);
  else return false;
  return row.set(target.name, d);
}

/**
 * Column-to-column comparisons under one AND, met together: the columns' current values are
 * sorted and dealt back in an order that respects every `a <= b` (a topological order of them).
 */
function order(parts: readonly Expr[], row: RowEditor): void {
  const edges: [string, string][] = [];
  for (const p of parts) {
    if (p.k !== 'bin' || !ORDERING.has(p.op) || p.l.k !== 'col' || p.r.k !== 'col') continue;
    edges.push(p.op === '<' || p.op === '<=' ? [p.l.name, p.r.name] : [p.r.name, p.l.name]);
  }
  if (edges.length === 0) return;
  const columns = [...new Set(edges.flat())];
  const values = columns.map((c) => row.read(c)).filter((v): v is Exclude<Value, null> => v !== null);
  if (values.length !== columns.length) return;
  let sorted: Value[];
  try {
    sorted = [...values].sort(compare);
  } catch (error) {
    if (error instanceof Unsupported) return;
    throw error;
  }
  const ranked: string[] = [];
  const placed = new Set<string>();
  while (ranked.length < columns.length) {
    const next = columns.find((c) => !placed.has(c) && edges.every(([a, b]) => b !== c || placed.has(a)));
    if (!next) return; // a cycle: a <= b <= a
    ranked.push(next);
    placed.add(next);
  }
  ranked.forEach((c, i) => row.set(c, sorted[i] as Value));
}
