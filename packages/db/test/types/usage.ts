// Type-level tests of the SDK: compiled by test/type-agreement.test.ts. Every `@ts-expect-error`
// line must stay an error; if one compiles, tsc reports the directive as unused and the test fails.
import type { Kysely } from 'kysely';
import type { Db, DB, Json, NewSocPost, SocPost, SocPostUpdate } from '../../src/index.js';

export async function usage(db: Db, authorId: string): Promise<void> {
  const post: SocPost = await db.soc.posts.insert({ author_id: authorId, content: 'Layer prices up in Namakkal' });
  const created: Date = post.created_at;
  const views: string = post.view_count; // int8 is a string
  const metadata: Json = post.metadata; // a declared jsonb shape is still Json
  void created;
  void views;
  void metadata;
  await db.soc.posts.findMany({ where: { author_id: authorId }, orderBy: { created_at: 'desc' }, limit: 20 });
  await db.soc.postLikes.findByKey({ post_id: post.id, profile_id: authorId });
  const k: Kysely<DB> = db.kysely;
  await k.selectFrom('soc_posts').select(['id', 'content']).where('author_id', '=', authorId).execute();

  // @ts-expect-error a misspelled column
  const misspelled: NewSocPost = { author_id: authorId, contnet: 'x' };
  // @ts-expect-error a value of the wrong type
  const wrongType: NewSocPost = { author_id: 42 };
  // @ts-expect-error a required column left out
  const missing: NewSocPost = { content: 'no author' };
  // @ts-expect-error unknown columns cannot be updated
  const generated: SocPostUpdate = { nope: 1 };
  // @ts-expect-error where accepts only real columns
  await db.soc.posts.findMany({ where: { autor_id: authorId } });
  // @ts-expect-error orderBy accepts only real columns and directions
  await db.soc.posts.findMany({ orderBy: { created_at: 'sideways' } });
  // @ts-expect-error columns that do not exist
  await k.selectFrom('soc_posts').select('contents').execute();
  void misspelled;
  void wrongType;
  void missing;
  void generated;
}
