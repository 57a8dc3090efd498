import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { connectDb } from '../db/db-client.js';
import { FEATURES_SPEC } from '../test-support/paths.js';
import { runCli } from '../test-support/run-cli.js';
import { onServer } from '../test-support/test-database.js';

const commands: [string, string[]][] = [
  ['import', ['--out', '/nonexistent/never-written', '--no-reference']],
  ['check', ['--spec', FEATURES_SPEC]],
];

describe.each(commands)('gen %s --db: clear errors, exit 2, no stack trace', (command, rest) => {
  const run = (db: string, ...extra: string[]) => runCli([command, ...rest, '--db', db, ...extra]);
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

  it.each([
    ['not a URL', 'not a url', /--db: "not a url" is not a URL/],
    ['a host without a scheme', 'localhost:5432', /--db: "localhost:5432" is not a PostgreSQL URL/],
    ['another scheme', 'mysql://root@localhost/app', /--db: "mysql:\/\/root@localhost\/app" is not a PostgreSQL URL/],
    ['an empty PGlite', 'pglite://memory', /--db: pglite:\/\/memory is a fresh empty database/],
    ['a folder without a PGlite database', 'pglite:///nonexistent/dir', /--db: no PGlite database in \/nonexistent\/dir/],
    [
      'an unreachable server',
      'postgres://postgres@127.0.0.1:1/test',
      /gen: cannot connect to postgres:\/\/postgres@127\.0\.0\.1:1\/test: .*ECONNREFUSED/,
    ],
  ])('%s', async (_what, url, message) => {
    const r = await run(url);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
  });

  it('hides the password of the URL in messages', async () => {
    const r = await run('postgres://postgres:s3cret@127.0.0.1:1/test');
    expect(r.stderr).not.toContain('s3cret');
  });

  it.runIf(onServer())('a schema that does not exist, naming the schemas that hold tables', async () => {
    // A schema of its own with a table, so the list does not depend on what other tests left.
    const schema = `gen_dbopt_${randomBytes(4).toString('hex')}`;
    const admin = await connectDb(process.env.DATABASE_URL ?? '');
    try {
      await admin.exec(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.t (id int)`);
      const r = await run(process.env.DATABASE_URL ?? '', '--schema', 'no_such_schema');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /gen: schema "no_such_schema" does not exist in this database \(schemas with tables: [^)]*\); pass --schema/,
      );
      expect(r.stderr).toContain(schema);
      noStack(r.stderr);
    } finally {
      await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    }
  });

  it.runIf(onServer())('a role without the privilege to connect', async () => {
    const name = `gen_noconnect_${randomBytes(4).toString('hex')}`;
    const admin = await connectDb(process.env.DATABASE_URL ?? '');
    try {
      await admin.exec(`CREATE DATABASE ${name}`);
      await admin.exec(`REVOKE CONNECT ON DATABASE ${name} FROM PUBLIC; CREATE ROLE ${name} LOGIN`);
      const url = new URL(process.env.DATABASE_URL ?? '');
      url.username = name;
      url.pathname = `/${name}`;
      const r = await run(url.toString());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`gen: cannot connect to .*: permission denied for database "?${name}"?`));
      noStack(r.stderr);
    } finally {
      await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
      await admin.exec(`DROP ROLE IF EXISTS ${name}`);
      await admin.close();
    }
  });
});
