import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { UnsupportedRegex } from '../../regex/pg-regex-parser.js';
import { Prng } from '../../seed/prng.js';
import { sampleRegex } from '../../seed/regex-sample.js';
import type { SqlExpr } from '../../sql/sql-expression-ast.js';
import { parseSqlExpression } from '../../sql/sql-expression-parser.js';
import { REPO_SPEC } from '../../test-support/paths.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { pgRegexToJs } from './pg-regex.js';

/**
 * The translation must match exactly the strings PostgreSQL matches: every pattern a CHECK of
 * the PoultryCo spec uses, and patterns picked for the places where the two engines differ, are
 * run on both over the same probes (empty, newlines, emoji, near-misses, generated matches).
 */
interface Case {
  readonly pattern: string;
  readonly caseInsensitive: boolean;
}

function specPatterns(): Case[] {
  const model = loadModelOrThrow(REPO_SPEC);
  const found = new Map<string, Case>();
  const walk = (e: SqlExpr | null | undefined): void => {
    if (!e || typeof e !== 'object') return;
    if (e.kind === 'binary' && (e.op === '~' || e.op === '~*') && e.right.kind === 'literal' && e.right.type === 'string')
      found.set(`${e.op}${e.right.value}`, { pattern: e.right.value, caseInsensitive: e.op === '~*' });
    for (const value of Object.values(e))
      if (Array.isArray(value)) value.forEach((v) => walk(v as SqlExpr));
      else if (value && typeof value === 'object') walk(value as SqlExpr);
  };
  for (const t of model.tables) for (const c of t.checks) walk(parseSqlExpression(c.expression));
  return [...found.values()];
}

const TRICKY: readonly Case[] = [
  ...[
    '^a.c$', // `.` matches a newline in PostgreSQL
    '^.$', // one character, even outside the BMP
    '^[^a]{2}$',
    '^.{1,3}$',
    'a]b', // ] and } alone are literals
    'x}',
    '^\\.\\+\\-\\\\\\^\\$\\(\\)\\[\\]\\{\\}\\|\\/\\*\\?$',
    '^[\\]a]$',
    '^[a-]$',
    '^[-a]+$',
    '^[Z-a]+$', // a range over [ \ ] ^ _ `
    '^[.$|()*+?{}/]+$',
    '^x*?y+?z??$',
    '^(ab){2,3}$',
    '^(?:a|bc)d$',
    '^a{0}b{2,}c{1,2}$',
    '',
    'a|',
    '^$',
    '^ $',
    '^a/b$',
    '()',
    '^https://',
    '^[+][1-9][0-9]{7,14}$',
    '^[a-z0-9]+(-[a-z0-9]+)*$',
  ].map((pattern) => ({ pattern, caseInsensitive: false })),
  ...['^[a-z0-9]+$', '^k$', '^[^k]$', '^[Z-a]$', '^Ab-c$', '^[^a-z]+$', '^s|i$'].map((pattern) => ({ pattern, caseInsensitive: true })),
];

const COMMON_PROBES = [
  '',
  ' ',
  '\n',
  'a\nc',
  'abc\n',
  '\nabc',
  'abc',
  'ABC',
  'AbC',
  'a c',
  'ac',
  'a]b',
  'x}',
  'xyz',
  'ab',
  'abab',
  'ababab',
  'abababab',
  'ad',
  'bcd',
  'bbc',
  'k',
  'K',
  'S',
  's',
  'I',
  'i',
  '-',
  'a-',
  '-a',
  'a-b',
  '[',
  '\\',
  '^',
  '_',
  '`',
  '.',
  '$',
  'a/b',
  '😀',
  '😀😀',
  'x😀',
  'é',
  'Ω',
  '\u212a', // Kelvin sign: lowercases to k
  '\u017f', // long s: uppercases to S
  '\u0131', // dotless i
  '\u0130', // I with dot
  'https://necc.example',
  'http://necc.example',
  '+919876543210',
  '+91987654321098765',
  'layer-farm',
  'layer--farm',
  '-layer',
  'layer-',
  'Layer-Farm',
];

/** Characters whose case-insensitive match depends on the database's locale (see pg-regex.ts). */
const LOCALE_DEPENDENT = /[\u212a\u017f\u0131\u0130]/u;

function probesFor(c: Case, random: Prng): string[] {
  const probes = new Set(COMMON_PROBES);
  for (let i = 0; i < 12; i++) {
    let s: string;
    try {
      s = sampleRegex(c.pattern, random);
    } catch (error) {
      if (error instanceof UnsupportedRegex) break;
      throw error;
    }
    // The match, and near misses around it.
    for (const p of [s, s.slice(0, -1), s.slice(1), `${s}x`, `x${s}`, `${s}\n`, ` ${s}`, s.toUpperCase(), s.toLowerCase(), `${s}😀`])
      probes.add(p);
    if (s.length > 1) probes.add(`${s.slice(0, 1)}😀${s.slice(2)}`);
  }
  return [...probes];
}

