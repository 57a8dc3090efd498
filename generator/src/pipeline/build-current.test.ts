import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from './load-model.js';
import { checkBuild } from './build.js';
import { REPO_ROOT, REPO_SPEC } from '../test-support/paths.js';

describe('committed generated files', () => {
  it('are what `gen build` produces from the committed spec (gen build --check)', () => {
    const changes = checkBuild(loadModelOrThrow(REPO_SPEC), { phase: 'live', outDir: REPO_ROOT });
    expect(changes, 'run `npx gen build` and commit the result').toEqual([]);
  });
});
