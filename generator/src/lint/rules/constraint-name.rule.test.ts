import { mapTable, oneTable, testRule } from '../test-support/lint-fixture.js';
import { constraintNameRule } from './constraint-name.rule.js';

const soc = (indexes: string, extra = '') =>
  oneTable(
    'soc',
    `
  soc_posts:
    description: Posts.
    use: [id, timestamps]
    columns:
      author_id: { type: uuid, references: profiles }
      slug: text
${extra}    indexes:
${indexes}
  `,
  );

testRule(constraintNameRule, {
  valid: [
    {
      name: 'generated names',
      spec: soc(
        '      - columns: [author_id]\n      - { columns: [slug], unique: true }',
        '    checks:\n      - { name: slug_lower, expression: slug = lower(slug) }\n',
      ),
    },
    {
      name: 'a named expression index with the ix_<table>_ prefix',
      spec: soc('      - { name: ix_soc_posts_lower_slug, expression: lower(slug) }'),
    },
    {
      name: 'a long table name whose generated names are shortened',
      spec: oneTable(
        'soc',
        `soc_${'x'.repeat(59)}:\n  description: Long.\n  use: [id, timestamps]\n  columns:\n    author_id: { type: uuid, references: profiles }\n  indexes:\n    - columns: [author_id]\n`,
      ),
    },
  ],
  invalid: [
    {
      name: 'an index named by another convention',
      spec: soc('      - { name: idx_posts_author, columns: [author_id] }'),
      errors: [{ messageId: 'pattern', subject: 'soc_posts index idx_posts_author', message: 'rename it to "ix_soc_posts_author_id"' }],
    },
    {
      name: 'a unique index named ix_',
      spec: soc('      - { name: ix_soc_posts_slug, columns: [slug], unique: true }'),
      errors: [{ messageId: 'pattern', message: 'pattern ux_{table}_{columns}; rename it to "ux_soc_posts_slug"' }],
    },
    {
      name: 'an expression index without the prefix',
      spec: soc('      - { name: posts_lower_slug, expression: lower(slug) }'),
      errors: [{ messageId: 'pattern', message: 'rename it to "ix_soc_posts_posts_lower_slug"' }],
    },
    {
      name: "Postgres's default names in a live database",
      spec: soc('      - columns: [author_id]'),
      transform: mapTable('soc_posts', (t) => ({
        ...t,
        primaryKey: t.primaryKey && { ...t.primaryKey, name: 'soc_posts_pkey' },
        foreignKeys: t.foreignKeys.map((f) => ({ ...f, name: 'soc_posts_author_id_fkey' })),
      })),
      errors: [
        { messageId: 'pattern', subject: 'soc_posts primary key soc_posts_pkey', message: '"pk_soc_posts"' },
        { messageId: 'pattern', subject: 'soc_posts foreign key soc_posts_author_id_fkey', message: '"fk_soc_posts_author_id"' },
      ],
    },
  ],
});
