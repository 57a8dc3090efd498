import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitError, type CliIO } from '../cli/io.js';
import { snapshotDir } from '../test-support/temp-spec.js';
import type { Prompter } from './prompter.js';
import { runNewTable, type NewTableOptions } from './run-new-table.js';
import { tempMiniSpec } from './test-support/mini-spec.js';

/** Answers questions from a script, recording what was asked; null once the script runs out (Ctrl-D). */
function scripted(answers: string[]): Prompter & { asked: { question: string; initial: string | undefined }[] } {
  const asked: { question: string; initial: string | undefined }[] = [];
  return {
    asked,
    ask: async (question, initial) => {
      asked.push({ question, initial });
      return answers.shift() ?? null;
    },
    close: () => undefined,
  };
}

function terminal(dir: string): CliIO & { out: () => string } {
  let out = '';
  return { cwd: dir, isTTY: true, stdout: (t) => void (out += t), stderr: (t) => void (out += t), out: () => out };
}

const options = (root: string, parts: Partial<NewTableOptions> = {}): NewTableOptions => ({
  name: undefined,
  module: undefined,
  description: undefined,
  columns: undefined,
  defaults: true,
  appendOnly: false,
  status: 'live',
  phase: 'live',
  dryRun: false,
  build: false,
  spec: root,
  out: '.',
  ...parts,
});

async function exitCode(run: Promise<void>): Promise<number> {
  try {
    await run;
    return 0;
  } catch (error) {
    if (error instanceof ExitError) return error.exitCode;
    throw error;
  }
}

describe('interactive new-table', () => {
  it('asks for module, name, description and columns, shows problems as it goes, and writes after confirmation', async () => {
    const { dir, root } = tempMiniSpec();
    const io = terminal(dir);
    const prompter = scripted([
      'scoial', // unknown module: asked again
      'soc',
      'likes_posts', // near-duplicate of soc_post_likes: asked again
      'shares',
      'A share of a post.',
      'post_id:uuid->soc_post, note:text?', // unknown target: asked again, the answer ready to edit
      'post_id->soc_posts, note:text?',
      'y',
    ]);
    expect(await exitCode(runNewTable(options(root), io, () => prompter))).toBe(0);

    const module = 'Module (ai, core, mkt, soc): ';
    const name = 'Table name (soc_ is added): ';
    expect(prompter.asked.map((a) => a.question)).toEqual([
      module,
      module,
      name,
      name,
      'Description (one sentence: what one row is): ',
      'Columns: ',
      'Columns: ',
      expect.stringMatching(/^Add soc_shares to .*modules\/soc\.yaml\? \[Y\/n\] $/),
    ]);
    expect(prompter.asked[6]?.initial).toBe('post_id:uuid->soc_post, note:text?');
    const out = io.out();
    expect(out).toContain('✖ unknown module "scoial"');
    expect(out).toMatch(/✖ table name "likes_posts": table "soc_\w+" normalises to "like_post", like "soc_\w+" in the same module/);
    expect(out).toContain('✔ soc_shares in');
    expect(out)
      .toContain(`✖ --columns position 15, column "post_id": foreign key to unknown table "soc_post" (did you mean "soc_posts"?) [unknown-fk-target]
    post_id:uuid->soc_post, note:text?
                  ^^^^^^^^
  → write ->soc_posts`);
    expect(out).toContain('  soc_shares:\n    description: A share of a post.\n');
    expect(out).toContain('✔ added soc_shares to');
    expect(readFileSync(join(dir, 'modules', 'soc.yaml'), 'utf8')).toContain(
      '  soc_shares:\n    description: A share of a post.\n    use: [id, timestamps]\n',
    );
  });

  it('asks only for what is missing; a prefixed name needs no module', async () => {
    const { dir, root } = tempMiniSpec();
    const prompter = scripted(['post_id->soc_posts', '']);
    const io = terminal(dir);
    expect(await exitCode(runNewTable(options(root, { name: 'soc_shares', description: 'A share.' }), io, () => prompter))).toBe(0);
    expect(prompter.asked.map((a) => a.question)).toEqual(['Columns: ', expect.stringMatching(/^Add soc_shares to/)]);
    expect(io.out()).toContain('Columns, comma-separated: name:type');
  });

  it('asks the name again when the one given is refused', async () => {
    const { dir, root } = tempMiniSpec();
    const prompter = scripted(['soc_shares', 'post_id->soc_posts', 'y']);
    const io = terminal(dir);
    const run = runNewTable(options(root, { name: 'soc_polls', description: 'A share.' }), io, () => prompter);
    expect(await exitCode(run)).toBe(0);
    expect(io.out()).toContain('table "soc_polls" already exists');
    expect(prompter.asked[0]?.question).toBe('Table name (soc_ is added): ');
  });

  it('writes nothing when cancelled (end of input) or declined', async () => {
    const { dir, root } = tempMiniSpec();
    const before = snapshotDir(dir);
    expect(await exitCode(runNewTable(options(root), terminal(dir), () => scripted(['soc', 'shares'])))).toBe(1);
    expect(snapshotDir(dir)).toEqual(before);
    const io = terminal(dir);
    expect(
      await exitCode(runNewTable(options(root, { name: 'soc_shares', description: 'x.' }), io, () => scripted(['note:text', 'n']))),
    ).toBe(0);
    expect(io.out()).toContain('Nothing was written.');
    expect(snapshotDir(dir)).toEqual(before);
  });
});
