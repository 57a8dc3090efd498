import pg from 'pg';
import { createDb, type Db } from '../../packages/db/src/index.js';

/** What a simulated user does; one implementation through the SDK, one in raw pg. */
export interface LoadClient {
  /** A page of an author's posts, newest first; the cursor of the next page. */
  feedPage(authorId: string, after: string | null): Promise<string | null>;
  createPost(authorId: string, content: string): Promise<string>;
  like(postId: string, profileId: string): Promise<void>;
  comment(postId: string, authorId: string, content: string): Promise<string>;
  sendMessage(conversationId: string, senderId: string, body: string): Promise<string>;
  notifications(recipientId: string): Promise<number>;
}

/** Through @poultryco/db, validation on (the default), on the given pool. */
export function sdkClient(pool: pg.Pool): LoadClient & { db: Db } {
  const db = createDb({ pool });
  return {
    db,
    async feedPage(authorId, after) {
      return (await db.soc.posts.page({ where: { author_id: authorId }, orderBy: { created_at: 'desc' }, limit: 20, after })).next;
    },
    async createPost(authorId, content) {
      return (await db.soc.posts.insert({ author_id: authorId, content })).id;
    },
    async like(postId, profileId) {
      await db.soc.postLikes.upsert({ post_id: postId, profile_id: profileId }, { onConflict: ['post_id', 'profile_id'] });
    },
    async comment(postId, authorId, content) {
      return (await db.soc.postComments.insert({ post_id: postId, author_id: authorId, content })).id;
    },
    async sendMessage(conversationId, senderId, body) {
      return (await db.msg.messages.insert({ conversation_id: conversationId, sender_id: senderId, body })).id;
    },
    async notifications(recipientId) {
      return (await db.ntf.notifications.findMany({ where: { recipient_id: recipientId }, orderBy: { created_at: 'desc' }, limit: 20 }))
        .length;
    },
  };
}

/** The same mix written by hand: named prepared statements, a keyset cursor of its own. */
export function rawClient(pool: pg.Pool): LoadClient {
  const one = async <R>(name: string, text: string, values: unknown[]): Promise<R> =>
    (await pool.query({ name, text, values })).rows[0] as R;
  return {
    async feedPage(authorId, after) {
      const [at, id] = after ? (JSON.parse(Buffer.from(after, 'base64url').toString()) as [string, string]) : [null, null];
      const { rows } = at
        ? await pool.query({
            name: 'feed_after',
            text: 'SELECT *, created_at::text AS cursor_at FROM soc_posts WHERE author_id = $1 AND (created_at, id) < ($2::timestamptz, $3::uuid) ORDER BY created_at DESC, id DESC LIMIT 21',
            values: [authorId, at, id],
          })
        : await pool.query({
            name: 'feed_first',
            text: 'SELECT *, created_at::text AS cursor_at FROM soc_posts WHERE author_id = $1 ORDER BY created_at DESC, id DESC LIMIT 21',
            values: [authorId],
          });
      const last = rows[19] as { cursor_at: string; id: string } | undefined;
      return rows.length > 20 && last ? Buffer.from(JSON.stringify([last.cursor_at, last.id])).toString('base64url') : null;
    },
    async createPost(authorId, content) {
      return (
        await one<{ id: string }>('post', 'INSERT INTO soc_posts (author_id, content) VALUES ($1, $2) RETURNING *', [authorId, content])
      ).id;
    },
    async like(postId, profileId) {
      await pool.query({
        name: 'like',
        text: 'INSERT INTO soc_post_likes (post_id, profile_id) VALUES ($1, $2) ON CONFLICT (post_id, profile_id) DO UPDATE SET post_id = EXCLUDED.post_id RETURNING *',
        values: [postId, profileId],
      });
    },
    async comment(postId, authorId, content) {
      return (
        await one<{ id: string }>(
          'comment',
          'INSERT INTO soc_post_comments (post_id, author_id, content) VALUES ($1, $2, $3) RETURNING *',
          [postId, authorId, content],
        )
      ).id;
    },
    async sendMessage(conversationId, senderId, body) {
      return (
        await one<{ id: string }>(
          'message',
          'INSERT INTO msg_messages (conversation_id, sender_id, body) VALUES ($1, $2, $3) RETURNING *',
          [conversationId, senderId, body],
        )
      ).id;
    },
    async notifications(recipientId) {
      const { rows } = await pool.query({
        name: 'notifications',
        text: 'SELECT * FROM ntf_notifications WHERE recipient_id = $1 ORDER BY created_at DESC LIMIT 20',
        values: [recipientId],
      });
      return rows.length;
    },
  };
}
