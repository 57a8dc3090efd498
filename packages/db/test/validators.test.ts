import { describe, expect, it } from 'vitest';
import { newProfileSchema } from '@poultryco/db/core';
import { newSocPostCommentSchema, newSocPostSchema, socPostUpdateSchema } from '@poultryco/db/soc';
import { compareDecimals, parseDecimal, roundDecimal, type Decimal } from '../src/decimal.js';
import { pg } from '../src/validators.js';

/** The generated validators enforce the spec's CHECKs as PostgreSQL does (generator/src/emit/ts/check-rules*.test.ts compare them with the database). */
const author_id = '00000000-0000-4000-8000-000000000001';
const emoji = (n: number) => '🐔'.repeat(n);

describe('generated validators and the CHECKs of the PoultryCo spec', () => {
  it('soc_post_comments: length(content) <= 3000 counts characters, not UTF-16 units', () => {
    const comment = (content: string) => newSocPostCommentSchema.safeParse({ post_id: author_id, author_id, content });
    expect(comment('x'.repeat(3000)).success).toBe(true);
    expect(comment(emoji(3000)).success).toBe(true); // 6000 UTF-16 units
    const tooLong = comment('x'.repeat(3001));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['content', 'must be at most 3000 characters']]);
    expect(comment(emoji(3001)).success).toBe(false);
  });

  it('soc_posts: content IS NULL OR length(content) <= 10000; on update too', () => {
    const post = (content: string | null) => newSocPostSchema.safeParse({ author_id, content });
    expect(post(emoji(10000)).success).toBe(true);
    expect(post('x'.repeat(10001)).success).toBe(false);
    expect(post(null).success).toBe(true);
    expect(socPostUpdateSchema.safeParse({ content: 'x'.repeat(10001) }).success).toBe(false);
  });

  it('patterns on char(n) and varchar(n) columns', () => {
    const post = (state_code: string) => newSocPostSchema.safeParse({ author_id, content: 'hi', state_code });
    expect(post('TN').success).toBe(true);
    expect(post('tn').success).toBe(false);
    expect(post('T').success).toBe(false); // stored as 'T ': the pattern fails in PostgreSQL too
    const profile = (phone: string) =>
      newProfileSchema.safeParse({ auth_user_id: author_id, handle: 'asha_layers', full_name: 'Asha', phone });
    expect(profile('+919876543210').success).toBe(true);
    expect(profile('9876543210').success).toBe(false);
  });

  it('varchar(n) counts characters: 60 emoji fit a varchar(120)', () => {
    const profile = (full_name: string) => newProfileSchema.safeParse({ auth_user_id: author_id, handle: 'asha_layers', full_name });
    expect(profile(emoji(120)).success).toBe(true);
    expect(profile(emoji(121)).success).toBe(false);
    expect(profile(`Asha${' '.repeat(200)}`).success).toBe(true); // PostgreSQL cuts trailing spaces past the length
  });
});

describe('runtime helpers', () => {
  it('pg.varchar and pg.char: at most n code points, or more when the rest is spaces', () => {
    expect(pg.varchar(2).safeParse('🐔🐔').success).toBe(true);
    expect(pg.varchar(2).safeParse('🐔🐔🐔').success).toBe(false);
    expect(pg.varchar(2).safeParse('🐔🐔   ').success).toBe(true);
    expect(pg.char(2).safeParse('ab ').success).toBe(true);
    expect(pg.char(2).safeParse('abc').success).toBe(false);
  });

  it('pg.checked tests char(n) values padded, as PostgreSQL stores them', () => {
    const padded = pg.checked(pg.char(4), pg.matches(/^ab {2}$/u));
    expect(padded.safeParse('ab').success).toBe(true);
    expect(padded.safeParse('abc').success).toBe(false);
  });

  it('pg.compare is exact: no rounding through floats; numeric(p,s) rounds half away from zero first', () => {
    expect(pg.checked(pg.numeric(), pg.compare('>', 0)).safeParse('0.' + '0'.repeat(400) + '1').success).toBe(true);
    expect(pg.checked(pg.numeric(), pg.compare('>', '0.1')).safeParse('0.10000000000000000001').success).toBe(true);
    expect(pg.checked(pg.int8(), pg.compare('<', '9007199254740993')).safeParse('9007199254740993').success).toBe(false);
    expect(pg.checked(pg.numeric(5, 2), pg.compare('>=', 0)).safeParse('-0.004').success).toBe(true); // stored as 0.00
    expect(pg.checked(pg.numeric(5, 2), pg.compare('>=', 0)).safeParse('-0.005').success).toBe(false); // stored as -0.01
  });

  it('decimals compare and round exactly', () => {
    const d = (s: string) => parseDecimal(s) as Decimal;
    expect(compareDecimals(d('1e-400'), d('0'))).toBe(1);
    expect(compareDecimals(d('-1.50'), d('-1.5'))).toBe(0);
    expect(compareDecimals(d('0010.0'), d('9.99'))).toBe(1);
    expect(compareDecimals(d('-2'), d('-10'))).toBe(1);
    expect(roundDecimal(d('0.995'), 2)).toEqual(d('1'));
    expect(roundDecimal(d('-0.005'), 2)).toEqual(d('-0.01'));
    expect(roundDecimal(d('0.004'), 2)).toEqual(d('0'));
    expect(roundDecimal(d('9.5'), 0)).toEqual(d('10'));
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('.')).toBeNull();
  });
});
