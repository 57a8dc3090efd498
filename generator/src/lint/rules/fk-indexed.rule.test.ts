import { testRule, type SpecInput } from '../test-support/lint-fixture.js';
import { fkIndexedRule } from './fk-indexed.rule.js';

const likes = (extra: string): SpecInput => ({
  modules: {
    soc: `
tables:
  soc_posts:
    description: Posts.
    use: [id, timestamps]
    columns:
      body: text
  soc_likes:
    description: Likes.
    appendOnly: true
    use: [id]
    columns:
      post_id: { type: uuid, references: soc_posts }
      profile_id: { type: uuid, references: profiles }
${extra}
`,
  },
});

testRule(fkIndexedRule, {
  valid: [
    { name: 'an index per foreign key', spec: likes('    indexes:\n      - columns: [post_id]\n      - columns: [profile_id, id desc]') },
    {
      name: 'a unique constraint leading with the column covers it; another index the second',
      spec: likes('    unique:\n      - [post_id, profile_id]\n    indexes:\n      - columns: [profile_id]'),
    },
    {
      name: 'a composite primary key covers its leading column',
      spec: {
        modules: {
          soc: `
tables:
  soc_posts:
    description: Posts.
    use: [id, timestamps]
    columns:
      body: text
  soc_post_tags:
    description: Tags.
    primaryKey: [post_id, tag]
    columns:
      post_id: { type: uuid, references: soc_posts }
      tag: text
`,
        },
      },
    },
  ],
  invalid: [
    {
      name: 'no index at all',
      spec: likes(''),
      errors: [
        { messageId: 'unindexed', subject: 'soc_likes(post_id)', message: 'add indexes: - columns: [post_id]' },
        { messageId: 'unindexed', subject: 'soc_likes(profile_id)' },
      ],
    },
    {
      name: 'the column is second in the index',
      spec: likes('    indexes:\n      - columns: [profile_id, post_id]'),
      errors: [{ messageId: 'unindexed', subject: 'soc_likes(post_id)' }],
    },
    {
      name: 'a partial index and a gin index do not count',
      spec: likes(
        '    indexes:\n      - columns: [post_id]\n        where: profile_id IS NOT NULL\n      - columns: [profile_id]\n        using: hash',
      ),
      errors: [{ messageId: 'unindexed' }, { messageId: 'unindexed' }],
    },
  ],
});
