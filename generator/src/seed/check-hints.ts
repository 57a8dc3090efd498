import type { Expr } from './check-expression.js';

/** What the checks say a column's text must look like. */
export interface Hints {
  /** `col ~ 'pattern'`: the column must match. */
  readonly patterns: ReadonlyMap<string, readonly string[]>;
  /** `col !~ 'pattern'`: the column must not contain a match. */
  readonly forbidden: ReadonlyMap<string, readonly string[]>;
  /** `col = lower(col)`. */
  readonly lower: ReadonlySet<string>;
}

const push = (map: Map<string, string[]>, key: string, value: string) => (map.get(key) ?? map.set(key, []).get(key))?.push(value);

/**
 * Formats the checks pin down, alone, under AND, or after `col IS NULL OR`: values are made to
 * fit them from the start instead of being redrawn until a random one does.
 */
export function collectHints(checks: readonly Expr[]): Hints {
  const patterns = new Map<string, string[]>();
  const forbidden = new Map<string, string[]>();
  const lower = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.k !== 'bin') return;
    if (e.op === 'and') {
      visit(e.l);
      visit(e.r);
    } else if (e.op === 'or') {
      if (e.l.k === 'isnull' && !e.l.not) visit(e.r);
    } else if ((e.op === '~' || e.op === '!~') && e.l.k === 'col' && e.r.k === 'lit' && typeof e.r.v === 'string') {
      push(e.op === '~' ? patterns : forbidden, e.l.name, e.r.v);
    } else if (e.op === '=' && e.l.k === 'col' && e.r.k === 'call' && e.r.name === 'lower') {
      lower.add(e.l.name);
    }
  };
  for (const e of checks) visit(e);
  return { patterns, forbidden, lower };
}
