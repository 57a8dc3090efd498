import { describe, expect, it } from 'vitest';
import { jsRegexSource } from './js-regex-source.js';
import { parsePgRegex } from './pg-regex-parser.js';

// The validators' subset is checked against PostgreSQL in emit/ts/pg-regex.test.ts; these are the
// constructs only the seeder's loose translation (check-regexp.ts) lets through.
const source = (pattern: string, caseInsensitive = false): string => jsRegexSource(parsePgRegex(pattern), caseInsensitive);

describe('jsRegexSource', () => {
  it('spells classes as their ASCII members', () => {
    expect(source('[#[:space:]]')).toBe('[#\\u0009-\\u000D ]');
    expect(source('^[[:alpha:]_]+$')).toBe('^[A-Za-z_]+$');
    expect(source('\\d\\W[\\w]')).toBe('[0-9][^0-9A-Z_a-z][0-9A-Z_a-z]');
  });

  it('escapes characters a RegExp literal cannot hold as they are', () => {
    expect(source('😀[😀-😂]')).toBe('😀[\\u{1F600}-\\u{1F602}]');
    expect(source('[é]', true)).toBe('[\\u00E9\\u00C9]');
  });

  it('adds the other case of class members under ~*', () => {
    expect(source('[[:lower:]]', true)).toBe('[a-zA-Z\\u0130-\\u0131\\u017F\\u212A]');
  });
});
