import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test-support/run-cli.js';
import { createUrlDatabase, type UrlDatabase } from '../../test-support/url-database.js';

const FIXTURE = readFileSync(join(import.meta.dirname, '..', '..', 'introspect', 'fixtures', 'rails-app.sql'), 'utf8');

describe('gen import', () => {
  let u: UrlDatabase;
  let out: string;
  const importInto = (dir: string, ...extra: string[]) => runCli(['import', '--db', u.url, '--schema', u.schema, '--out', dir, ...extra]);

  beforeAll(async () => {
    u = await createUrlDatabase();
    await u.use((db) => db.exec(FIXTURE));
    out = join(mkdtempSync(join(tmpdir(), 'gen-import-cli-')), 'spec');
  });
  afterAll(async () => {
    await u?.drop();
    rmSync(join(out, '..'), { recursive: true, force: true });
  });

  it('writes a root file and one file per module that gen validate accepts', async () => {
    const r = await importInto(out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ imported 7 tables and 2 enums from schema \S+ into \/.*\/spec\/ \(1 module, 7 unassigned; \d+ warnings?\)/);
    expect(existsSync(join(out, 'poultryco.yaml'))).toBe(true);
    // With the repo's spec as reference, a table the strategy renames comes with a suggestion.
    expect(r.stdout).toContain("  unassigned  organizations: the strategy's renaming map renames it to org_profiles (module org)");
    const validate = await runCli(['validate', '--spec', join(out, 'poultryco.yaml')]);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
  });

  it('imports without the reference spec: everything unassigned, no suggestions from the spec’s modules', async () => {
    const dir = join(out, '..', 'bare');
    const r = await importInto(dir, '--no-reference');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'modules', 'unassigned.yaml'), 'utf8')).toMatch(
      /^# Unassigned \(unassigned\): Imported by gen import from schema \S+\./,
    );
    expect((await runCli(['validate', '--spec', join(dir, 'imported.yaml')])).code).toBe(0);
  });

  it('replaces its own earlier import, removes stale module files, and never overwrites other files unless forced', async () => {
    writeFileSync(join(out, 'modules', 'old.yaml'), '# Imported by gen import from schema x.\nversion: 1\nmodule: old\n');
    const again = await importInto(out, '--no-reference');
    expect(again.code).toBe(0);
    expect(existsSync(join(out, 'modules', 'old.yaml'))).toBe(false);
    // The first import's root file (named after the reference spec) is stale now too.
    expect(existsSync(join(out, 'poultryco.yaml'))).toBe(false);
    expect((await runCli(['validate', '--spec', join(out, 'imported.yaml')])).code).toBe(0);

    const foreign = join(out, '..', 'foreign');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'imported.yaml'), 'version: 1\n# hand-written\n');
    const refused = await importInto(foreign, '--no-reference');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/imported\.yaml exists and was not written by gen import; choose another --out or pass --force/);
    expect(readFileSync(join(foreign, 'imported.yaml'), 'utf8')).toBe('version: 1\n# hand-written\n');
    expect((await importInto(foreign, '--no-reference', '--force')).code).toBe(0);
  });

  it('needs --db', async () => {
    const r = await runCli(['import']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Missing required argument: db/);
  });
});
