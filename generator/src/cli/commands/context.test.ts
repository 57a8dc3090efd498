import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../test-support/run-cli.js';
import { FEATURES_SPEC } from '../../test-support/paths.js';

describe('gen context', () => {
  it('is listed in the help', async () => {
    const help = await run(['--help']);
    expect(help.stdout).toContain('gen docs');
    expect(help.stdout).toContain('gen context');
    expect((await run(['context', '--help'])).stdout).toMatch(/--module[\s\S]*--tables[\s\S]*--format/);
  });

  it('prints a module as text', async () => {
    const result = await run(['context', '--spec', FEATURES_SPEC, '--module', 'tst', '--phase', 'live']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# features: PostgreSQL schema public, 6 table\(s\) \(module tst, phase live\)\n/);
    expect(result.stdout).toContain(
      '\ntst_eggs -- The other half of the cycle.\n  id uuid pk = gen_random_uuid()\n  chicken_id uuid? -> tst_chickens.id on delete set null\n',
    );
    expect(result.stdout).not.toContain('[planned');
  });

  it('prints chosen tables as JSON', async () => {
    const result = await run([
      'context',
      '--spec',
      FEATURES_SPEC,
      '--tables',
      'tst_eggs,tst_chickens',
      '--tables',
      'profiles',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { scope: string; tables: { name: string }[]; referencedTables: unknown[] };
    expect(json.scope).toBe('tables tst_eggs, tst_chickens, profiles, phase y2');
    expect(json.tables.map((t) => t.name)).toEqual(['profiles', 'tst_chickens', 'tst_eggs']);
    expect(json.referencedTables).toEqual([]);
    expect(result.stdout.split('\n')).toHaveLength(2);
  });

  it('exits 2 naming a table or module that does not exist', async () => {
    const result = await run(['context', '--spec', FEATURES_SPEC, '--tables', 'tst_eggs,tst_nope', '--module', 'zzz']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no module "zzz", table "tst_nope" in the spec');
    expect((await run(['context', '--spec', FEATURES_SPEC, '--format', 'yaml'])).code).toBe(2);
  });
});
