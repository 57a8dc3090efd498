import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveModel } from '../model/resolve.js';
import { loadSpec } from '../spec/load-spec.js';
import { loadModel } from '../pipeline/load-model.js';
import { overlayModuleFile } from './spec-overlay.js';
import { tempMiniSpec } from './test-support/mini-spec.js';

const MINI_SPEC = tempMiniSpec().root;
const modules = join(dirname(MINI_SPEC), 'modules');

describe('overlayModuleFile', () => {
  it('gives the model loadModel gives with the same override, for a changed and for a new file', () => {
    const loaded = loadSpec(MINI_SPEC).spec ?? expect.unreachable();
    const cases: [string, string][] = [
      [
        join(modules, 'soc.yaml'),
        readFileSync(join(modules, 'soc.yaml'), 'utf8').replace(
          '  soc_polls:',
          '  soc_shares:\n    description: x\n    use: [id]\n    columns: {}\n  soc_polls:',
        ),
      ],
      [
        join(modules, 'ai.yaml'),
        'version: 1\nmodule: ai\ntables:\n  ai__models:\n    description: x\n    use: [id]\n    columns: { post_id: { type: uuid, references: soc_posts } }\n',
      ],
    ];
    for (const [path, text] of cases) {
      const overlay = overlayModuleFile(loaded, path, text);
      const viaOverlay = resolveModel(overlay.spec ?? expect.unreachable());
      const viaLoader = loadModel(MINI_SPEC, new Map([[path, text]]));
      expect(viaOverlay.problems).toEqual([]);
      expect(viaOverlay.model).toEqual(viaLoader.model);
    }
  });

  it('reports YAML and format problems of the new text with their positions', () => {
    const loaded = loadSpec(MINI_SPEC).spec ?? expect.unreachable();
    const path = join(modules, 'soc.yaml');
    expect(overlayModuleFile(loaded, path, 'version: 1\nmodule: soc\ntables: [\n').problems[0]?.code).toBe('yaml-syntax');
    const problems = overlayModuleFile(loaded, path, 'version: 1\nmodule: soc\ntables:\n  soc_x: { colums: {} }\n').problems;
    expect(problems.map((p) => [p.code, p.location?.line])).toContainEqual(['spec-unknown-key', 4]);
  });
});
