import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { REPO_SPEC } from '../test-support/paths.js';
import { evaluate, Json, passes, Unsupported, type Value } from './check-eval.js';
import { columnsOf, parseExpression, ParseError } from './check-expression.js';

const run = (source: string, row: Record<string, Value> = {}): Value =>
  evaluate(parseExpression(source), (name) => {
    if (!(name in row)) throw new Unsupported(name);
    return row[name] as Value;
  });

describe('check expressions', () => {
  it('every CHECK in the PoultryCo spec parses', () => {
    const model = loadModelOrThrow(REPO_SPEC);
    const checks = model.tables.flatMap((t) => t.checks.map((c) => c.expression));
    expect(checks.length).toBeGreaterThan(1000);
    const unparsed = checks.filter((c) => {
      try {
        parseExpression(c);
        return false;
      } catch {
        return true;
      }
    });
    expect(unparsed).toEqual([]);
  });

  it.each<[string, Record<string, Value>, Value]>([
    ['a + b * 2 = 7', { a: 1, b: 3 }, true],
    ['NOT a AND b OR c', { a: true, b: true, c: false }, false],
    ['a IS NULL OR a >= 0', { a: null }, true],
    ["status IN ('open', 'under_review') OR reviewed_at IS NOT NULL", { status: 'closed', reviewed_at: null }, false],
    ["status NOT IN ('approved', 'rejected') OR reviewed_at IS NOT NULL", { status: 'pending', reviewed_at: null }, true],
    ['length(btrim(title)) > 0', { title: '   ' }, false],
    ["position('@' in email) > 1", { email: 'ravi@example.in' }, true],
    ['num_nonnulls(a, b) = 1', { a: null, b: 'x' }, true],
    ['cardinality(tags) > 0', { tags: [] }, false],
    ['array_length(v, 1) = n', { v: [1, 2, 3], n: 3 }, true],
    ["state_code ~ '^[A-Z]{2}$'", { state_code: 'TN' }, true],
    ["tag !~ '[#[:space:]]'", { tag: 'egg prices' }, false],
    ['weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]', { weekdays: [1, 7] }, true],
    ['extract(isodow FROM d) = 1', { d: new Date('2025-03-03T00:00:00Z') }, true],
    ["period_start = date_trunc('month', period_start)::date", { period_start: new Date('2025-03-01T00:00:00Z') }, true],
    ["(scope = 'profile_type') = (profile_type IS NOT NULL)", { scope: 'global', profile_type: null }, true],
    ["jsonb_typeof(v) = CASE k WHEN 'string' THEN 'string' ELSE jsonb_typeof(v) END", { v: new Json({ a: 1 }), k: 'string' }, false],
    ['total = subtotal - discount + tax', { total: 110.3, subtotal: 100.1, discount: 0, tax: 10.2 }, true],
    ['a BETWEEN 1 AND 5', { a: 5 }, true],
    ["name LIKE 'Nam%'", { name: 'Namakkal' }, true],
    ['a IS DISTINCT FROM b', { a: null, b: null }, false],
  ])('%s', (source, row, expected) => {
    expect(run(source, row)).toEqual(expected);
  });

  it('follows SQL three-valued logic: a CHECK passes on NULL', () => {
    expect(run('a > 0', { a: null })).toBeNull();
    expect(passes(parseExpression('a > 0'), () => null)).toBe(true);
    expect(run('a > 0 OR b', { a: null, b: true })).toBe(true);
    expect(run('a > 0 AND b', { a: null, b: false })).toBe(false);
  });

  it('reports the columns an expression reads, and what it cannot evaluate', () => {
    expect([...columnsOf(parseExpression('coalesce(a, b) > c AND d IS NULL'))].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(() => run('now() > a', { a: 1 })).toThrow(Unsupported);
    expect(() => run('a = ANY (b)', { a: 1, b: [1] })).toThrow(Unsupported);
    expect(() => parseExpression("a @@ to_tsquery('x')")).toThrow(ParseError);
  });
});
