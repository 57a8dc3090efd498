import { describe, expect, it } from 'vitest';
import { parseColumns, pointAt } from './column-syntax.js';

describe('parseColumns', () => {
  it('reads the example of the issue', () => {
    const text = 'post_id:uuid->soc_posts, question:text, closes_at:timestamptz?, is_anonymous:boolean=false';
    const { columns, issues } = parseColumns(text);
    expect(issues).toEqual([]);
    expect(columns.map((c) => [c.name, c.type, c.nullable, c.default, c.references])).toEqual([
      ['post_id', { kind: 'named', text: 'uuid' }, false, null, { table: 'soc_posts', column: null }],
      ['question', { kind: 'named', text: 'text' }, false, null, null],
      ['closes_at', { kind: 'named', text: 'timestamptz' }, true, null, null],
      ['is_anonymous', { kind: 'named', text: 'boolean' }, false, { text: 'false', quoted: false }, null],
    ]);
    const [post] = columns;
    expect(post?.spans).toEqual({
      column: { start: 0, end: 23 },
      name: { start: 0, end: 7 },
      type: { start: 8, end: 12 },
      default: null,
      references: { start: 14, end: 23 },
    });
  });

  it('reads every part of the syntax', () => {
    const text =
      "price: numeric(12,2) = 0.50 , tags:text[]=[], kind:enum(a|b|c)=b, kinds:enum(x | y)[], label:text='a, b -> it''s', " +
      'author_id->profiles, code:char(2)->geo_states.code, note?:text, kind_of:double precision?, meta:jsonb={a: [1, 2]},';
    const { columns, issues } = parseColumns(text);
    expect(issues).toEqual([]);
    const byName = new Map(columns.map((c) => [c.name, c]));
    expect(byName.get('price')).toMatchObject({ type: { kind: 'named', text: 'numeric(12,2)' }, default: { text: '0.50', quoted: false } });
    expect(byName.get('tags')).toMatchObject({ type: { kind: 'named', text: 'text[]' }, default: { text: '[]' } });
    expect(byName.get('kind')).toMatchObject({ type: { kind: 'enum', values: ['a', 'b', 'c'], isArray: false }, default: { text: 'b' } });
    expect(byName.get('kinds')).toMatchObject({ type: { kind: 'enum', values: ['x', 'y'], isArray: true } });
    expect(byName.get('label')).toMatchObject({ default: { text: "a, b -> it's", quoted: true }, references: null });
    expect(byName.get('author_id')).toMatchObject({ type: null, references: { table: 'profiles', column: null } });
    expect(byName.get('code')).toMatchObject({ references: { table: 'geo_states', column: 'code' } });
    expect(byName.get('note')).toMatchObject({ nullable: true, type: { text: 'text' } });
    expect(byName.get('kind_of')).toMatchObject({ nullable: true, type: { text: 'double precision' } });
    expect(byName.get('meta')).toMatchObject({ default: { text: '{a: [1, 2]}' } });
    expect(columns).toHaveLength(10);
  });

  it.each([
    ['question', 0, 'column "question" needs a type'],
    [
      'post_id:uuid->soc_posts question:text',
      24,
      'unexpected "q"; after the type come ? (nullable), =default or ->table (a missing comma?)',
    ],
    ['a:text, b:', 10, 'expected a type after ":"'],
    ['a:text, , b:text', 7, 'expected a column here'],
    ['a:numeric(12,2', 9, 'unclosed "("'],
    ["a:text='oops", 7, "unclosed ' quote"],
    ['a:text)', 6, '")" closes nothing'],
    ['a:text??', 7, '"?" is given twice'],
    ["a:text='x'='y'", 10, 'a second default'],
    ['a:uuid->', 6, 'expected a table after "->"'],
    ['a:uuid->t->u', 9, 'a second foreign key'],
    ['a:enum(x||y)', 9, 'empty enum value'],
    ['a:enum(x|y|x)', 11, 'enum value "x" is listed twice'],
    ['a:text=', 6, 'expected a default value after "="'],
    [':text', 0, 'expected a column name'],
    ['a:text=x->t?', 11, '"?" goes right after the name or the type'],
  ])('reports %j at position %i', (text, start, message) => {
    const { issues } = parseColumns(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain(message);
    expect(issues[0]?.span.start).toBe(start);
  });

  it('allows a trailing comma and spaces anywhere between parts', () => {
    const { columns, issues } = parseColumns('  a : text ? ,b->t ,');
    expect(issues).toEqual([]);
    expect(columns.map((c) => [c.name, c.nullable, c.type, c.references?.table])).toEqual([
      ['a', true, { kind: 'named', text: 'text' }, undefined],
      ['b', false, null, 't'],
    ]);
  });
});

describe('pointAt', () => {
  it('puts a caret line under the span', () => {
    expect(pointAt('a:uuid, b:txt', { start: 10, end: 13 }, '  ')).toBe('  a:uuid, b:txt\n            ^^^');
  });
});
