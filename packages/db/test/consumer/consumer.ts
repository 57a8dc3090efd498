// A service's view of @poultryco/db, installed from its tarball by test/pack.test.ts into a fresh
// project, type-checked there and run against the database (PGlite, or the server schema named in
// PACK_SCHEMA). Each `@ts-expect-error TSxxxx` line must fail to compile with that code (the pack
// test strips the directives and compares) and, where it runs, be refused at run time too.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import {
  createDb,
  CheckViolationError,
  NotFoundError,
  QueryError,
  UniqueViolationError,
  ValidationError,
  type CreateDbOptions,
  type Db,
  type NewSocPost,
  type SocPost,
} from '@poultryco/db';
import { newProfileSchema, type Profile } from '@poultryco/db/core';
import { socPostVisibilityValues, type SocPostVisibility } from '@poultryco/db/soc';
import { migrate } from '@poultryco/db/migrate';

interface Opened {
  readonly driver: 'pg' | 'pglite';
  open(options?: Pick<CreateDbOptions, 'validate' | 'maxLimit'>): Db;
  close(): Promise<void>;
}

async function openDatabase(): Promise<Opened> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${process.env.PACK_SCHEMA},public`, max: 2 });
    return { driver: 'pg', open: (options) => createDb({ pool, ...options }), close: () => pool.end() };
  }
  const pglite = await PGlite.create({ extensions: { citext } });
  // The migrations ship in the package, and so does the runner: a service migrates at startup.
  const migrated = await migrate({ pglite });
  if (migrated.error) throw migrated.error;
  assert.ok(migrated.results.length > 0 && migrated.results.every((r) => r.status === 'applied' || r.status === 'skipped'));
  assert.deepEqual((await migrate({ pglite })).results, []);
  // The DDL ships too: `@poultryco/db/sql/schema.sql`.
  assert.match(await readFile(createRequire(import.meta.url).resolve('@poultryco/db/sql/schema.sql'), 'utf8'), /CREATE TABLE soc_posts/);
  return { driver: 'pglite', open: (options) => createDb({ pglite, ...options }), close: () => pglite.close() };
}

async function refused(run: () => Promise<unknown>, expected: new (...args: never[]) => Error, message?: RegExp): Promise<void> {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof expected, `expected ${expected.name}, got ${String(error)}`);
    if (message) assert.match(error.message, message);
    return true;
  });
}

/** Compiled, never run: calls that must not type-check. */
export function neverCalled(db: Db, post: SocPost): void {
  // @ts-expect-error TS2322 a pg.Pool is required (fails only if pg's types ship with the package)
  createDb({ pool: 42 });
  // @ts-expect-error TS2345 a primary key is a uuid string
  void db.soc.posts.findById(42);
  // @ts-expect-error TS2345 composite keys use findByKey
  void db.soc.postLikes.findById(post.id);
  // @ts-expect-error TS2322 select types are what the driver returns: bigint is a string
  const views: number = post.view_count;
  void views;
}

const opened = await openDatabase();
const db = opened.open();
try {
  const profile: Profile = await db.core.profiles.insert(
    newProfileSchema.parse({ auth_user_id: randomUUID(), handle: 'pack_test', full_name: 'Pack Test', email: 'pack@example.in' }),
  );
  const author_id = profile.id;
  const draft: NewSocPost = { author_id, content: 'Layer prices up in Namakkal', view_count: 5n };
  const post = await db.soc.posts.insert(draft);
  const visibility: SocPostVisibility = post.visibility;
  assert.ok(socPostVisibilityValues.includes(visibility));
  assert.ok(post.created_at instanceof Date);
  assert.equal(post.view_count, '5');
  assert.deepEqual(post.media_urls, []);

  assert.deepEqual(await db.soc.posts.findById(post.id), post);
  await refused(() => db.soc.posts.getById(randomUUID()), NotFoundError);
  for (let i = 0; i < 4; i++) await db.soc.posts.insert({ author_id, content: `post ${i}` });
  const latest = await db.soc.posts.findMany({ where: { author_id }, orderBy: { created_at: 'desc' }, limit: 2 });
  assert.deepEqual(
    latest.map((p) => p.content),
    ['post 3', 'post 2'],
  );
  const first = await db.soc.posts.page({ where: { author_id }, orderBy: { created_at: 'asc' }, limit: 3 });
  assert.ok(first.next);
  const rest = await db.soc.posts.page({ where: { author_id }, orderBy: { created_at: 'asc' }, limit: 3, after: first.next });
  assert.equal(rest.next, null);
  assert.equal(new Set([...first.rows, ...rest.rows].map((p) => p.id)).size, 5);
  assert.equal((await db.soc.posts.update(post.id, { content: 'edited' })).content, 'edited');
  assert.equal(await db.soc.posts.count({ author_id }), 5);

  const key = { post_id: post.id, profile_id: author_id };
  const like = await db.soc.postLikes.upsert(key, { onConflict: ['post_id', 'profile_id'] });
  assert.deepEqual(await db.soc.postLikes.findByKey(key), like);
  await refused(() => db.soc.postLikes.insert(key), UniqueViolationError);
  await refused(
    () =>
      db.transaction(async (tx) => {
        await tx.soc.posts.insert({ author_id, content: 'rolled back' });
        throw new Error('abort');
      }),
    Error,
    /abort/,
  );
  assert.equal(await db.soc.posts.count({ author_id }), 5);
  const joined = await db.kysely
    .selectFrom('soc_posts as p')
    .innerJoin('profiles as a', 'a.id', 'p.author_id')
    .select(['p.content', 'a.handle'])
    .where('p.id', '=', post.id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(joined, { content: 'edited', handle: 'pack_test' });
  assert.equal(await db.soc.posts.delete(post.id), true);

  assert.equal((await opened.open({ maxLimit: 2 }).soc.posts.findMany({ where: { author_id }, limit: 50 })).length, 2);
  await refused(() => db.soc.posts.insert({ author_id, content: '  ' }), ValidationError, /content/);
  await refused(() => opened.open({ validate: false }).soc.posts.insert({ author_id, content: '  ' }), CheckViolationError);

  // @ts-expect-error TS2561 a misspelled column in insert
  await refused(() => db.soc.posts.insert({ author_id, contnet: 'x' }), ValidationError, /contnet/);
  // @ts-expect-error TS2322 a value of the wrong type
  await refused(() => db.soc.posts.insert({ author_id, content: 42 }), ValidationError, /content/);
  // @ts-expect-error TS2561 an unknown column in where
  await refused(() => db.soc.posts.findMany({ where: { autor_id: author_id } }), QueryError, /autor_id/);
  // @ts-expect-error TS2561 an unknown column in orderBy
  await refused(() => db.soc.posts.findMany({ orderBy: { craeted_at: 'desc' } }), QueryError, /craeted_at/);
  // @ts-expect-error TS2322 a direction that is not asc or desc
  await refused(() => db.soc.posts.findMany({ orderBy: { created_at: 'down' } }), QueryError, /direction/);
  // @ts-expect-error TS2769 a column Kysely does not know
  await refused(() => db.kysely.selectFrom('soc_posts').select('contents').execute(), Error, /contents/);

  console.log(JSON.stringify({ ok: true, driver: opened.driver }));
} finally {
  await db.destroy();
  await opened.close();
}
