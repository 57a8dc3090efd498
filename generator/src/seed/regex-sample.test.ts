import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { REPO_SPEC } from '../test-support/paths.js';
import { Prng } from './prng.js';
import { toJsRegExp } from './check-regexp.js';
import { sampleRegex } from './regex-sample.js';

describe('regex samples', () => {
  it('every pattern a CHECK in the spec pins a column to yields matching strings', () => {
    const model = loadModelOrThrow(REPO_SPEC);
    const patterns = new Set<string>();
    for (const t of model.tables)
      for (const c of t.checks)
        for (const m of c.expression.matchAll(/ ~ '((?:[^']|'')*)'/g)) patterns.add((m[1] as string).replace(/''/g, "'"));
    expect(patterns.size).toBeGreaterThan(30);
    const random = new Prng(1);
    for (const pattern of patterns) {
      const re = toJsRegExp(pattern);
      expect(re, pattern).not.toBeNull();
      for (let i = 0; i < 20; i++) {
        const s = sampleRegex(pattern, random);
        expect(re?.test(s), `${s} ~ ${pattern}`).toBe(true);
      }
    }
  });

  it('reads PostgreSQL bracket classes', () => {
    expect(toJsRegExp('[#[:space:]]')?.test('egg prices')).toBe(true);
    expect(toJsRegExp('^[[:alpha:]]+$')?.test('Namakkal')).toBe(true);
    expect(sampleRegex('^[[:digit:]]{6}$', new Prng(2))).toMatch(/^\d{6}$/);
  });
});
