import { describe, expect, it } from 'vitest';
import { parseColumnType } from '../model/column-type.js';
import type { ColumnType } from '../model/model.js';
import { parseArrayLiteral } from './array-literal.js';
import { catalogDefault } from './catalog-default.js';

const MOOD = ['good', 'okay', 'bad'];
const type = (spelling: string) => parseColumnType(spelling, new Set(['mood'])) as ColumnType;

describe('catalogDefault', () => {
  // As PostgreSQL prints defaults back (pg_get_expr, pretty) → what the spec would have written.
  it.each<[string, string, unknown]>([
    ['text', "'it''s'::text", "it's"],
    ['varchar(10)', "'en'::character varying", 'en'],
    ['char(2)', "'TN'::bpchar", 'TN'],
    ['mood', "'okay'::mood", 'okay'],
    ['integer', '7', 7],
    ['integer', "'-1'::integer", -1],
    ['bigint', "'3000000000'::bigint", 3000000000],
    ['numeric(10,2)', '0', 0],
    ['numeric', '12.50', '12.50'],
    ['double precision', "'-2.5'::numeric", -2.5],
    ['boolean', 'false', false],
    ['jsonb', `'{"a": [1, "x"], "b": 1}'::jsonb`, { a: [1, 'x'], b: 1 }],
    ['text[]', "'{}'::text[]", []],
    ['text[]', "ARRAY['a'::text, 'b c'::text]", ['a', 'b c']],
    ['mood[]', "ARRAY['good'::mood]", ['good']],
    ['integer[]', 'ARRAY[1, 2]', [1, 2]],
    ['date', "'2024-01-02'::date", '2024-01-02'],
    ['interval', "'1 day'::interval", '1 day'],
    ['inet', "'10.0.0.1'::inet", '10.0.0.1'],
  ])('%s: %s is the literal %j', (spelling, sql, value) => {
    const d = catalogDefault(sql, type(spelling), MOOD);
    expect(d).toMatchObject({ kind: 'literal', value });
  });

  it.each<[string, string, string]>([
    ['date', 'CURRENT_DATE', 'CURRENT_DATE'],
    ['timestamptz', 'now()', 'now()'],
    ['uuid', 'gen_random_uuid()', 'gen_random_uuid()'],
    ['timestamptz', "timezone('utc'::text, now())", "timezone('utc'::text, now())"],
    ['timestamptz', "now() + '30 days'::interval", "now() + '30 days'::interval"],
    // Kept as written: as a literal list it would print back differently ('{a,b}' vs ARRAY[…]).
    ['text[]', "'{a,b}'::text[]", "'{a,b}'::text[]"],
    // JSON (not jsonb) keeps its text: re-serialised it would change.
    ['json', `'{"b": 1}'::json`, `'{"b": 1}'::json`],
    ['bigint', "nextval('invoice_numbers'::regclass)", "nextval('invoice_numbers'::regclass)"],
  ])('%s: %s stays the expression %s', (spelling, sql, expression) => {
    expect(catalogDefault(sql, type(spelling), MOOD)).toEqual({ kind: 'expression', sql: expression });
  });

  it('builds the literal exactly as the spec resolver does', () => {
    expect(catalogDefault("'okay'::mood", type('mood'), MOOD)).toEqual({ kind: 'literal', value: 'okay', sql: "'okay'" });
    expect(catalogDefault("'{}'::jsonb", type('jsonb'), MOOD)).toEqual({ kind: 'literal', value: {}, sql: "'{}'::jsonb" });
  });
});

describe('parseArrayLiteral', () => {
  it.each<[string, (string | null)[] | null]>([
    ['{}', []],
    ['{a,b}', ['a', 'b']],
    ['{"a b","c\\"d",NULL,"NULL"}', ['a b', 'c"d', null, 'NULL']],
    ['{{1,2},{3,4}}', null],
    ['not an array', null],
  ])('%s', (text, elements) => {
    expect(parseArrayLiteral(text)).toEqual(elements);
  });
});
