import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScript } from '../../../generator/src/db/apply-script.js';
import { REPO_ROOT } from '../../../generator/src/test-support/paths.js';
import { createTestDatabase, type TestDatabase } from '../../../generator/src/test-support/test-database.js';
import { startFeedService, type RunningService } from '../src/service.js';

/*
 * Drives the example over HTTP on a loopback port. Without DATABASE_URL the service runs as
 * `npm run start` would: on an empty PGlite that it fills from the package's schema.sql. With
 * DATABASE_URL it gets a schema of its own on the server (through the URL's `options`), which
 * this test creates and drops.
 */
let database: TestDatabase | null = null;
let env: NodeJS.ProcessEnv = {};
let service: RunningService;

beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    database = await createTestDatabase();
    await applyScript(database.db, readFileSync(join(REPO_ROOT, 'packages', 'db', 'sql', 'schema.sql'), 'utf8'));
    const url = new URL(process.env.DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${database.schema},public`);
    env = { DATABASE_URL: url.toString() };
  }
  service = await startFeedService({ env, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await service?.close();
  await database?.drop();
});

interface Reply<T> {
  readonly status: number;
  readonly body: T;
}
interface Problem {
  readonly error: string;
  readonly message: string;
  readonly constraint?: string | null;
  readonly columns?: readonly string[];
}
interface ProfileJson {
  readonly id: string;
  readonly handle: string;
}
interface PostJson {
  readonly id: string;
  readonly author_id: string;
  readonly content: string | null;
  readonly like_count: number;
  readonly comment_count: number;
  readonly published_at: string;
  readonly edited_at: string | null;
  readonly view_count: string;
}
interface FeedPostJson extends PostJson {
  readonly author: { readonly id: string; readonly handle: string } | null;
  readonly liked_by_viewer: boolean;
}
interface CommentJson {
  readonly id: string;
  readonly content: string;
  readonly parent_comment_id: string | null;
  readonly reply_count: number;
}

async function call<T>(method: string, path: string, body?: unknown, base = service.url): Promise<Reply<T>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

let members = 0;
async function createMember(handle: string): Promise<ProfileJson> {
  members++;
  const reply = await call<ProfileJson>('POST', '/profiles', {
    auth_user_id: randomUUID(),
    handle,
    full_name: `Member ${members}`,
    email: `${handle}@example.in`,
  });
  expect(reply.status).toBe(201);
  return reply.body;
}

async function readWholeFeed(viewer: string, limit: number): Promise<{ posts: FeedPostJson[]; pages: number }> {
  const posts: FeedPostJson[] = [];
  let pages = 0;
  let after: string | null = null;
  do {
    const query: string = `?limit=${limit}&viewer=${viewer}${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const reply: Reply<{ posts: FeedPostJson[]; next: string | null }> = await call('GET', `/feed${query}`);
    expect(reply.status).toBe(200);
    expect(reply.body.posts.length).toBeLessThanOrEqual(limit);
    posts.push(...reply.body.posts);
    after = reply.body.next;
    pages++;
  } while (after && pages < 100);
  return { posts, pages };
}