describe('PostgreSQL regular expressions in JavaScript', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  const spec = specPatterns();

  it('finds the patterns of the PoultryCo spec', () => {
    expect(spec.length).toBeGreaterThan(30);
  });

  it.each([...spec, ...TRICKY].map((c) => [`${c.caseInsensitive ? '~*' : '~'} '${c.pattern}'`, c] as const))(
    'matches what PostgreSQL matches: %s',
    async (_, c) => {
      const source = pgRegexToJs(c.pattern, c.caseInsensitive);
      // A pattern PostgreSQL rejects (a bound over 255) makes every non-null insert fail there; not translated.
      const valid = await t.db.query('SELECT $1 ~ $2', ['', c.pattern]).then(
        () => true,
        () => false,
      );
      if (!valid) return expect(source, c.pattern).toBeNull();
      // Every other pattern of the spec, and every tricky one, is in the translated subset.
      expect(source, c.pattern).not.toBeNull();
      const re = new RegExp(source ?? '', 'u');
      const probes = probesFor(c, new Prng(c.pattern));
      const { rows } = await t.db.query<{ m: boolean }>(
        `SELECT value ${c.caseInsensitive ? '~*' : '~'} $2 AS m FROM json_array_elements_text($1::json) WITH ORDINALITY AS p(value, n) ORDER BY n`,
        [JSON.stringify(probes), c.pattern],
      );
      const disagreements: string[] = [];
      probes.forEach((probe, i) => {
        const pg = rows[i]?.m;
        const js = re.test(probe);
        // Where the locale decides, the translation may accept more, never less.
        const agrees = c.caseInsensitive && LOCALE_DEPENDENT.test(probe) ? js || !pg : js === pg;
        if (!agrees) disagreements.push(`${JSON.stringify(probe)}: PostgreSQL ${pg}, JavaScript ${js}`);
      });
      expect(disagreements, `/${source}/u`).toEqual([]);
      if (spec.includes(c))
        expect(
          rows.some((r) => r.m),
          'some probe matches',
        ).toBe(true);
    },
  );

  it.each([
    ['\\d', 'class escapes depend on the locale'],
    ['^\\w+$', 'class escapes'],
    ['a\\sb', 'class escapes'],
    ['[\\d]', 'class escapes in brackets'],
    ['\\mfoo\\M', 'word constraints'],
    ['\\y', 'word constraints'],
    ['(a)\\1', 'back-references'],
    ['(?i)abc', 'embedded options'],
    ['***:abc', 'director prefix'],
    ['***=abc', 'literal director'],
    ['a(?=b)', 'lookahead'],
    ['a(?!b)', 'negative lookahead'],
    ['(?<=a)b', 'lookbehind'],
    ['[[:alpha:]]', 'character classes'],
    ['[[.a.]]', 'collating elements'],
    ['[[=a=]]', 'equivalence classes'],
    ['[]a]', '] first in brackets'],
    ['[^]a]', '] first in negated brackets'],
    ['é', 'non-ASCII'],
    ['a\tb', 'control characters'],
    ['^(a+)+$', 'exponential backtracking in JavaScript'],
    ['^(a|a)*$', 'exponential backtracking in JavaScript'],
    ['^([a-z]+-?)*$', 'exponential backtracking in JavaScript'],
    ['^*', 'quantifier without operand'],
    ['a**', 'double quantifier'],
    ['a{256}', 'bound too large'],
    ['a{3,2}', 'bad bound'],
    ['a{,2}', 'bad bound'],
    ['a{', 'bad bound'],
    ['[a-c-e]', 'range after range'],
    ['[z-a]', 'reversed range'],
    ['[abc', 'unterminated brackets'],
    ['(ab', 'unbalanced parentheses'],
    ['ab)', 'unbalanced parentheses'],
    ['a\\', 'trailing backslash'],
  ])('leaves %j to the database (%s)', (pattern) => {
    expect(pgRegexToJs(pattern)).toBeNull();
    expect(pgRegexToJs(pattern, true)).toBeNull();
  });

  it('spells the translation for a JavaScript RegExp literal with the u flag', () => {
    expect(pgRegexToJs('^[a-z0-9]+(-[a-z0-9]+)*$')).toBe('^[a-z0-9]+(-[a-z0-9]+)*$');
    expect(pgRegexToJs('^a.b/c$')).toBe('^a[\\s\\S]b\\/c$');
    expect(pgRegexToJs('')).toBe('(?:)');
    expect(pgRegexToJs('a]}')).toBe('a\\]\\}');
    expect(pgRegexToJs('^[a-z]k$', true)).toBe('^[a-zA-Z\\u0130-\\u0131\\u017F\\u212A][kK\\u212A]$');
    expect(pgRegexToJs('^[^k]$', true)).toBe('^[^kK]$');
  });
});
