import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { specFiles, type SpecInput } from '../../lint/test-support/lint-fixture.js';
import { writeTempSpec } from '../../test-support/temp-spec.js';
import type { CliIO } from '../io.js';
import { main } from '../main.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function lint(input: SpecInput, ...args: string[]) {
  const { dir, root } = writeTempSpec(specFiles(input));
  dirs.push(dir);
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false };
  const code = await main(['lint', '--spec', root, ...args], io);
  return { code, stdout, stderr };
}

const SINGULAR = {
  modules: { soc: 'tables:\n  soc_group:\n    description: Groups.\n    use: [id, timestamps]\n    columns:\n      label: text\n' },
};
const asWarning = { ...SINGULAR, lint: { rules: { 'plural-table': 'warn' } } };

describe('gen lint', () => {
  it('exits 0 on a clean spec', async () => {
    const { code, stdout } = await lint({});
    expect(code).toBe(0);
    expect(stdout).toBe('✔ no problems in 1 table, 4 modules\n');
  });

  it('exits 1 on an error, printing stylish lines', async () => {
    const { code, stdout } = await lint(SINGULAR);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /modules\/soc\.yaml:4:3 {2}error {2}plural-table {2}table "soc_group" ends in the singular "group"; rename it to "soc_groups"/,
    );
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('exits 0 on warnings, 1 when they exceed --max-warnings', async () => {
    expect((await lint(asWarning)).code).toBe(0);
    expect((await lint(asWarning, '--max-warnings', '1')).code).toBe(0);
    const over = await lint(asWarning, '--max-warnings', '0');
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('1 warnings, more than --max-warnings 0');
  });

  it.each(['json', 'sarif'])('--format %s prints parseable JSON only', async (format) => {
    const { code, stdout } = await lint(SINGULAR, '--format', format);
    expect(code).toBe(1);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('--format github prints annotations', async () => {
    const { stdout } = await lint(SINGULAR, '--format', 'github');
    expect(stdout).toMatch(/^::error file=.*modules\/soc\.yaml,line=4,col=3,title=plural-table::table "soc_group"/);
  });

  it('exits 1 on a bad lint configuration, saying what is wrong', async () => {
    const { code, stderr } = await lint({ lint: { rules: { 'no-such-rule': 'warn' } } });
    expect(code).toBe(1);
    expect(stderr).toContain('lint.rules names unknown rule "no-such-rule"');
  });

  it('exits 2 on bad usage', async () => {
    expect((await lint({}, '--format', 'xml')).code).toBe(2);
    expect((await lint({}, '--max-warnings', 'many')).code).toBe(2);
  });
});
