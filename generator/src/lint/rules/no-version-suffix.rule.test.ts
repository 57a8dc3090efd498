import { oneTable, testRule, type SpecInput } from '../test-support/lint-fixture.js';
import { noVersionSuffixRule } from './no-version-suffix.rule.js';

const table = (name: string, column = 'label'): SpecInput =>
  oneTable(
    'soc',
    `
  ${name}:
    description: A table.
    use: [id, timestamps]
    columns:
      ${column}: text
  `,
  );

testRule(noVersionSuffixRule, {
  valid: [
    { name: 'final names', spec: table('soc_posts') },
    { name: 'is_new is a question, not a copy', spec: table('soc_posts', 'is_new') },
    { name: 'old_ and new_ at the start (history tables)', spec: table('soc_status_changes', 'new_status') },
    { name: 'a word that merely ends in new (renew)', spec: table('soc_posts', 'renew') },
    { name: 'markers removed from options', spec: table('soc_posts', 'price_new'), options: { suffixes: ['tmp'] } },
  ],
  invalid: [
    {
      name: 'user_email_preferences_v2',
      spec: table('soc_email_preferences_v2'),
      errors: [
        {
          messageId: 'table',
          message: 'give the table its final name "soc_email_preferences" and list the table it replaces under legacy:',
        },
      ],
    },
    { name: 'a version in the middle', spec: table('soc_v2_posts'), errors: [{ messageId: 'table', message: '"soc_posts"' }] },
    { name: '_old table', spec: table('soc_posts_old'), errors: [{ messageId: 'table' }] },
    {
      name: '_tmp column',
      spec: table('soc_posts', 'body_tmp'),
      errors: [{ messageId: 'other', subject: 'soc_posts.body_tmp', message: 'rename it to "body"' }],
    },
    { name: '_backup column', spec: table('soc_posts', 'body_backup'), errors: [{ messageId: 'other' }] },
    {
      name: '_copy enum',
      spec: { modules: { soc: 'enums:\n  soc_mood_copy:\n    values: [good]\n' } },
      errors: [{ messageId: 'other', subject: 'enum soc_mood_copy' }],
    },
  ],
});
