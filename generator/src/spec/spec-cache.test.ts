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
    const cacheDir = join(dir, 'spec-v3');
    const files = readdirSync(cacheDir);
    // Per spec file: its parse, its validated data and, apart, its positions.
    expect(files.length).toBe(3 * (1 + (cold.spec?.modules.length ?? 0)));
    const warm = loadSpec(REPO_SPEC);
    expect(validated(warm.spec)).toStrictEqual(validated(uncached.spec));
    expect(validated(cold.spec)).toStrictEqual(validated(uncached.spec));
    // Locations survive the cache too: of values and keys, at any depth, and of the nearest
    // ancestor for a path that goes further than the data.
    const paths: (readonly (string | number)[])[] = [
      [],
      ['tables'],
      ['tables', 0],
      ['tables', 0, 'name'],
      ['tables', 1, 'columns', 0],
      ['tables', 0, 'no_such_key', 'deeper'],
      ['tables', 9999],
    ];
    for (const [i, module] of (warm.spec?.modules ?? []).entries()) {
      const fresh = uncached.spec?.modules[i]?.source;
      for (const path of paths) {
        expect(module.source.locate(path), `${module.source.path} ${path.join('.')}`).toEqual(fresh?.locate(path));
        expect(module.source.locate(path, { key: true })).toEqual(fresh?.locate(path, { key: true }));
      }
    }
    expect(warm.spec?.modules[0]?.source.locate(['tables', 0, 'name']).line).toBeGreaterThan(1);

    // Positions are read only when something is located; gone from the cache by then, they come
    // from parsing the text again.
    for (const name of files.filter((f) => f.endsWith('-positions.json'))) rmSync(join(cacheDir, name));
    const withoutPositions = loadSpec(REPO_SPEC);
    expect(validated(withoutPositions.spec)).toStrictEqual(validated(uncached.spec));
    for (const [i, module] of (withoutPositions.spec?.modules ?? []).entries()) {
      const path = ['tables', 1, 'columns', 0];
      expect(module.source.locate(path)).toEqual(uncached.spec?.modules[i]?.source.locate(path));
    }
  });
});
