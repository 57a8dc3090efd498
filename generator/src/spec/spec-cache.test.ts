import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_SPEC } from '../test-support/paths.js';
import { loadSpec, type LoadedSpec } from './load-spec.js';

const validated = (spec: LoadedSpec | null) => ({ root: spec?.root.data, modules: spec?.modules.map((m) => m.data) });

describe('spec cache', () => {
  const saved = { dir: process.env.GEN_CACHE_DIR, off: process.env.GEN_NO_CACHE };
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gen-cache-'));
    process.env.GEN_CACHE_DIR = dir;
    delete process.env.GEN_NO_CACHE;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved.dir === undefined) delete process.env.GEN_CACHE_DIR;
    else process.env.GEN_CACHE_DIR = saved.dir;
    if (saved.off !== undefined) process.env.GEN_NO_CACHE = saved.off;
  });

  it('serves parsed and validated files that are exactly what parsing and validating give', () => {
    process.env.GEN_NO_CACHE = '1';
    const uncached = loadSpec(REPO_SPEC);
    delete process.env.GEN_NO_CACHE;
    const cold = loadSpec(REPO_SPEC);
    const files = readdirSync(join(dir, 'spec-v1')).length;
    // One parse and one validated entry per spec file.
    expect(files).toBe(2 * (1 + (cold.spec?.modules.length ?? 0)));
    const warm = loadSpec(REPO_SPEC);
    expect(validated(warm.spec)).toStrictEqual(validated(uncached.spec));
    expect(validated(cold.spec)).toStrictEqual(validated(uncached.spec));
    // Locations survive the cache too.
    const table = warm.spec?.modules[0]?.source.locate(['tables']);
    expect(table).toEqual(uncached.spec?.modules[0]?.source.locate(['tables']));
  });
});
