import { describe, expect, it } from 'vitest';
import type { ColumnType, EnumType } from '../../model/model.js';
import { classifyTypeChange, usingCast } from './type-change.js';

const scalar = (name: string, sql = name, more: Partial<ColumnType> = {}): ColumnType => ({
  kind: 'scalar',
  name,
  length: null,
  precision: null,
  scale: null,
  isArray: false,
  sql,
  ...more,
});
const varchar = (n: number | null) => scalar('varchar', n === null ? 'varchar' : `varchar(${n})`, { length: n });
const numeric = (p: number | null, s: number | null) =>
  scalar('numeric', p === null ? 'numeric' : `numeric(${p},${s ?? 0})`, { precision: p, scale: s });
const enumType = (name: string): ColumnType => ({ ...scalar(name), kind: 'enum' });
const enums = (values: Record<string, string[]>): EnumType[] =>
  Object.entries(values).map(([name, v]) => ({ name, module: 'x', description: null, values: v, location: null }));

describe('classifyTypeChange', () => {
  const none = { before: [], after: [] };
  it.each([
    ['varchar(40) → varchar(80)', varchar(40), varchar(80), { narrowing: false, rewrite: false }],
    ['varchar(80) → varchar(40)', varchar(80), varchar(40), { narrowing: true, rewrite: true }],
    ['varchar(40) → text', varchar(40), scalar('text'), { narrowing: false, rewrite: false }],
    ['text → varchar(40)', scalar('text'), varchar(40), { narrowing: true, rewrite: true }],
    ['integer → bigint', scalar('integer'), scalar('bigint'), { narrowing: false, rewrite: true }],
    ['bigint → integer', scalar('bigint'), scalar('integer'), { narrowing: true, rewrite: true }],
    ['integer → numeric(12,2)', scalar('integer'), numeric(12, 2), { narrowing: false, rewrite: true }],
    ['bigint → numeric(12,2)', scalar('bigint'), numeric(12, 2), { narrowing: true, rewrite: true }],
    ['numeric(10,2) → numeric(12,2)', numeric(10, 2), numeric(12, 2), { narrowing: false, rewrite: false }],
    ['numeric(10,2) → numeric(10,3)', numeric(10, 2), numeric(10, 3), { narrowing: true, rewrite: true }],
    ['numeric(10,2) → numeric', numeric(10, 2), numeric(null, null), { narrowing: false, rewrite: true }],
    ['real → double precision', scalar('real'), scalar('double precision'), { narrowing: false, rewrite: true }],
    ['timestamptz → date', scalar('timestamptz'), scalar('date'), { narrowing: true, rewrite: true }],
    ['json → jsonb', scalar('json'), scalar('jsonb'), { narrowing: false, rewrite: true }],
    ['text → text[]', scalar('text'), scalar('text', 'text[]', { isArray: true }), { narrowing: true, rewrite: true }],
    ['text → integer', scalar('text'), scalar('integer'), { narrowing: true, rewrite: true }],
  ])('%s', (_, from, to, expected) => {
    expect(classifyTypeChange(from, to, none)).toEqual(expected);
  });

  it('an enum widens into an enum with all its values, or into text', () => {
    const e = { before: enums({ a: ['x', 'y'] }), after: enums({ b: ['x', 'y', 'z'], c: ['x'] }) };
    expect(classifyTypeChange(enumType('a'), enumType('b'), e).narrowing).toBe(false);
    expect(classifyTypeChange(enumType('a'), enumType('c'), e).narrowing).toBe(true);
    expect(classifyTypeChange(enumType('a'), scalar('text'), e).narrowing).toBe(false);
    expect(classifyTypeChange(scalar('text'), enumType('b'), e).narrowing).toBe(true);
  });

  it('casts through text to and from enums', () => {
    expect(usingCast('c', scalar('integer'), scalar('bigint'))).toBe('c::bigint');
    expect(usingCast('c', scalar('text'), enumType('mood'))).toBe('c::text::mood');
    expect(usingCast('c', { ...enumType('mood'), isArray: true }, { ...enumType('mood2'), isArray: true, sql: 'mood2[]' })).toBe(
      'c::text[]::mood2[]',
    );
  });
});
