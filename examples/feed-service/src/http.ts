import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  CheckViolationError,
  DatabaseError,
  ForeignKeyViolationError,
  NotFoundError,
  NotNullViolationError,
  QueryError,
  UniqueViolationError,
  ValidationError,
} from '@poultryco/db';
import { newProfileSchema } from '@poultryco/db/core';
import { newSocPostCommentSchema, newSocPostLikeSchema, newSocPostSchema, socPostUpdateSchema } from '@poultryco/db/soc';
import type { z } from 'zod';
import { FeedError, type Feed } from './feed.js';

/*
 * Request bodies are checked with the SDK's generated zod schemas, narrowed to what a client may
 * set (a client cannot, say, mark itself verified): the parsed values are already typed as the
 * SDK's insert types. The SDK validates the full row again before it reaches the database.
 */
const profileBody = newProfileSchema.pick({
  auth_user_id: true,
  handle: true,
  full_name: true,
  email: true,
  phone: true,
  headline: true,
  state_code: true,
  district: true,
});
const postBody = newSocPostSchema.pick({
  author_id: true,
  content: true,
  post_type: true,
  visibility: true,
  link_url: true,
  state_code: true,
  district: true,
});
const postEditBody = socPostUpdateSchema.pick({ content: true }).required();
const commentBody = newSocPostCommentSchema.pick({ author_id: true, content: true, parent_comment_id: true });
const likeBody = newSocPostLikeSchema.pick({ profile_id: true });

const MAX_BODY_BYTES = 64 * 1024;
const DEFAULT_PAGE = 20;
const MAX_PAGE = 50;
const UUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';

interface Request {
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  body(): Promise<unknown>;
}
interface Reply {
  readonly status: number;
  readonly body: unknown;
}
interface Route {
  readonly method: string;
  readonly path: RegExp;
  handle(feed: Feed, request: Request): Promise<Reply>;
}

const ok = (body: unknown, status = 200): Reply => ({ status, body });
const param = (request: Request, i: number): string => request.params[i] ?? '';

const routes: readonly Route[] = [
  { method: 'GET', path: /^\/health$/, handle: async () => ok({ ok: true }) },
  {
    method: 'POST',
    path: /^\/profiles$/,
    handle: async (feed, request) => ok(await feed.createProfile(parse(profileBody, await request.body())), 201),
  },
  {
    method: 'POST',
    path: /^\/posts$/,
    handle: async (feed, request) => ok(await feed.createPost(parse(postBody, await request.body())), 201),
  },
  { method: 'GET', path: new RegExp(`^/posts/${UUID}$`), handle: async (feed, request) => ok(await feed.getPost(param(request, 0))) },
  {
    method: 'PATCH',
    path: new RegExp(`^/posts/${UUID}$`),
    handle: async (feed, request) => ok(await feed.editPost(param(request, 0), parse(postEditBody, await request.body()).content)),
  },
  {
    method: 'PUT',
    path: new RegExp(`^/posts/${UUID}/likes$`),
    handle: async (feed, request) => ok(await feed.like(param(request, 0), parse(likeBody, await request.body()).profile_id)),
  },
  {
    method: 'DELETE',
    path: new RegExp(`^/posts/${UUID}/likes/${UUID}$`),
    handle: async (feed, request) => ok(await feed.unlike(param(request, 0), param(request, 1))),
  },
  {
    method: 'POST',
    path: new RegExp(`^/posts/${UUID}/comments$`),
    handle: async (feed, request) =>
      ok(await feed.comment({ ...parse(commentBody, await request.body()), post_id: param(request, 0) }), 201),
  },
  {
    method: 'GET',
    path: new RegExp(`^/posts/${UUID}/comments$`),
    handle: async (feed, request) => {
      const { rows, next } = await paged(request, (limit, after) => feed.comments(param(request, 0), limit, after));
      return ok({ comments: rows, next });
    },
  },
  {
    method: 'GET',
    path: /^\/feed$/,
    handle: async (feed, request) => {
      const viewer = request.query.get('viewer');
      if (viewer !== null && !new RegExp(`^${UUID}$`).test(viewer)) throw new FeedError(400, 'invalid_request', 'viewer must be a uuid');
      const { rows, next } = await paged(request, (limit, after) => feed.feed(limit, after, viewer));
      return ok({ posts: rows, next });
    },
  },
];

/**
 * The feed over HTTP: JSON in, JSON out, SDK errors mapped to status codes.
 * @example createFeedServer(new Feed(db)).listen(3000)
 */
export function createFeedServer(feed: Feed): Server {
  return createServer((req, res) => {
    void respond(feed, req, res);
  });
}

async function respond(feed: Feed, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let reply: Reply;
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const methods = routes.filter((r) => r.path.test(url.pathname));
    const route = methods.find((r) => r.method === req.method);
    if (!route) {
      reply =
        methods.length > 0
          ? failure(405, 'method_not_allowed', `${req.method} is not allowed here`)
          : failure(404, 'not_found', 'no such route');
    } else {
      const params = route.path.exec(url.pathname)?.slice(1) ?? [];
      reply = await route.handle(feed, { params, query: url.searchParams, body: () => readJson(req) });
    }
  } catch (error) {
    reply = toReply(error);
  }
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** What each error means to a client. Unknown errors are logged and hidden behind a 500. */
export function toReply(error: unknown): Reply {
  if (error instanceof FeedError) return failure(error.status, error.code, error.message);
  if (error instanceof ValidationError) return failure(400, 'invalid_request', error.message, { issues: error.issues });
  if (error instanceof NotFoundError) return failure(404, 'not_found', error.message);
  if (error instanceof UniqueViolationError) return failure(409, 'conflict', error.message, details(error));
  if (error instanceof ForeignKeyViolationError) return failure(422, 'unknown_reference', error.message, details(error));
  if (error instanceof CheckViolationError || error instanceof NotNullViolationError) {
    return failure(422, 'rejected', error.message, details(error));
  }
  console.error(error);
  return failure(500, 'internal', 'internal error');
}

const details = (error: DatabaseError) => ({ constraint: error.constraint, columns: error.columns });

function failure(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { error: code, message, ...extra } };
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new FeedError(400, 'invalid_request', issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; '));
}

async function paged<T>(request: Request, read: (limit: number, after: string | null) => Promise<T>): Promise<T> {
  const raw = request.query.get('limit');
  const limit = raw === null ? DEFAULT_PAGE : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new FeedError(400, 'invalid_request', `limit must be an integer from 1 to ${MAX_PAGE}`);
  }
  const after = request.query.get('after');
  try {
    return await read(limit, after);
  } catch (error) {
    // A cursor the SDK did not issue fails to decode (QueryError on `after`) or to cast (SQLSTATE class 22).
    const badCursor =
      (error instanceof QueryError && error.option === 'after') || (error instanceof DatabaseError && error.code.startsWith('22'));
    if (after !== null && badCursor) throw new FeedError(400, 'invalid_request', 'invalid cursor');
    throw error;
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new FeedError(413, 'too_large', `request bodies are limited to ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FeedError(400, 'invalid_json', 'the request body is not JSON');
  }
}
