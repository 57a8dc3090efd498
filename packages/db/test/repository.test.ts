import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CheckViolationError,
  ForeignKeyViolationError,
  NotFoundError,
  NotNullViolationError,
  PoultrycoDbError,
  QueryError,
  UniqueViolationError,
  ValidationError,
  type Db,
  type NewProfile,
} from '../src/index.js';
import { openSdkDatabase, type SdkDatabase } from './sdk-database.js';

let sdk: SdkDatabase;
let db: Db;
let n = 0;
const member = (extra: Partial<NewProfile> = {}): NewProfile => {
  n++;
  return { auth_user_id: randomUUID(), handle: `member_${n}`, full_name: `Member ${n}`, email: `member${n}@example.in`, ...extra };
};

beforeAll(async () => {
  sdk = await openSdkDatabase();
  db = sdk.db;
});
afterAll(async () => {
  await sdk.close();
});

describe('repositories', () => {
  it('insert returns the stored row with defaults and the types the generated row type promises', async () => {
    const profile = await db.core.profiles.insert(member({ state_code: 'TN' }));
    expect(profile.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(profile.status).toBe('pending');
    expect(profile.created_at).toBeInstanceOf(Date);
    const post = await db.soc.posts.insert({
      author_id: profile.id,
      content: 'Layer prices up in Namakkal',
      metadata: { link_preview: { url: 'https://necc.example/prices', title: 'NECC' } },
    });
    expect(post).toMatchObject({ author_id: profile.id, content: 'Layer prices up in Namakkal', like_count: 0, media_urls: [] });
    expect(post.metadata.link_preview?.title).toBe('NECC');
    await expect(db.soc.posts.insert({ author_id: profile.id, content: 'x', metadata: { hashtags: ['necc'] } as never })).rejects.toThrow(
      /metadata: Unrecognized key: "hashtags"/,
    );
    expect(typeof post.view_count).toBe('string');
    expect(await db.soc.posts.findById(post.id)).toEqual(post);
  });

  it('findById returns undefined and getById throws NotFoundError for a missing row', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await db.core.profiles.findById(missing)).toBeUndefined();
    await expect(db.core.profiles.getById(missing)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('findMany filters, orders, limits; count counts', async () => {
    const author = await db.core.profiles.insert(member());
    for (let i = 0; i < 5; i++)
      await db.soc.posts.insert({ author_id: author.id, content: `post ${i}`, published_at: new Date(Date.UTC(2025, 0, i + 1)) });
    const latest = await db.soc.posts.findMany({ where: { author_id: author.id }, orderBy: { published_at: 'desc' }, limit: 2 });
    expect(latest.map((p) => p.content)).toEqual(['post 4', 'post 3']);
    expect(await db.soc.posts.count({ author_id: author.id })).toBe(5);
    expect(await db.soc.posts.count({ author_id: author.id, edited_at: null })).toBe(5);
  });

  it('page walks every row exactly once with keyset cursors, in order', async () => {
    const author = await db.core.profiles.insert(member());
    const same = new Date('2025-03-01T00:00:00Z');
    for (let i = 0; i < 7; i++)
      await db.soc.posts.insert({ author_id: author.id, content: `p${i}`, published_at: i < 3 ? same : new Date(Date.UTC(2025, 3, i)) });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof db.soc.posts.page>> = await db.soc.posts.page({
        where: { author_id: author.id },
        orderBy: { published_at: 'desc' },
        limit: 3,
        after,
      });
      seen.push(...page.rows.map((r) => r.content ?? ''));
      after = page.next;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 4)).toEqual(['p6', 'p5', 'p4', 'p3']);
  });

  it('page walks a mixed-direction order the same way, row for row, as findMany sorts it', async () => {
    const author = await db.core.profiles.insert(member());
    const day = (d: number) => new Date(Date.UTC(2025, 4, d));
    for (let i = 0; i < 9; i++)
      await db.soc.posts.insert({ author_id: author.id, content: `m${i % 3}${i}`, published_at: day(1 + (i % 3)) });
    // published_at descending, content ascending: the seek cannot be one row comparison.
    const orderBy = { published_at: 'desc', content: 'asc' } as const;
    const expected = await db.soc.posts.findMany({ where: { author_id: author.id }, orderBy, limit: 100 });
    const seen: typeof expected = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof db.soc.posts.page>> = await db.soc.posts.page({
        where: { author_id: author.id },
        orderBy,
        limit: 2,
        after,
      });
      expect(Object.keys(page.rows[0] ?? {})).not.toContain('__cursor_0');
      seen.push(...page.rows);
      after = page.next;
    } while (after);
    expect(seen.map((p) => p.content)).toEqual(expected.map((p) => p.content));
    expect(seen).toEqual(expected);
  });

  it('update and delete by id', async () => {
    const author = await db.core.profiles.insert(member());
    const post = await db.soc.posts.insert({ author_id: author.id, content: 'draft' });
    const edited = await db.soc.posts.update(post.id, { content: 'edited', edited_at: new Date() });
    expect(edited.content).toBe('edited');
    expect(edited.updated_at.getTime()).toBeGreaterThanOrEqual(post.updated_at.getTime());
    expect(await db.soc.posts.delete(post.id)).toBe(true);
    expect(await db.soc.posts.delete(post.id)).toBe(false);
    await expect(db.soc.posts.update(post.id, { content: 'gone' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('composite keys: upsert and findByKey', async () => {
    const author = await db.core.profiles.insert(member());
    const post = await db.soc.posts.insert({ author_id: author.id, content: 'like me' });
    const like = await db.soc.postLikes.upsert({ post_id: post.id, profile_id: author.id }, { onConflict: ['post_id', 'profile_id'] });
    const again = await db.soc.postLikes.upsert({ post_id: post.id, profile_id: author.id }, { onConflict: ['post_id', 'profile_id'] });
    expect(again.created_at).toEqual(like.created_at);
    expect(await db.soc.postLikes.findByKey({ post_id: post.id, profile_id: author.id })).toEqual(like);
    await expect(db.soc.postLikes.findById(post.id as never)).rejects.toThrow(/composite primary key/);
  });

  it('transactions commit, and roll back when the callback throws', async () => {
    const author = await db.core.profiles.insert(member());
    await db.transaction(async (tx) => {
      await tx.soc.posts.insert({ author_id: author.id, content: 'committed' });
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.soc.posts.insert({ author_id: author.id, content: 'rolled back' });
        const inside = await tx.kysely.selectFrom('soc_posts').select('content').where('author_id', '=', author.id).execute();
        expect(inside).toHaveLength(2);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await db.soc.posts.findMany({ where: { author_id: author.id } })).map((p) => p.content)).toEqual(['committed']);
  });

  it('db.kysely is the typed Kysely<DB> on the same driver settings', async () => {
    const author = await db.core.profiles.insert(member());
    await db.soc.posts.insert({ author_id: author.id, content: 'via kysely', view_count: 42 });
    const row = await db.kysely
      .selectFrom('soc_posts')
      .select(['view_count', 'created_at'])
      .where('author_id', '=', author.id)
      .executeTakeFirstOrThrow();
    expect(row.view_count).toBe('42');
    expect(row.created_at).toBeInstanceOf(Date);
  });
});

describe('validation and typed errors', () => {
  it('rejects bad rows before they reach the database, with field paths', async () => {
    const error = await db.core.profiles
      .insert({ handle: 'x', full_name: '   ', email: 'a@b.in', phone: 'x'.repeat(30) } as NewProfile)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['full_name', 'phone']));
    await expect(db.core.profiles.insert({ ...member(), unknown_column: 1 } as NewProfile)).rejects.toBeInstanceOf(ValidationError);
    await expect(db.soc.posts.insert({ author_id: 'not-a-uuid', content: 'x' })).rejects.toThrow(/author_id/);
  });

  it('maps constraint violations to typed errors with table, constraint and columns', async () => {
    const a = await db.core.profiles.insert(member());
    const unique = (await db.core.profiles.insert(member({ handle: a.handle })).catch((e: unknown) => e)) as UniqueViolationError;
    expect(unique).toBeInstanceOf(UniqueViolationError);
    expect(unique).toMatchObject({ code: '23505', table: 'profiles', constraint: 'uq_profiles_handle', columns: ['handle'] });

    const fk = (await db.soc.posts
      .insert({ author_id: '00000000-0000-4000-8000-000000000001', content: 'orphan' })
      .catch((e: unknown) => e)) as ForeignKeyViolationError;
    expect(fk).toBeInstanceOf(ForeignKeyViolationError);
    expect(fk).toMatchObject({ code: '23503', table: 'soc_posts', constraint: 'fk_soc_posts_author_id', columns: ['author_id'] });

    const raw = sdk.open({ validate: false });
    const notNull = (await raw.core.profiles
      .insert({ auth_user_id: randomUUID(), handle: 'nobody_here', email: 'n@x.in' } as NewProfile)
      .catch((e: unknown) => e)) as NotNullViolationError;
    expect(notNull).toBeInstanceOf(NotNullViolationError);
    expect(notNull).toMatchObject({ code: '23502', columns: ['full_name'] });
    const check = (await raw.soc.posts
      .insert({ author_id: a.id, content: 'x', like_count: -1 })
      .catch((e: unknown) => e)) as CheckViolationError;
    expect(check).toBeInstanceOf(CheckViolationError);
    expect(check.constraint).toBe('ck_soc_posts_like_count_range');
  });

  it('accepts only real columns in where and orderBy at run time, and caps limit', async () => {
    await expect(db.soc.posts.findMany({ where: { nope: 1 } as never })).rejects.toThrow(/no column "nope"/);
    await expect(db.soc.posts.findMany({ orderBy: { 'id; DROP TABLE profiles': 'asc' } as never })).rejects.toThrow(/no column/);
    await expect(db.soc.posts.findMany({ orderBy: { id: 'sideways' } as never })).rejects.toThrow(/direction/);
    const capped = sdk.open({ maxLimit: 2 });
    const author = await db.core.profiles.insert(member());
    for (let i = 0; i < 3; i++) await db.soc.posts.insert({ author_id: author.id, content: `c${i}` });
    expect(await capped.soc.posts.findMany({ where: { author_id: author.id }, limit: 50 })).toHaveLength(2);
  });

  it('refuses a query it cannot build with a QueryError naming the table, the option and the column', async () => {
    const refused = async (call: () => Promise<unknown>) => {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(QueryError);
      expect(error).toBeInstanceOf(PoultrycoDbError);
      const { table, option, column, message } = error as QueryError;
      return { table, option, column, message };
    };
    const posts = db.soc.posts;
    expect(await refused(() => posts.findMany({ where: { nope: 1 } as never }))).toEqual({
      table: 'soc_posts',
      option: 'where',
      column: 'nope',
      message: 'soc_posts has no column "nope" (in where)',
    });
    expect(await refused(() => posts.count({ nope: 1 } as never))).toMatchObject({ option: 'where', column: 'nope' });
    expect(await refused(() => posts.page({ where: { nope: 1 } as never }))).toMatchObject({ option: 'where', column: 'nope' });
    expect(await refused(() => posts.findMany({ orderBy: { nope: 'asc' } as never }))).toMatchObject({ option: 'orderBy', column: 'nope' });
    expect(await refused(() => posts.page({ orderBy: { nope: 'asc' } as never }))).toMatchObject({ option: 'orderBy', column: 'nope' });
    expect(await refused(() => posts.findMany({ orderBy: { id: 'sideways' } as never }))).toMatchObject({
      option: 'orderBy',
      column: 'id',
      message: "orderBy direction must be 'asc' or 'desc', not sideways",
    });
    expect(await refused(() => posts.page({ orderBy: { created_at: 'DESC' } as never }))).toMatchObject({
      option: 'orderBy',
      column: 'created_at',
    });
    for (const limit of [-1, 1.5, Number.NaN]) {
      expect(await refused(() => posts.findMany({ limit }))).toMatchObject({ option: 'limit', column: null });
      expect(await refused(() => posts.page({ limit }))).toMatchObject({ option: 'limit', column: null });
    }
    expect(await refused(() => posts.page({ after: 'not a cursor' }))).toMatchObject({ option: 'after', message: 'invalid page cursor' });
    const author = await db.core.profiles.insert(member());
    for (let i = 0; i < 3; i++) await posts.insert({ author_id: author.id, content: `q${i}` });
    const { next } = await posts.page({ where: { author_id: author.id }, orderBy: { created_at: 'desc' }, limit: 1 });
    expect(next).not.toBeNull();
    // A cursor of another order (two columns) does not fit a page ordered by the key alone.
    expect(await refused(() => posts.page({ where: { author_id: author.id }, after: next }))).toMatchObject({ option: 'after' });
    const post = await posts.insert({ author_id: author.id, content: 'likes' });
    const likes = db.soc.postLikes;
    expect(
      await refused(() => likes.upsert({ post_id: post.id, profile_id: author.id }, { onConflict: ['post_id', 'nope' as never] })),
    ).toMatchObject({ table: 'soc_post_likes', option: 'onConflict', column: 'nope' });
    expect(await refused(() => likes.findById(post.id as never))).toMatchObject({
      table: 'soc_post_likes',
      option: 'id',
      message: 'soc_post_likes has a composite primary key (post_id, profile_id); use findByKey',
    });
    expect(await refused(() => likes.delete(post.id as never))).toMatchObject({ option: 'id' });
    expect(await refused(() => likes.findByKey({ post_id: post.id }))).toMatchObject({ option: 'key', column: 'profile_id' });
    const raw = sdk.open({ validate: false });
    expect(await refused(() => raw.soc.posts.insert({ author_id: author.id, content: 'x', nope: 1 } as never))).toMatchObject({
      option: 'row',
      column: 'nope',
    });
  });
});
