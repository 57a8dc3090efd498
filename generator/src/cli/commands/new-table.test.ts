import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyScript } from '../../db/apply-script.js';
import { lintModel } from '../../lint/run-lint.js';
import { tempMiniSpec } from '../../new-table/test-support/mini-spec.js';
import { loadModel } from '../../pipeline/load-model.js';
import { catalogColumns } from '../../test-support/catalog.js';
import { REPO_SPEC } from '../../test-support/paths.js';
import { copySpec, snapshotDir, writeTempSpec } from '../../test-support/temp-spec.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import type { CliIO } from '../io.js';
import { main } from '../main.js';

async function gen(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd, isTTY: false, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * Checks that `after` is `before` with whole lines added and nothing else changed (every other
 * line byte for byte, in order); returns the added runs of lines.
 */
function addedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const runs: string[] = [];
  let run: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (i < old.length && line === old[i]) {
      i++;
      if (run.length > 0) runs.push(run.join('\n'));
      run = [];
    } else {
      run.push(line);
    }
  }
  if (run.length > 0) runs.push(run.join('\n'));
  expect(i, 'every original line is still there, in order').toBe(old.length);
  return runs;
}

const SHARES = ['soc_shares', '--description', 'A share of a post.', '--columns', 'post_id->soc_posts, note:text?'];

