import { describe, expect, it } from 'vitest';
import { checkSqlExpression } from './sql-expression.js';
import { quoteIdent, quoteLiteral } from './quote.js';

describe('checkSqlExpression', () => {
  it.each([
    'price >= 0',
    "status <> 'it''s; fine'",
    'ended_on IS NULL OR ended_on >= started_on',
    'lower(email)',
    '"Odd"" name" > 1',
    "vpa ~ '^[a-z]{2,255}@x$'",
  ])('accepts %s', (e) => {
    expect(checkSqlExpression(e)).toBeNull();
  });
  it.each([
    ['x > 0; DROP TABLE profiles', /";" is not allowed/],
    ['x > 0 -- comment', /comments/],
    ['x /* c */ > 0', /comments/],
    ["x = 'open", /unterminated string/],
    ['(x > 0', /unbalanced "\("/],
    ['x > 0)', /unbalanced "\)"/],
    ['x = $$a$$', /dollar quoting/],
    // PostgreSQL accepts these in CREATE TABLE and fails every insert ("invalid repetition count(s)").
    ["vpa ~ '^[a-z]{2,256}@x$'", /repetition bound \{2,256\} exceeds PostgreSQL's limit of 255/],
    ["x IS NULL OR lower(x) !~* '^a{300}$'", /\{300\}/],
  ])('rejects %s', (e, message) => {
    expect(checkSqlExpression(e)).toMatch(message);
  });
});

describe('quoting', () => {
  it('leaves simple identifiers bare and quotes reserved or odd ones', () => {
    expect(quoteIdent('soc_posts')).toBe('soc_posts');
    expect(quoteIdent('order')).toBe('"order"');
    expect(quoteIdent('Weird"Name')).toBe('"Weird""Name"');
  });
  it('escapes literals', () => {
    expect(quoteLiteral("it's")).toBe("'it''s'");
    expect(() => quoteLiteral('a\0b')).toThrow(/NUL/);
  });
});
