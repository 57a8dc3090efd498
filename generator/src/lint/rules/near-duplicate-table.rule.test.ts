import { mapTable, testRule, type SpecInput } from '../test-support/lint-fixture.js';
import { nearDuplicateTableRule } from './near-duplicate-table.rule.js';

const table = (name: string, legacy = '[]') => `
  ${name}:
    description: A table.
    legacy: ${legacy}
    use: [id, timestamps]
    columns:
      label: text
`;
const soc = (...tables: string[]): SpecInput => ({ modules: { soc: `tables:\n${tables.join('')}` } });

testRule(nearDuplicateTableRule, {
  valid: [
    { name: 'distinct tables', spec: soc(table('soc_posts'), table('soc_post_tags')) },
    {
      name: 'the same stem in two modules (cms_posts and soc_posts are different things)',
      spec: { modules: { soc: `tables:\n${table('soc_posts')}`, ref: `tables:\n${table('ref_posts')}` } },
    },
    {
      name: 'duplicates merged into one table as legacy names',
      spec: soc(table('soc_post_tags', '[post_tags, { name: posts_tags, kind: merged }]')),
    },
  ],
  invalid: [
    {
      name: 'posts_tags and post_tags in one module',
      spec: soc(table('soc_post_tags'), table('soc_posts_tags')),
      errors: [{ messageId: 'table', subject: 'soc_posts_tags', message: 'like "soc_post_tags"' }],
    },
    {
      name: 'word order',
      spec: soc(table('soc_post_tags'), table('soc_tag_posts')),
      errors: [{ messageId: 'table', subject: 'soc_tag_posts' }],
    },
    {
      name: 'a version marker',
      spec: soc(table('soc_email_preferences'), table('soc_email_preferences_v2')),
      errors: [{ messageId: 'table', subject: 'soc_email_preferences_v2' }],
    },
    {
      name: 'Supabase-era tables without prefixes (core, as a database would give them)',
      spec: soc(table('soc_post_tags'), table('soc_hashtags')),
      transform: (m) =>
        mapTable('soc_hashtags', (t) => ({ ...t, name: 'posts_tags', module: 'core' }))(
          mapTable('soc_post_tags', (t) => ({ ...t, name: 'post_tags', module: 'core' }))(m),
        ),
      errors: [{ messageId: 'table', subject: 'posts_tags' }],
    },
    {
      name: 'legacy duplicates kept as two tables',
      spec: soc(table('soc_post_tags', '[post_tags]'), table('soc_hashtags', '[posts_tags]')),
      errors: [{ messageId: 'legacy', subject: 'soc_post_tags', message: 'merge "soc_post_tags" and "soc_hashtags"' }],
    },
  ],
});
