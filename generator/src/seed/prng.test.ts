import { describe, expect, it } from 'vitest';
import { Prng } from './prng.js';

describe('Prng', () => {
  it('is deterministic per seed and stream, and differs across them', () => {
    const draw = (p: Prng) => Array.from({ length: 5 }, () => p.next());
    expect(draw(new Prng(7))).toEqual(draw(new Prng(7)));
    expect(draw(new Prng(7))).not.toEqual(draw(new Prng(8)));
    expect(draw(Prng.derive(7, 'soc_posts'))).not.toEqual(draw(Prng.derive(7, 'soc_post_likes')));
  });

  it('stays in range and makes well-formed UUIDs', () => {
    const p = new Prng('range');
    for (let i = 0; i < 1000; i++) {
      const n = p.int(-3, 3);
      expect(n).toBeGreaterThanOrEqual(-3);
      expect(n).toBeLessThanOrEqual(3);
      expect(p.next()).toBeLessThan(1);
    }
    expect(p.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(p.sample(['a', 'b', 'c', 'd'], 3)).toHaveLength(3);
  });
});
