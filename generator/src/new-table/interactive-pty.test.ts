import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../test-support/paths.js';
import { tempMiniSpec } from './test-support/mini-spec.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const ENTRY = join(import.meta.dirname, 'test-support', 'gen-from-source.ts');
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `gen` in a pseudo-terminal (util-linux `script`), answering each prompt when it appears,
 * as a person at a terminal would. Resolves with everything the terminal showed and the exit code.
 */
function inTerminal(args: string[], cwd: string, dialogue: [RegExp, string][]): Promise<{ screen: string; code: number | null }> {
  const command = [TSX, ENTRY, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, TERM: 'xterm', NO_COLOR: '1' } });
  let screen = '';
  let seen = 0;
  const steps = [...dialogue];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`timed out; the terminal showed:\n${screen}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      // What the terminal shows, without readline's cursor movements.
      screen += chunk
        .toString('utf8')
        .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
        .replace(/\r/g, '');
      const step = steps[0];
      if (step && step[0].test(screen.slice(seen))) {
        steps.shift();
        seen = screen.length;
        child.stdin.write(`${step[1]}\r`);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ screen, code });
    });
  });
}

describe.skipIf(!hasScript)('gen new-table in a terminal', () => {
  it('asks for what is missing, shows problems as it goes, and writes the table after confirmation', { timeout: 120_000 }, async () => {
    const { dir, root } = tempMiniSpec();
    const { screen, code } = await inTerminal(['new-table', '--spec', root, '--no-build'], dir, [
      [/Module \(ai, core, mkt, soc\): $/, 'soc'],
      [/Table name \(soc_ is added\): $/, 'post'],
      [/Table name \(soc_ is added\): $/, 'shares'],
      [/Description \(one sentence: what one row is\): $/, 'A share of a post.'],
      [/Columns: $/, 'post_id->soc_posts, note:txt'],
      // The previous answer is on the line to edit: erase the type and retype it.
      [/Columns: .*note:txt$/, '\x7f\x7f\x7ftext'],
      [/\[Y\/n\] $/, 'y'],
    ]);
    expect(code, screen).toBe(0);
    expect(screen).toContain('table "soc_post" ends in the singular "post"');
    expect(screen).toContain('unknown type "txt"');
    expect(screen).toContain('✔ added soc_shares to');
    expect(readFileSync(join(dir, 'modules', 'soc.yaml'), 'utf8')).toContain(
      '  soc_shares:\n    description: A share of a post.\n    use: [id, timestamps]\n    columns:\n      post_id: { type: uuid, references: soc_posts }\n      note: { type: text }\n',
    );
  });
});
