import { describe, expect, it } from 'vitest';
import { canonicalSql, sameSql } from './canonical-sql.js';
import { singleLineSql } from './sql-text.js';

// Left: as written in a spec. Right: as PostgreSQL 15 and 18 print it back (pg_get_expr, pretty
// and not), recorded from real servers.
const SAME: readonly (readonly [string, ...string[]])[] = [
  ["status IN ('good', 'okay')", "status = ANY (ARRAY['good'::mood, 'okay'::mood])", "(status = ANY (ARRAY['good'::mood, 'okay'::mood]))"],
  ["status NOT IN ('bad') OR i IS NOT NULL", "status <> ALL (ARRAY['bad'::mood]) OR i IS NOT NULL"],
  ["status <> 'bad' OR i IS NOT NULL", "((status <> 'bad'::mood) OR (i IS NOT NULL))"],
  ["position('@' in email) > 1", "POSITION(('@'::text) IN (email)) > 1", `"position"(email, '@'::text) > 1`],
  [
    'extract(isodow FROM week_start_date) = 1',
    'EXTRACT(isodow FROM week_start_date) = 1::numeric',
    '(EXTRACT(isodow FROM week_start_date) = (1)::numeric)',
  ],
  [
    'weekdays <@ ARRAY[1, 2, 3]::smallint[]',
    'weekdays <@ ARRAY[1::smallint, 2::smallint, 3::smallint]',
    '(weekdays <@ ARRAY[(1)::smallint, (2)::smallint, (3)::smallint])',
  ],
  ["tag = lower(tag) AND tag !~ '[#[:space:]]'", "((tag = lower(tag)) AND (tag !~ '[#[:space:]]'::text))"],
  ['i BETWEEN 1 AND 10', 'i >= 1 AND i <= 10', '((i >= 1) AND (i <= 10))'],
  ['i NOT BETWEEN 20 AND 30', 'i < 20 OR i > 30'],
  ['price >= 0 AND price <= 100.5', 'price >= 0::numeric AND price <= 100.5', '((price >= (0)::numeric) AND (price <= 100.5))'],
  ["code LIKE 'a%' AND code NOT ILIKE 'b%'", "code ~~ 'a%'::text AND code !~~* 'b%'::text"],
  ['(i IS NULL) = (big IS NULL)', '((i IS NULL) = (big IS NULL))'],
  ['i != 3 AND NOT (i = 4)', 'i <> 3 AND NOT i = 4', '((i <> 3) AND (NOT (i = 4)))'],
  ['length(btrim(s)) > 0', '(length(btrim(s)) > 0)'],
  ['CASE WHEN i > 1 THEN true ELSE false END', 'CASE\n    WHEN i > 1 THEN true\n    ELSE false\nEND'],
  ['coalesce(i, 0) >= 0 AND num_nonnulls(i,big) <= 1', 'COALESCE(i, 0) >= 0 AND num_nonnulls(i, big) <= 1'],
  [
    "date_trunc('day', ts) = ts AND ts > now() - interval '1 year'",
    "date_trunc('day'::text, ts) = ts AND ts > (now() - '1 year'::interval)",
  ],
  [
    "j ? 'a' AND j->>'b' IS NOT NULL AND (j->'a')::text <> ''",
    "j ? 'a'::text AND (j ->> 'b'::text) IS NOT NULL AND ((j -> 'a'::text)::text) <> ''::text",
    "(((j ? 'a'::text) AND ((j ->> 'b'::text) IS NOT NULL) AND (((j -> 'a'::text))::text <> ''::text)))",
  ],
  [
    "substring(code from 1 for 2) = 'ab' AND trim(both ' ' from code) <> ''",
    "SUBSTRING(code FROM 1 FOR 2) = 'ab'::text AND TRIM(BOTH ' '::text FROM code) <> ''::text",
    "substring(code, 1, 2) = 'ab' AND btrim(code, ' ') <> ''",
  ],
  [
    'i IS DISTINCT FROM 5 AND i % 2 = 0 AND -i < 0 AND i * (2 + 3) > 1',
    'i IS DISTINCT FROM 5 AND (i % 2) = 0 AND (- i) < 0 AND (i * (2 + 3)) > 1',
  ],
  ['n >= -1 AND r > 0.5 AND big < 5000000000', "n >= '-1'::integer::numeric AND r > 0.5::double precision AND big < '5000000000'::bigint"],
  ["now() + interval '30 days'", "(now() + '30 days'::interval)", "now() + '30 days'::interval"],
  ['lower(nickname)', '(lower(nickname))'],
  ["j->>'b'", "(j ->> 'b'::text)"],
  ['a_integer * 2', '(a_integer * 2)'],
  ['deleted_at IS NULL', '(deleted_at IS NULL)', 'deleted_at ISNULL'],
  ["x::character varying(10) = 'a'", "((x)::varchar(10) = 'a'::character varying)"],
  ["status = 'queued'", "status = 'queued'::public.eml_status", "status = 'queued'::eml_status"],
  ['CURRENT_DATE', 'current_date'],
  ['a AND b AND c', '(a AND b) AND c', 'a AND (b AND c)'],
  ["slug ~ '^[a-z]+$'", "slug OPERATOR(public.~) '^[a-z]+$'::public.citext"],
];

const DIFFERENT: readonly (readonly [string, string])[] = [
  ['a OR b AND c', '(a OR b) AND c'],
  ['price > 0', 'price >= 0'],
  ["status = 'a'", "status = 'b'"],
  ['i - 1 - 2', 'i - (1 - 2)'],
  ['"Name" = 1', 'name = 1'],
  ["'5'", '5.0'],
];

describe('canonicalSql', () => {
  it.each(SAME)('%s', (...spellings) => {
    const [first = '', ...rest] = spellings;
    for (const other of rest) expect(canonicalSql(other), other).toBe(canonicalSql(first));
  });

  it.each(DIFFERENT)('%s differs from %s', (a, b) => {
    expect(sameSql(a, b)).toBe(false);
  });

  it('compares what it cannot parse as normalised text', () => {
    expect(canonicalSql('EXISTS (SELECT 1)')).toMatch(/^text:/);
    expect(sameSql('EXISTS (SELECT  1)', 'exists (select 1)')).toBe(true);
    expect(sameSql("x = 'A  B'", "x = 'A B'")).toBe(false);
  });
});

describe('singleLineSql', () => {
  it('joins lines but keeps whitespace inside quotes', () => {
    expect(singleLineSql("CASE\n    WHEN a = '  x\n' THEN 1\nEND")).toBe("CASE WHEN a = '  x\n' THEN 1 END");
  });
});
