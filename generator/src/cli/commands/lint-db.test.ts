import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_SPEC } from '../../test-support/paths.js';
import { runCli } from '../../test-support/run-cli.js';
import { createUrlDatabase, type UrlDatabase } from '../../test-support/url-database.js';

/** A handful of the Supabase-era tables, under their legacy names, duplicates included. */
const SUPABASE_ERA = `
CREATE TABLE profiles (id uuid PRIMARY KEY, full_name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
COMMENT ON TABLE profiles IS 'Members.';
CREATE TABLE posts (id uuid PRIMARY KEY, author_id uuid NOT NULL REFERENCES profiles (id), content text, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE post_tags (id uuid PRIMARY KEY, post_id uuid NOT NULL REFERENCES posts (id), tag text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE posts_tags (id uuid PRIMARY KEY, post_id uuid NOT NULL REFERENCES posts (id), tag text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE user_email_preferences (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES profiles (id), marketing boolean NOT NULL DEFAULT true);
CREATE TABLE user_email_preferences_v2 (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES profiles (id), marketing boolean NOT NULL DEFAULT true);
`;

describe('gen lint --db: the same rules on a live database', () => {
  let u: UrlDatabase;
  beforeAll(async () => {
    u = await createUrlDatabase();
    await u.use((db) => db.exec(SUPABASE_ERA));
  });
  afterAll(async () => {
    await u?.drop();
  });

  it('reports how far a Supabase-era schema is from the standard', async () => {
    const r = await runCli(['lint', '--db', u.url, '--schema', u.schema, '--spec', REPO_SPEC, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { diagnostics: { ruleId: string; subject: string; message: string }[] };
    const hits = (rule: string) => report.diagnostics.filter((d) => d.ruleId === rule).map((d) => d.subject);
    expect(hits('near-duplicate-table').join(' ')).toMatch(/post_?s?_tags/);
    expect(hits('no-version-suffix')).toContain('user_email_preferences_v2');
    expect(hits('fk-indexed').length).toBeGreaterThan(0);
    expect(hits('boolean-prefix')).toEqual(expect.arrayContaining([expect.stringContaining('marketing')]));
    expect(hits('description-required')).toEqual(expect.arrayContaining(['posts']));
  });

  it('names the flag and exits 2 for an unreachable database', async () => {
    const r = await runCli(['lint', '--db', 'postgres://nobody@127.0.0.1:1/none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/127\.0\.0\.1:1/);
  });
});
