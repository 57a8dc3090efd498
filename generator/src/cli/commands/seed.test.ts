import { afterEach, describe, expect, it } from 'vitest';
import { applyScript } from '../../db/apply-script.js';
import { SCHEMA_SQL_PATH, ddlEmitter } from '../../emit/ddl/ddl-emitter.js';
import { emitAll } from '../../pipeline/build.js';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { REPO_SPEC } from '../../test-support/paths.js';
import { runCli } from '../../test-support/run-cli.js';
import { createUrlDatabase, type UrlDatabase } from '../../test-support/url-database.js';

describe('gen seed', () => {
  let target: UrlDatabase | null = null;
  afterEach(async () => {
    await target?.drop();
    target = null;
  });

  it('fills every live table of a database by URL and says what it did', async () => {
    const db = (target = await createUrlDatabase());
    const model = loadModelOrThrow(REPO_SPEC);
    await db.use((c) => applyScript(c, emitAll(model, { phase: 'live', emitters: [ddlEmitter] }).outputs.get(SCHEMA_SQL_PATH) ?? ''));
    const { code, stdout, stderr } = await runCli(['seed', '--db', db.url, '--schema', db.schema, '--rows', '2', '--seed', 'necc']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const made = /^✔ seeded 160 tables with (\d+) rows in [\d.]+ s \([\d,]+ rows\/s\), seed necc\n/.exec(stdout);
    expect(made, stdout).not.toBeNull();
    // Two profiles make one connection pair, not two: the rest is listed with its reason.
    expect(Number(made?.[1])).toBeGreaterThan(310);
    if (Number(made?.[1]) < 320) expect(stdout).toMatch(/not made \(\d+\):\n {4}\w+ +\d+ {2}unique /);
    const profiles = await db.use((c) => c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${db.schema}.profiles`));
    expect(profiles.rows[0]?.n).toBe(2);
  });

  it('refuses a bad --rows and a URL that is not PostgreSQL', async () => {
    expect((await runCli(['seed', '--db', 'postgres://localhost/x', '--rows', '1.5'])).code).toBe(2);
    const bad = await runCli(['seed', '--db', 'mysql://localhost/x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a PostgreSQL URL/);
  });
});
