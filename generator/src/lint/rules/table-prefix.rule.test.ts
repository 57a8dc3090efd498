import { mapTable, oneTable, testRule } from '../test-support/lint-fixture.js';
import { tablePrefixRule } from './table-prefix.rule.js';

const socPosts = oneTable(
  'soc',
  `
  soc_posts:
    description: Posts.
    use: [id, timestamps]
    columns:
      body: text
  `,
);
const aiModels = oneTable(
  'ai',
  `
  ai__models:
    description: Models.
    use: [id, timestamps]
    columns:
      label: text
  `,
);
const rename = (from: string, to: string) => mapTable(from, (t) => ({ ...t, name: to }));

testRule(tablePrefixRule, {
  valid: [
    { name: 'a table that starts with its module prefix', spec: socPosts },
    { name: 'an ai__ table', spec: aiModels },
    { name: 'an unprefixed core table', spec: {} },
  ],
  invalid: [
    {
      name: 'a table without its prefix (as in a Supabase-era database)',
      spec: socPosts,
      transform: rename('soc_posts', 'posts'),
      errors: [{ messageId: 'missing', subject: 'posts', message: 'rename it to "soc_posts"' }],
    },
    {
      name: 'ai_ instead of ai__',
      spec: aiModels,
      transform: rename('ai__models', 'ai_models'),
      errors: [{ messageId: 'missing', message: 'rename it to "ai__models"' }],
    },
    {
      name: 'a doubled underscore after the prefix',
      spec: socPosts,
      transform: rename('soc_posts', 'soc__posts'),
      errors: [{ messageId: 'missing', message: '"soc_posts"' }],
    },
    {
      name: "another module's prefix",
      spec: socPosts,
      transform: rename('soc_posts', 'ref_posts'),
      errors: [{ messageId: 'foreign', message: 'move it to module ref, or rename it to "soc_posts"' }],
    },
    {
      name: 'a core table with a module prefix',
      spec: {},
      transform: rename('profiles', 'soc_profiles'),
      errors: [{ messageId: 'prefixedCore', message: 'move it to module soc' }],
    },
  ],
});
