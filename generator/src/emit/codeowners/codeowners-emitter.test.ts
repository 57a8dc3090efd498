import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/model.js';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { EMITTERS, emitAll } from '../../pipeline/build.js';
import { FEATURES_SPEC, REPO_ROOT, REPO_SPEC } from '../../test-support/paths.js';
import { codeownersEmitter } from './codeowners-emitter.js';
import { CODEOWNERS_PATH, defaultOwner } from './ownership.js';

/**
 * The owners GitHub would request for `path`: the last matching line wins. Only the pattern
 * forms the emitter writes are understood (anchored files and `dir/`); anything else fails
 * the test rather than being guessed at.
 */
function ownersOf(codeowners: string, path: string): string[] | undefined {
  let owners: string[] | undefined;
  for (const line of codeowners.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [pattern = '', ...handles] = line.trim().split(/\s+/);
    if (!pattern.startsWith('/') || /[*?[\]!]/.test(pattern)) throw new Error(`unexpected CODEOWNERS pattern ${pattern}`);
    const anchored = pattern.slice(1);
    if (anchored.endsWith('/') ? path.startsWith(anchored) : path === anchored) owners = handles;
  }
  return owners;
}

const codeowners = (model: Model) => emitAll(model, { phase: 'live', emitters: [codeownersEmitter] }).outputs.get(CODEOWNERS_PATH) ?? '';

describe('CODEOWNERS emitter', () => {
  const fixture = loadModelOrThrow(FEATURES_SPEC);
  const withHandles: Model = {
    ...fixture,
    teams: [
      { key: 'core', title: 'Core team', handle: '@acme/core', description: null },
      { key: 'lab', title: 'Lab team', handle: '@acme/lab', description: null },
    ],
    modules: fixture.modules.map((m) => (m.key === 'tst' ? { ...m, owner: 'lab' } : m)),
  };
  // Spec paths are relative to the project root: the folder holding the spec's folder.
  const fixtureDir = 'features';

  it('gives each module’s spec file, generated folder and docs page to the module’s team, the rest to the core module’s team', () => {
    const text = codeowners(withHandles);
    expect(ownersOf(text, `${fixtureDir}/modules/tst.yaml`)).toEqual(['@acme/lab']);
    expect(ownersOf(text, 'packages/db/src/generated/tst/types.ts')).toEqual(['@acme/lab']);
    expect(ownersOf(text, 'docs/schema/tst.md')).toEqual(['@acme/lab']);
    expect(ownersOf(text, `${fixtureDir}/modules/ai.yaml`)).toEqual(['@acme/core']);
    expect(ownersOf(text, `${fixtureDir}/spec.yaml`)).toEqual(['@acme/core']);
    expect(ownersOf(text, 'packages/db/sql/schema.sql')).toEqual(['@acme/core']);
    expect(ownersOf(text, 'docs/schema/README.md')).toEqual(['@acme/core']);
    expect(ownersOf(text, CODEOWNERS_PATH)).toEqual(['@acme/core']);
    expect(ownersOf(text, 'generator/src/index.ts')).toBeUndefined();
    expect(text).toContain('# tst: Test, owned by Lab team\n');
  });

  it('writes no owner for a team without a handle, and says so', () => {
    const text = codeowners({ ...withHandles, teams: withHandles.teams.map((t) => (t.key === 'lab' ? { ...t, handle: null } : t)) });
    expect(text).toContain('# tst: Test, owned by Lab team, which has no handle: its files fall to the default owner\n');
    expect(ownersOf(text, 'docs/schema/tst.md')).toEqual(['@acme/core']);
    expect(defaultOwner(fixture)).toBeNull();
    expect(ownersOf(codeowners(fixture), 'docs/schema/tst.md')).toBeUndefined();
  });

  it('falls back to the first team with a handle when there is no core module', () => {
    expect(defaultOwner({ ...withHandles, modules: withHandles.modules.filter((m) => m.prefix !== '') })?.key).toBe('core');
    const noCoreHandle = { ...withHandles, teams: withHandles.teams.map((t) => (t.key === 'core' ? { ...t, handle: null } : t)) };
    expect(defaultOwner(noCoreHandle)?.key).toBe('lab');
  });
});

describe('CODEOWNERS of the PoultryCo spec', () => {
  const model = loadModelOrThrow(REPO_SPEC);
  const text = codeowners(model);
  const handleOf = (module: string) => {
    const owner = model.modules.find((m) => m.key === module)?.owner;
    return model.teams.find((t) => t.key === owner)?.handle;
  };

  it('gives every spec file an owner: module files their module’s team, the root file the default owner', () => {
    const specFiles = [
      'schema-spec/poultryco.yaml',
      ...readdirSync(join(REPO_ROOT, 'schema-spec', 'modules')).map((f) => `schema-spec/modules/${f}`),
    ];
    for (const path of specFiles) {
      const module = /^schema-spec\/modules\/([a-z0-9_]+)\.yaml$/.exec(path)?.[1];
      expect(ownersOf(text, path), path).toEqual([module ? handleOf(module) : defaultOwner(model)?.handle]);
    }
  });

  it('gives every generated file of every phase an owner: per-module files their module’s team', () => {
    const phases = ['live', 'y1', 'y2'] as const;
    const generated = new Set(phases.flatMap((phase) => [...emitAll(model, { phase, emitters: EMITTERS }).outputs.keys()]));
    expect(generated.size).toBeGreaterThan(100);
    for (const path of generated) {
      const module = /^packages\/db\/src\/generated\/([a-z0-9_]+)\//.exec(path)?.[1] ?? /^docs\/schema\/([a-z0-9_]+)\.md$/.exec(path)?.[1];
      const expected = module && module !== 'README' ? handleOf(module) : defaultOwner(model)?.handle;
      expect(expected, path).toBeDefined();
      expect(ownersOf(text, path), path).toEqual([expected]);
    }
  });
});
