import { describe, expect, it } from 'vitest';
import { byteLength, conventionalName, fitIdentifier, MAX_IDENTIFIER_BYTES } from './naming.js';

describe('conventionalName', () => {
  it('fills the pattern', () => {
    expect(conventionalName('fk_{table}_{columns}', { table: 'soc_posts', columns: ['author_id'] })).toBe('fk_soc_posts_author_id');
    expect(conventionalName('ck_{table}_{name}', { table: 'soc_posts', name: 'not_self' })).toBe('ck_soc_posts_not_self');
  });

  it('keeps names up to 63 bytes as they are', () => {
    const name = 'x'.repeat(MAX_IDENTIFIER_BYTES);
    expect(fitIdentifier(name)).toBe(name);
  });

  it('shortens longer names deterministically with a hash, to at most 63 bytes', () => {
    const a = fitIdentifier(`ix_${'a'.repeat(70)}_one`);
    const b = fitIdentifier(`ix_${'a'.repeat(70)}_two`);
    expect(byteLength(a)).toBeLessThanOrEqual(MAX_IDENTIFIER_BYTES);
    expect(a).toMatch(/^ix_a+_[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(fitIdentifier(`ix_${'a'.repeat(70)}_one`)).toBe(a);
  });

  it('counts bytes, not characters', () => {
    const name = fitIdentifier(`ix_${'é'.repeat(40)}`);
    expect(byteLength(name)).toBeLessThanOrEqual(MAX_IDENTIFIER_BYTES);
    expect(name.length).toBeLessThan(40);
  });
});
