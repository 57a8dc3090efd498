import type { Db, NewProfile, NewSocPost, NewSocPostComment, Page, Profile, SocPost, SocPostComment } from '@poultryco/db';

/** A post as the feed shows it: with its author and whether the viewer liked it. */
export interface FeedPost extends SocPost {
  readonly author: Pick<Profile, 'id' | 'handle' | 'full_name' | 'avatar_url'> | null;
  readonly liked_by_viewer: boolean;
}

export interface LikeResult {
  /** False when the member had already liked the post (liking is idempotent). */
  readonly changed: boolean;
  readonly like_count: number;
}

/** A request the service refuses on its own (not the database). */
export class FeedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The feed's use cases, each a few calls on the SDK. */
export class Feed {
  constructor(private readonly db: Db) {}

  createProfile(profile: NewProfile): Promise<Profile> {
    return this.db.core.profiles.insert(profile);
  }

  createPost(post: NewSocPost): Promise<SocPost> {
    return this.db.soc.posts.insert(post);
  }

  /** The post, or NotFoundError (404). */
  getPost(id: string): Promise<SocPost> {
    return this.db.soc.posts.getById(id);
  }

  /** Edits the text of a post; NotFoundError (404) when there is none. */
  editPost(id: string, content: string | null): Promise<SocPost> {
    return this.db.soc.posts.update(id, { content, edited_at: new Date() });
  }

  /**
   * Likes a post once per member and keeps `like_count` in step, in one transaction: the like
   * and the count commit together or not at all.
   */
  like(postId: string, profileId: string): Promise<LikeResult> {
    return this.db.transaction(async (tx) => {
      await tx.soc.posts.getById(postId);
      // ON CONFLICT DO NOTHING instead of check-then-insert: two concurrent likes cannot both count.
      const inserted = await tx.kysely
        .insertInto('soc_post_likes')
        .values({ post_id: postId, profile_id: profileId })
        .onConflict((oc) => oc.columns(['post_id', 'profile_id']).doNothing())
        .returning('post_id')
        .executeTakeFirst();
      if (!inserted) return { changed: false, like_count: (await tx.soc.posts.getById(postId)).like_count };
      const { like_count } = await tx.kysely
        .updateTable('soc_posts')
        .set((eb) => ({ like_count: eb('like_count', '+', 1) }))
        .where('id', '=', postId)
        .returning('like_count')
        .executeTakeFirstOrThrow();
      return { changed: true, like_count };
    });
  }

  unlike(postId: string, profileId: string): Promise<LikeResult> {
    return this.db.transaction(async (tx) => {
      const deleted = await tx.kysely
        .deleteFrom('soc_post_likes')
        .where('post_id', '=', postId)
        .where('profile_id', '=', profileId)
        .returning('post_id')
        .executeTakeFirst();
      if (!deleted) return { changed: false, like_count: (await tx.soc.posts.getById(postId)).like_count };
      const { like_count } = await tx.kysely
        .updateTable('soc_posts')
        .set((eb) => ({ like_count: eb('like_count', '-', 1) }))
        .where('id', '=', postId)
        .returning('like_count')
        .executeTakeFirstOrThrow();
      return { changed: true, like_count };
    });
  }

  /**
   * Comments on a post (or replies to a comment on it) and counts it on the post and the parent.
   * A parent on another post is refused by the database (composite foreign key).
   */
  comment(comment: NewSocPostComment): Promise<SocPostComment> {
    return this.db.transaction(async (tx) => {
      const post = await tx.soc.posts.getById(comment.post_id);
      if (!post.is_commenting_enabled) throw new FeedError(403, 'commenting_disabled', 'the author turned comments off for this post');
      const created = await tx.soc.postComments.insert(comment);
      // An increment in SQL, not read-modify-write: concurrent comments must not lose counts.
      await tx.kysely
        .updateTable('soc_posts')
        .set((eb) => ({ comment_count: eb('comment_count', '+', 1) }))
        .where('id', '=', post.id)
        .execute();
      if (created.parent_comment_id) {
        await tx.kysely
          .updateTable('soc_post_comments')
          .set((eb) => ({ reply_count: eb('reply_count', '+', 1) }))
          .where('id', '=', created.parent_comment_id)
          .execute();
      }
      return created;
    });
  }

  /** Visible comments of a post, oldest first, a keyset page at a time. */
  comments(postId: string, limit: number, after: string | null): Promise<Page<SocPostComment>> {
    return this.db.soc.postComments.page({
      where: { post_id: postId, moderation_status: 'visible', deleted_at: null },
      orderBy: { created_at: 'asc' },
      limit,
      after,
    });
  }

  /**
   * The public feed, newest first: published, visible, not deleted. Keyset pages stay stable while
   * new posts arrive; authors and the viewer's likes come from two batched Kysely queries.
   */
  async feed(limit: number, after: string | null, viewerId: string | null): Promise<Page<FeedPost>> {
    const page = await this.db.soc.posts.page({
      where: { status: 'published', moderation_status: 'visible', visibility: 'public', deleted_at: null },
      orderBy: { published_at: 'desc' },
      limit,
      after,
    });
    if (page.rows.length === 0) return { rows: [], next: page.next };
    const postIds = page.rows.map((p) => p.id);
    const authorIds = [...new Set(page.rows.map((p) => p.author_id))];
    const [authors, likes] = await Promise.all([
      this.db.kysely.selectFrom('profiles').select(['id', 'handle', 'full_name', 'avatar_url']).where('id', 'in', authorIds).execute(),
      viewerId
        ? this.db.kysely
            .selectFrom('soc_post_likes')
            .select('post_id')
            .where('profile_id', '=', viewerId)
            .where('post_id', 'in', postIds)
            .execute()
        : Promise.resolve([]),
    ]);
    const authorById = new Map(authors.map((a) => [a.id, a]));
    const liked = new Set(likes.map((l) => l.post_id));
    return {
      rows: page.rows.map((post) => ({ ...post, author: authorById.get(post.author_id) ?? null, liked_by_viewer: liked.has(post.id) })),
      next: page.next,
    };
  }
}
