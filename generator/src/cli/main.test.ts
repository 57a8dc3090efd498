import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import type { CliIO } from './io.js';
import { copySpec, snapshotDir, writeTempSpec } from '../test-support/temp-spec.js';
import { FEATURES_SPEC, REPO_ROOT } from '../test-support/paths.js';

async function run(args: string[], cwd = REPO_ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd, isTTY: false, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('gen CLI', () => {
  it('prints help for the CLI and for each command', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['validate', 'build', 'spec']) expect(top.stdout).toContain(`gen ${command}`);
    const build = await run(['build', '--help']);
    expect(build.stdout).toContain('--check');
    expect(build.stdout).toContain('--phase');
  });

  it('rejects an unknown flag or command with exit code 2 naming it', async () => {
    const flag = await run(['build', '--chekc']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown argument: chekc/);
    const phase = await run(['build', '--phase', 'y3']);
    expect(phase.code).toBe(2);
    expect(phase.stderr).toMatch(/phase/);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('validate: exit 0 on a good spec, 1 with every problem on a bad one', async () => {
    const good = await run(['validate', '--spec', FEATURES_SPEC]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/9 tables/);
    const { root } = writeTempSpec({ ...copySpec(FEATURES_SPEC), 'modules/bad.yaml': 'version: 1\nmodule: nope\n' });
    const bad = await run(['validate', '--spec', root]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.yaml:2:9 {2}error {2}unknown-module {2}module "nope" is not declared/);
  });

  it('build writes the tree, --check reports drift, and a broken spec writes nothing', async () => {
    const { root, dir } = writeTempSpec(copySpec(FEATURES_SPEC));
    const out = join(dir, 'out');
    const first = await run(['build', '--spec', root, '--out', out, '--phase', 'y2']);
    expect(first.code).toBe(0);
    expect(readFileSync(join(out, 'packages/db/sql/schema.sql'), 'utf8')).toContain('CREATE TABLE ai__embeddings');
    expect((await run(['build', '--spec', root, '--out', out, '--phase', 'y2', '--check'])).code).toBe(0);

    const stale = await run(['build', '--spec', root, '--out', out, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/changed {2}packages\/db\/sql\/schema\.sql/);

    const before = snapshotDir(out);
    const broken = writeTempSpec({
      ...copySpec(FEATURES_SPEC),
      'modules/tst.yaml': 'version: 1\nmodule: tst\ntables:\n  tst_x:\n    columns: { a: nope }\n',
    });
    const failed = await run(['build', '--spec', broken.root, '--out', out]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/nothing was written/);
    expect(snapshotDir(out)).toEqual(before);
  });

  it('spec --json prints the documented model shape', async () => {
    const result = await run(['spec', '--json', '--spec', FEATURES_SPEC]);
    const json = JSON.parse(result.stdout) as {
      modules: { key: string; prefix: string; owner: string; targets: object }[];
      tables: Record<string, unknown>[];
    };
    expect(json.modules.find((m) => m.key === 'ai')).toMatchObject({
      prefix: 'ai__',
      owner: 'core',
      targets: { current: 0, y1: 0, y2: 1 },
    });
    const table = json.tables.find((t) => t.name === 'tst_chickens');
    expect(table).toMatchObject({ module: 'tst', status: 'live', phase: 'live', legacyNames: [], primaryKey: { columns: ['id'] } });
    expect(table?.columns).toContainEqual(
      expect.objectContaining({ name: 'nickname', nullable: true, default: null, type: expect.objectContaining({ sql: 'varchar(40)' }) }),
    );
    expect(JSON.stringify(json)).not.toContain('"location"');
    const live = JSON.parse((await run(['spec', '--json', '--phase', 'live', '--spec', FEATURES_SPEC])).stdout) as { tables: unknown[] };
    expect(live.tables).toHaveLength(7);
  });

  it('runs as `gen` from the repo root through the installed bin', () => {
    const out = execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'gen'), ['--help'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(out).toContain('gen build');
  });
});
