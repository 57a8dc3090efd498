import { mapTable, oneTable, testRule } from '../test-support/lint-fixture.js';
import { snakeCaseRule } from './snake-case.rule.js';

const embeddings = oneTable(
  'ai',
  `
  ai__embeddings:
    description: Embeddings.
    use: [id, timestamps]
    columns:
      profile_id: { type: uuid, references: profiles }
      vector_v2: { type: "real[]" }
    indexes:
      - columns: [profile_id]
  `,
);

testRule(snakeCaseRule, {
  valid: [
    { name: 'snake_case names, with generated constraint, index and trigger names', spec: {} },
    { name: 'the ai__ prefix in table, constraint and index names', spec: embeddings },
    {
      name: 'enum values are left to enum-naming',
      spec: { modules: { soc: 'enums:\n  soc_mood:\n    values: [Happy, so-so]\n' } },
    },
  ],
  invalid: [
    {
      name: 'a camelCase column (as in a live database)',
      spec: {},
      transform: mapTable('profiles', (t) => ({
        ...t,
        columns: t.columns.map((c) => (c.name === 'full_name' ? { ...c, name: 'fullName' } : c)),
      })),
      errors: [{ messageId: 'notSnakeCase', subject: 'profiles.fullName', message: 'rename it to "full_name"' }],
    },
    {
      name: 'a double underscore that is not a module prefix',
      spec: {},
      transform: mapTable('profiles', (t) => ({
        ...t,
        columns: t.columns.map((c) => (c.name === 'full_name' ? { ...c, name: 'full__name' } : c)),
      })),
      errors: [{ messageId: 'notSnakeCase', message: '"full_name"' }],
    },
    {
      name: 'an explicit index name with a trailing underscore',
      spec: {
        modules: {
          core: `
            tables:
              profiles:
                description: Members.
                use: [id, timestamps]
                columns:
                  email: text
                indexes:
                  - { name: ix_profiles_email_, columns: [email] }
            `,
        },
      },
      errors: [{ messageId: 'notSnakeCase', message: 'index "ix_profiles_email_"' }],
    },
  ],
});