describe('gen new-table', () => {
  it('documents the column syntax in --help', async () => {
    const { stdout, code } = await gen(['new-table', '--help'], '.');
    expect(code).toBe(0);
    for (const text of [
      'name:type',
      'enum(a|b|c)',
      '->table.column',
      '=default',
      'tags:text[]',
      '--no-defaults',
      '--append-only',
      '--dry-run',
      '--no-build',
      '--out',
      '--phase',
    ])
      expect(stdout).toContain(text);
  });

  it('--dry-run prints the YAML and the DDL and writes nothing', async () => {
    const { dir, root } = tempMiniSpec();
    const before = snapshotDir(dir);
    const result = await gen(['new-table', ...SHARES, '--spec', root, '--dry-run'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'modules/soc.yaml: after soc_post_likes\ntables:\n  soc_shares:\n    description: A share of a post.\n    use: [id, timestamps]\n',
    );
    expect(result.stdout).toContain('-- DDL\nCREATE TABLE soc_shares (\n');
    expect(result.stdout).toContain('CREATE INDEX ix_soc_shares_post_id ON soc_shares (post_id);');
    expect(result.stdout).toContain('nothing was written');
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('adds the table to the module file, every other byte unchanged, and rebuilds into --out', async () => {
    const { dir, root } = tempMiniSpec();
    const soc = join(dir, 'modules', 'soc.yaml');
    const original = readFileSync(soc, 'utf8');
    const result = await gen(['new-table', 'shares', '--module', 'soc', ...SHARES.slice(1), '--spec', root, '--out', 'out'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(addedLines(original, readFileSync(soc, 'utf8'))).toEqual([
      '  soc_shares:\n    description: A share of a post.\n    use: [id, timestamps]\n    columns:\n      post_id: { type: uuid, references: soc_posts }\n      note: { type: text, nullable: true }\n    indexes:\n      - columns: [post_id]\n',
    ]);
    expect(readFileSync(join(dir, 'out', 'packages', 'db', 'sql', 'schema.sql'), 'utf8')).toContain('CREATE TABLE soc_shares (');
    expect(result.stdout).toMatch(/✔ added soc_shares to .*modules\/soc\.yaml \(after soc_post_likes\)/);
    expect(result.stdout).toContain('created  packages/db/sql/schema.sql');
    expect(result.stdout).toMatch(/Next:\n {2}1\. Review soc_shares/);
    expect(result.stdout).toContain('Write the migration that creates it; its DDL:\n       CREATE TABLE soc_shares (');
  });

  it('--no-build writes only the module file; --phase makes the table planned', async () => {
    const { dir, root } = tempMiniSpec();
    const before = snapshotDir(dir);
    const result = await gen(['new-table', ...SHARES, '--phase', 'y1', '--spec', root, '--no-build'], dir);
    expect(result.code).toBe(0);
    const after = snapshotDir(dir);
    expect([...after.keys()].filter((k) => after.get(k) !== before.get(k))).toEqual(['modules/soc.yaml']);
    expect(after.get('modules/soc.yaml')).toContain(
      '  soc_shares:\n    description: A share of a post.\n    status: planned\n    phase: y1\n',
    );
    expect(result.stdout).toContain('Regenerate: npx gen build');
    expect(result.stdout).toContain('planned for y1');
  });

  it.each([
    [
      'an unknown foreign key target',
      ['soc_shares', '-c', 'post_id:uuid->soc_post'],
      /--columns position 15, column "post_id": foreign key to unknown table "soc_post" \(did you mean "soc_posts"\?\)/,
    ],
    ['a near-duplicate name', ['soc_likes_posts', '-c', 'note:text'], /table name "soc_likes_posts": .* normalises to "like_post"/],
    [
      'a wrong prefix for the module',
      ['mkt_shares', '--module', 'soc', '-c', 'note:text'],
      /"mkt_shares" carries the prefix "mkt_" of module mkt, not "soc_" of module soc/,
    ],
    [
      'a forbidden module reference',
      ['soc_promotions', '-c', 'campaign_id->mkt_campaigns'],
      /\(module soc\) references "mkt_campaigns" of module mkt, which module soc does not declare/,
    ],
    ['bad syntax', ['soc_shares', '-c', 'post_id:uuid->soc_posts question:text'], /--columns position 25: unexpected "q"/],
  ])('refuses %s, showing where and what to do, and writes nothing', async (_, args, message) => {
    const { dir, root } = tempMiniSpec();
    const bytes = (name: string) => readFileSync(join(dir, 'modules', name));
    const before = snapshotDir(dir);
    const soc = bytes('soc.yaml');
    const result = await gen(['new-table', ...args, '-d', 'Something.', '--spec', root, '--out', 'out'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/✖ \w+ was not added \(1 problem\); nothing was written\.\n$/);
    expect(bytes('soc.yaml').equals(soc)).toBe(true);
    expect(snapshotDir(dir)).toEqual(before);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('shows the caret under the bad part of --columns', async () => {
    const { dir, root } = tempMiniSpec();
    const result = await gen(['new-table', 'soc_shares', '-d', 'x.', '-c', 'post_id->soc_posts, note:txt', '--spec', root], dir);
    expect(result.stderr).toContain('    post_id->soc_posts, note:txt\n                             ^^^\n');
  });

  it('exits 2 for flags that contradict each other, or information missing without a terminal', async () => {
    const { dir, root } = tempMiniSpec();
    const before = snapshotDir(dir);
    const planned = await gen(['new-table', ...SHARES, '--status', 'planned', '--spec', root], dir);
    expect(planned.code).toBe(2);
    expect(planned.stderr).toContain('a planned table needs --phase y1 or y2');
    expect((await gen(['new-table', ...SHARES, '--status', 'live', '--phase', 'y2', '--spec', root], dir)).stderr).toContain(
      'a live table has no phase',
    );
    const missing = await gen(['new-table', 'shares', '--spec', root], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'missing --module (or a prefixed name), --description, --columns; pass them, or run the command in a terminal to be asked',
    );
    expect(snapshotDir(dir)).toEqual(before);
  });

  it(
    'on the full spec: adds a table to soc.yaml keeping the rest of the file byte for byte; it validates, lints clean and its DDL applies',
    { timeout: 180_000 },
    async () => {
      const { dir, root } = writeTempSpec(copySpec(REPO_SPEC));
      const soc = join(dir, 'modules', 'soc.yaml');
      const original = readFileSync(soc, 'utf8');
      const baseline = lintModel(loadModel(root).model ?? expect.unreachable());
      const result = await gen(
        [
          'new-table',
          'soc_post_surveys',
          '--spec',
          root,
          '--out',
          'out',
          '--description',
          'Polls attached to posts.',
          '--columns',
          'post_id:uuid->soc_posts, question:text, closes_at:timestamptz?, is_anonymous:boolean=false, kind:enum(single|multiple)=single',
        ],
        dir,
      );
      expect(result.code, result.stderr).toBe(0);
      const [enumLines, tableLines, ...rest] = addedLines(original, readFileSync(soc, 'utf8'));
      expect(rest).toEqual([]);
      expect(enumLines).toBe('  soc_post_survey_kind:\n    values: [single, multiple]');
      expect(tableLines).toMatch(/^ {2}soc_post_surveys:\n {4}description: Polls attached to posts\.\n[^]*\n {6}- columns: \[post_id\]\n$/);
      const { model, problems } = loadModel(root);
      expect(problems).toEqual([]);
      const lint = lintModel(model ?? expect.unreachable());
      expect(lint.diagnostics.filter((d) => d.subject.startsWith('soc_post_surveys') || d.message.includes('soc_post_survey'))).toEqual([]);
      expect(lint.errorCount).toBe(baseline.errorCount);

      const db = await createTestDatabase();
      try {
        await applyScript(db.db, readFileSync(join(dir, 'out', 'packages', 'db', 'sql', 'schema.sql'), 'utf8'));
        const columns = (await catalogColumns(db.db, db.schema)).filter((c) => c.table === 'soc_post_surveys').map((c) => c.name);
        expect(columns).toEqual(['id', 'post_id', 'question', 'closes_at', 'is_anonymous', 'kind', 'created_at', 'updated_at']);
      } finally {
        await db.drop();
      }
    },
  );
});
