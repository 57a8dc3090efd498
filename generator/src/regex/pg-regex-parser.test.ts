import { describe, expect, it } from 'vitest';
import type { PgRegexNode } from './pg-regex-ast.js';
import { parsePgRegex, UnsupportedRegex } from './pg-regex-parser.js';

const char = (c: string): PgRegexNode => ({ kind: 'char', code: c.codePointAt(0) as number });
const range = (low: string, high = low) => ({ kind: 'range', low: low.codePointAt(0), high: high.codePointAt(0) }) as const;

describe('parsePgRegex', () => {
  it('reads a slug pattern: anchors, brackets, a repeated group', () => {
    const lowerDigit = { kind: 'bracket', negated: false, items: [range('a', 'z'), range('0', '9')] } as const;
    expect(parsePgRegex('^[a-z0-9]+(-[a-z0-9]+)*$')).toEqual([
      [
        { kind: 'anchor', at: '^' },
        { kind: 'repeat', node: lowerDigit, min: 1, max: Infinity, lazy: false, written: '+' },
        {
          kind: 'repeat',
          node: {
            kind: 'group',
            capturing: true,
            alternatives: [[char('-'), { kind: 'repeat', node: lowerDigit, min: 1, max: Infinity, lazy: false, written: '+' }]],
          },
          min: 0,
          max: Infinity,
          lazy: false,
          written: '*',
        },
        { kind: 'anchor', at: '$' },
      ],
    ]);
  });

  it('reads alternation, non-capturing groups, `.` and the empty pattern', () => {
    expect(parsePgRegex('(?:a|bc).|')).toEqual([
      [{ kind: 'group', capturing: false, alternatives: [[char('a')], [char('b'), char('c')]] }, { kind: 'any' }],
      [],
    ]);
    expect(parsePgRegex('')).toEqual([[]]);
  });

  it('reads bounds and lazy quantifiers, keeping how the bound was written', () => {
    const [branch] = parsePgRegex('a{2}b{02,}?c{1,3}d??');
    expect(branch?.map((n) => (n.kind === 'repeat' ? [n.min, n.max, n.lazy, n.written] : n.kind))).toEqual([
      [2, 2, false, '{2}'],
      [2, Infinity, true, '{02,}'],
      [1, 3, false, '{1,3}'],
      [0, 1, true, '?'],
    ]);
  });

  it('reads escaped punctuation, and `]` `}` alone, as literal characters', () => {
    expect(parsePgRegex('\\.\\+\\\\]}')).toEqual([[char('.'), char('+'), char('\\'), char(']'), char('}')]]);
  });

  it('reads bracket expressions: negation, a leading or trailing `-`, escapes, classes', () => {
    expect(parsePgRegex('[^-a\\]\\-z-]')).toEqual([
      [{ kind: 'bracket', negated: true, items: [range('-'), range('a'), range(']'), range('-'), range('z'), range('-')] }],
    ]);
    expect(parsePgRegex('[#[:space:]\\d]')).toEqual([
      [
        {
          kind: 'bracket',
          negated: false,
          items: [range('#'), { kind: 'posix-class', name: 'space' }, { kind: 'class-escape', letter: 'd' }],
        },
      ],
    ]);
    expect(parsePgRegex('[--/]')).toEqual([[{ kind: 'bracket', negated: false, items: [range('-', '/')] }]]);
  });

  it('reads class escapes outside brackets, negated ones included', () => {
    expect(parsePgRegex('\\d\\W')).toEqual([
      [
        { kind: 'class-escape', letter: 'd' },
        { kind: 'class-escape', letter: 'W' },
      ],
    ]);
  });

  it('reads a character outside the BMP as one character', () => {
    expect(parsePgRegex('😀+')).toEqual([[{ kind: 'repeat', node: char('😀'), min: 1, max: Infinity, lazy: false, written: '+' }]]);
  });

  it.each([
    ['(a)\\1', 'back-reference \\1'],
    ['\\mfoo', 'constraint escape \\m'],
    ['\\y', 'constraint escape \\y'],
    ['a\\nb', 'character-entry escape \\n'],
    ['\\x41', 'character-entry escape \\x'],
    ['a\\', 'trailing backslash'],
    ['[\\D]', '\\D inside a bracket expression'],
    ['(?i)abc', 'embedded options'],
    ['a(?=b)', 'lookaround'],
    ['a(?!b)', 'lookaround'],
    ['(?<=a)b', 'lookaround'],
    ['***:abc', 'director prefix (***: or ***=)'],
    ['[[:letter:]]', 'unknown character class [:letter:]'],
    ['[[:alpha]', 'unterminated [: :]'],
    ['[[.a.]]', 'collating element [. .]'],
    ['[[=a=]]', 'equivalence class [= =]'],
    ['[[]', '[ inside a bracket expression (write \\[)'],
    ['[]a]', '] first in a bracket expression (write \\])'],
    ['[^]a]', '] first in a bracket expression (write \\])'],
    ['[abc', 'unterminated bracket expression'],
    ['[a-', 'unterminated bracket expression'],
    ['[a-c-e]', '- inside a bracket expression'],
    ['[a--]', '- as a range end'],
    ['[a-\\d]', 'class escape as a range end'],
    ['[z-a]', 'invalid character range'],
    ['(ab', 'unbalanced ('],
    ['ab)', 'unbalanced )'],
    ['*a', 'quantifier without operand'],
    ['a|+', 'quantifier without operand'],
    ['^*', 'quantified anchor'],
    ['a**', 'two quantifiers in a row'],
    ['a+?*', 'two quantifiers in a row'],
    ['a{', '{ that is not a bound'],
    ['a{,2}', '{ that is not a bound'],
    ['a{1234}', '{ that is not a bound'],
    ['a{256}', 'invalid repetition count'],
    ['a{3,2}', 'invalid repetition count'],
  ])('rejects %j: %s', (pattern, reason) => {
    const thrown = ((): unknown => {
      try {
        parsePgRegex(pattern);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(UnsupportedRegex);
    expect((thrown as Error).message).toBe(reason);
  });
});
