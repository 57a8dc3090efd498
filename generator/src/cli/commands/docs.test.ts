import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../test-support/run-cli.js';
import { snapshotDir } from '../../test-support/temp-spec.js';
import { FEATURES_SPEC } from '../../test-support/paths.js';

describe('gen docs', () => {
  it('writes only docs/schema/ and CODEOWNERS, and --check reports drift', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gen-docs-')), 'out');
    const first = await run(['docs', '--spec', FEATURES_SPEC, '--out', out]);
    expect(first.code).toBe(0);
    expect([...snapshotDir(out).keys()].sort()).toEqual([
      '.github/CODEOWNERS',
      'docs/schema/README.md',
      'docs/schema/ai.md',
      'docs/schema/core.md',
      'docs/schema/tst.md',
    ]);
    expect(await run(['docs', '--spec', FEATURES_SPEC, '--out', out, '--check'])).toMatchObject({ code: 0 });

    writeFileSync(join(out, 'docs/schema/tst.md'), 'edited by hand\n');
    const stale = await run(['docs', '--spec', FEATURES_SPEC, '--out', out, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/changed {2}docs\/schema\/tst\.md/);
  });

  it('writes the same docs as gen build, whatever phase that builds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-docs-'));
    await run(['docs', '--spec', FEATURES_SPEC, '--out', join(dir, 'docs')]);
    await run(['build', '--spec', FEATURES_SPEC, '--out', join(dir, 'build'), '--phase', 'live']);
    const built = snapshotDir(join(dir, 'build'));
    for (const [path, contents] of snapshotDir(join(dir, 'docs'))) expect(built.get(path), path).toBe(contents);
  });
});
