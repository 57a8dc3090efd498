import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../db/db-client.js';
import { runCli } from '../../test-support/run-cli.js';
import { writeTempSpec } from '../../test-support/temp-spec.js';

/*
 * `gen migrate` as a user runs it: new, up --dry-run, up, status, legacy --dry-run and
 * drop-compat-views, on a small spec with legacy names and a duplicate. (The legacy migration
 * itself is tested end to end in migrate/legacy/legacy-migration.test.ts.)
 */
const SPEC = {
  'spec.yaml': `version: 1
name: mini
teams:
  core: { title: Core team }
modules:
  core: { prefix: '', title: Core, owner: core, targets: { current: 1, y1: 1, y2: 1 } }
  soc: { prefix: soc_, title: Social, owner: core, targets: { current: 2, y1: 2, y2: 2 }, references: [core] }
columnSets:
  id:
    placement: start
    columns:
      id: { type: uuid, primaryKey: true, default: gen_random_uuid() }
  timestamps:
    placement: end
    columns:
      created_at: { type: timestamptz, default: now() }
      updated_at: { type: timestamptz, default: now() }
`,
  'modules/core.yaml': `version: 1
module: core
tables:
  profiles:
    description: Members.
    use: [id, timestamps]
    columns:
      handle: { type: citext, unique: true }
`,
  'modules/soc.yaml': `version: 1
module: soc
enums:
  soc_post_visibility: { values: [public, private] }
tables:
  soc_posts:
    description: Posts.
    legacy: [posts]
    use: [id, timestamps]
    columns:
      author_id: { type: uuid, references: profiles, onDelete: cascade }
      content: text
      visibility: { type: soc_post_visibility, default: public }
  soc_post_tags:
    description: Tags on posts.
    legacy: [post_tags, { name: posts_tags, kind: merged }]
    primaryKey: [post_id, tag]
    appendOnly: true
    columns:
      post_id: { type: uuid, references: soc_posts, onDelete: cascade }
      tag: text
      created_at: { type: timestamptz, default: now() }
`,
};

const temp: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('gen migrate', { timeout: 120_000 }, () => {
  const spec = writeTempSpec(SPEC);
  temp.push(spec.dir);
  const dir = tempDir('gen-cli-migrations-');
  const gen = (...args: string[]) => runCli(['migrate', ...args, '--dir', dir]);

  it('new: writes the first migration; a bad name is a usage error', async () => {
    const first = await gen('new', 'initial', '--spec', spec.root);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/✔ wrote .*\d{14}_initial\.sql\n/);
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await gen('new', '???', '--spec', spec.root)).code).toBe(2);
  });

  it('new: refuses a destructive change and writes nothing', async () => {
    const shrunk = writeTempSpec({ ...SPEC, 'modules/soc.yaml': SPEC['modules/soc.yaml'].replace(/ {6}content: text\n/, '') });
    temp.push(shrunk.dir);
    const refused = await gen('new', 'drop_content', '--spec', shrunk.root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ALTER TABLE soc_posts DROP COLUMN content;\n {4}drops column soc_posts.content and its data/);
    expect(refused.stderr).toMatch(/nothing written/);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('up --dry-run prints the SQL; up applies; status lists; up again has nothing to do', async () => {
    const data = tempDir('gen-cli-pglite-');
    await (await connectDb(`pglite://${data}`)).close();
    const db = `pglite://${data}`;
    const dry = await gen('up', '--db', db, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^-- \d{14}_initial\n-- \d{14}_initial\n-- Written by/m);
    expect(dry.stdout).toMatch(/CREATE TABLE soc_posts/);
    expect(dry.stdout).toMatch(/dry run: 1 migration\(s\) would run; nothing changed/);
    const up = await gen('up', '--db', db);
    expect(up.stdout).toMatch(/applied {3}\d{14}_initial \(\d+\.\d s\)\n✔ 1 migration\(s\) applied/);
    const status = await gen('status', '--db', db);
    expect(status.stdout).toMatch(/applied {3}\d{14}_initial {2}\d{4}-\d\d-\d\dT/);
    expect(status.stdout).toMatch(/✔ up to date/);
    expect((await gen('up', '--db', db)).stdout).toMatch(/already up to date/);
    expect((await gen('up', '--db', 'mysql://nowhere')).code).toBe(2);
  });

  it('legacy --dry-run reports renames, merges and the baseline, and writes nothing', async () => {
    const dry = await gen('legacy', 'legacy_rename', '--spec', spec.root, '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Tables renamed \(2\):\n {2}post_tags → soc_post_tags\n {2}posts → soc_posts/);
    expect(dry.stdout).toMatch(/Enum types renamed \(1\):\n {2}post_visibility → soc_post_visibility/);
    expect(dry.stdout).toMatch(/posts_tags → soc_post_tags: copies post_id, tag, created_at/);
    expect(dry.stdout).toMatch(/Then the difference with the spec \(11 statements\):\n {2}8 constraint, index, trigger and sequence names/);
    expect(dry.stdout).toMatch(/Recorded as baselined [^\n]*\n {2}\d{14}_initial/);
    expect(dry.stdout).toMatch(/dry run: nothing written/);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('new drop-compat-views drops the views a legacy migration made; then there is nothing to do', async () => {
    const initial = readdirSync(dir)[0]?.replace(/\.sql$/, '') ?? '';
    writeFileSync(
      join(dir, '20990101000000_legacy_rename.sql'),
      `-- migrate:legacy\n-- migrate:baseline ${initial}\nCREATE VIEW posts AS SELECT id, content FROM soc_posts;\nCREATE VIEW "post tags" AS SELECT tag FROM soc_post_tags;\n`,
    );
    expect((await gen('legacy', 'again', '--spec', spec.root)).stderr).toMatch(
      /20990101000000_legacy_rename is already the legacy migration/,
    );
    const drop = await gen('new', 'drop-compat-views', '--spec', spec.root);
    expect(drop.code).toBe(0);
    const file = readdirSync(dir).find((f) => f.endsWith('_drop_compat_views.sql')) ?? '';
    expect(file).toMatch(/^20990101000001_/);
    expect(readFileSync(join(dir, file), 'utf8')).toMatch(/^DROP VIEW IF EXISTS "post tags";\nDROP VIEW IF EXISTS posts;$/m);
    const again = await gen('new', 'again', '--spec', spec.root, '--drop-compat-views');
    expect(again.stdout).toMatch(/nothing to do: the migrations in .* already build the spec \(phase live\); nothing written/);
    expect(again.code).toBe(0);
  });
});