describe('feed-service over HTTP', () => {
  it('creates profiles and posts, likes and comments, and pages through the feed newest first', async () => {
    expect((await call('GET', '/health')).body).toEqual({ ok: true });
    const asha = await createMember('asha_layers');
    const ravi = await createMember('ravi.broilers');

    const posts: PostJson[] = [];
    for (let i = 0; i < 7; i++) {
      const reply = await call<PostJson>('POST', '/posts', {
        author_id: i % 2 ? ravi.id : asha.id,
        content: `Namakkal egg price update ${i}`,
      });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ like_count: 0, comment_count: 0, view_count: '0' });
      posts.push(reply.body);
    }
    const hidden = await call<PostJson>('POST', '/posts', { author_id: asha.id, content: 'Only for me', visibility: 'private' });
    expect(hidden.status).toBe(201);
    const liked = posts[2]!;

    // Liking is idempotent and counted once per member, in the same transaction as the like.
    expect((await call('PUT', `/posts/${liked.id}/likes`, { profile_id: ravi.id })).body).toEqual({ changed: true, like_count: 1 });
    expect((await call('PUT', `/posts/${liked.id}/likes`, { profile_id: ravi.id })).body).toEqual({ changed: false, like_count: 1 });
    expect((await call('PUT', `/posts/${liked.id}/likes`, { profile_id: asha.id })).body).toEqual({ changed: true, like_count: 2 });
    expect((await call('DELETE', `/posts/${liked.id}/likes/${asha.id}`)).body).toEqual({ changed: true, like_count: 1 });
    expect((await call('DELETE', `/posts/${liked.id}/likes/${asha.id}`)).body).toEqual({ changed: false, like_count: 1 });

    // A comment and a reply to it; the post counts both, the parent counts its reply.
    const comment = await call<CommentJson>('POST', `/posts/${liked.id}/comments`, { author_id: ravi.id, content: 'Same in Salem' });
    expect(comment.status).toBe(201);
    const reply = await call<CommentJson>('POST', `/posts/${liked.id}/comments`, {
      author_id: asha.id,
      content: 'Thanks, Ravi',
      parent_comment_id: comment.body.id,
    });
    expect(reply.status).toBe(201);
    expect(reply.body.parent_comment_id).toBe(comment.body.id);
    expect((await call<PostJson>('GET', `/posts/${liked.id}`)).body).toMatchObject({ like_count: 1, comment_count: 2 });

    const thread: CommentJson[] = [];
    let after: string | null = null;
    do {
      const page: Reply<{ comments: CommentJson[]; next: string | null }> = await call(
        'GET',
        `/posts/${liked.id}/comments?limit=1${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      );
      thread.push(...page.body.comments);
      after = page.body.next;
    } while (after && thread.length < 10);
    expect(thread.map((c) => c.content)).toEqual(['Same in Salem', 'Thanks, Ravi']);
    expect(thread[0]?.reply_count).toBe(1);

    const edited = await call<PostJson>('PATCH', `/posts/${posts[0]!.id}`, { content: 'Namakkal egg price: ₹5.80' });
    expect(edited.status).toBe(200);
    expect(edited.body.content).toBe('Namakkal egg price: ₹5.80');
    expect(edited.body.edited_at).not.toBeNull();

    // Keyset pages of 3: every public post exactly once, newest first; the private one never.
    const { posts: feed, pages } = await readWholeFeed(ravi.id, 3);
    expect(feed.map((p) => p.id).sort()).toEqual(posts.map((p) => p.id).sort());
    expect(pages).toBe(3);
    const times = feed.map((p) => Date.parse(p.published_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const shown = feed.find((p) => p.id === liked.id);
    expect(shown).toMatchObject({ liked_by_viewer: true, like_count: 1, comment_count: 2 });
    expect(shown?.author).toEqual({ id: liked.author_id, handle: 'asha_layers', full_name: 'Member 1', avatar_url: null });
    expect(feed.filter((p) => p.liked_by_viewer).map((p) => p.id)).toEqual([liked.id]);
  });

  it('answers bad requests with 4xx and the constraint that refused them', async () => {
    const author = await createMember('kavya_hatchery');
    const member = { auth_user_id: randomUUID(), full_name: 'Someone', email: 'someone@example.in' };

    const unknownKey = await call<Problem>('POST', '/profiles', { ...member, handle: 'someone', is_verified: true });
    expect(unknownKey).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(unknownKey.body.message).toMatch(/is_verified/);

    // The handle's pattern is a CHECK the SDK's validator enforces too: refused before the database.
    const badHandle = await call<Problem>('POST', '/profiles', { ...member, handle: 'Not a handle!' });
    expect(badHandle).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(badHandle.body.message).toMatch(/handle/);

    // "email or phone" spans two columns: only the database checks it.
    const unreachable = await call<Problem>('POST', '/profiles', { ...member, handle: 'no_contact', email: null });
    expect(unreachable).toMatchObject({ status: 422, body: { error: 'rejected', constraint: 'ck_profiles_reachable' } });

    const taken = await call<Problem>('POST', '/profiles', { ...member, handle: 'KAVYA_hatchery' });
    expect(taken).toMatchObject({ status: 409, body: { error: 'conflict', constraint: 'uq_profiles_handle', columns: ['handle'] } });

    const nobody = await call<Problem>('POST', '/posts', { author_id: randomUUID(), content: 'Who am I?' });
    expect(nobody).toMatchObject({
      status: 422,
      body: { error: 'unknown_reference', constraint: 'fk_soc_posts_author_id', columns: ['author_id'] },
    });

    const blank = await call<Problem>('POST', '/posts', { author_id: author.id, content: '   ' });
    expect(blank).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(blank.body.message).toMatch(/content: must not be blank/);

    const first = await call<PostJson>('POST', '/posts', { author_id: author.id, content: 'Vaccination schedule for layers' });
    const second = await call<PostJson>('POST', '/posts', { author_id: author.id, content: 'Feed prices this week' });
    const comment = await call<CommentJson>('POST', `/posts/${first.body.id}/comments`, { author_id: author.id, content: 'Week 1: Marek' });
    // A reply must be on its parent's post: the composite foreign key says no.
    const elsewhere = await call<Problem>('POST', `/posts/${second.body.id}/comments`, {
      author_id: author.id,
      content: 'Wrong thread',
      parent_comment_id: comment.body.id,
    });
    expect(elsewhere).toMatchObject({
      status: 422,
      body: { error: 'unknown_reference', constraint: 'fk_soc_post_comments_parent_comment_id_post_id' },
    });
    // …and the failed transaction left no count behind.
    expect((await call<PostJson>('GET', `/posts/${second.body.id}`)).body.comment_count).toBe(0);

    expect((await call<Problem>('GET', `/posts/${randomUUID()}`)).status).toBe(404);
    expect((await call<Problem>('PUT', `/posts/${randomUUID()}/likes`, { profile_id: author.id })).status).toBe(404);
    expect((await call<Problem>('GET', '/posts/not-a-uuid')).status).toBe(404);
    expect((await call<Problem>('DELETE', '/feed')).status).toBe(405);
    expect(await call<Problem>('GET', '/feed?after=bm9wZQ')).toMatchObject({ status: 400, body: { message: 'invalid cursor' } });
    const forged = Buffer.from(JSON.stringify(['not a time', randomUUID()])).toString('base64url');
    expect(await call<Problem>('GET', `/feed?after=${forged}`)).toMatchObject({ status: 400, body: { message: 'invalid cursor' } });
    expect((await call<Problem>('GET', '/feed?limit=500')).status).toBe(400);
    expect(await call<Problem>('POST', '/posts', '{"author_id":')).toMatchObject({ status: 400, body: { error: 'invalid_json' } });
  });

  it('starts with `npm run start` and stops on SIGTERM', async () => {
    const child = spawn('npm', ['run', 'start'], {
      cwd: join(REPO_ROOT, 'examples', 'feed-service'),
      env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '', PORT: '0', HOST: '127.0.0.1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(stdout);
          if (match?.[1]) resolve(match[1]);
        });
        void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
      });
      expect((await call('GET', '/health', undefined, url)).body).toEqual({ ok: true });
      const profile = await call<ProfileJson>(
        'POST',
        '/profiles',
        { auth_user_id: randomUUID(), handle: 'started_by_npm', full_name: 'Npm Start', phone: '+919876543210' },
        url,
      );
      expect(profile.status).toBe(201);
    } finally {
      // The whole process group: npm, the shell and the service under tsx.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
    await exited;
  });
});
