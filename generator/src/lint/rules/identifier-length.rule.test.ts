import { mapTable, oneTable, testRule } from '../test-support/lint-fixture.js';
import { identifierLengthRule } from './identifier-length.rule.js';

const longTable = `soc_${'x'.repeat(59)}`; // exactly 63 bytes
const longTableSpec = oneTable(
  'soc',
  `
  ${longTable}:
    description: A name at the limit; its generated names are shortened with a hash.
    use: [id, timestamps]
    columns:
      profile_id: { type: uuid, references: profiles }
    unique:
      - [profile_id]
  `,
);

testRule(identifierLengthRule, {
  valid: [
    { name: 'a 63-byte table name: generated constraint and trigger names are fitted', spec: longTableSpec },
    { name: 'short names', spec: {} },
  ],
  invalid: [
    {
      name: 'an explicit index name over 63 bytes',
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
                  - { name: ix_profiles_email_for_the_login_lookup_that_the_sign_in_page_makes, columns: [email] }
            `,
        },
      },
      errors: [{ messageId: 'tooLong', message: 'is 66 bytes' }],
    },
    {
      name: 'bytes, not characters: 32 two-byte letters are 64 bytes',
      spec: {},
      transform: mapTable('profiles', (t) => ({
        ...t,
        columns: t.columns.map((c) => (c.name === 'full_name' ? { ...c, name: 'é'.repeat(32) } : c)),
      })),
      errors: [{ messageId: 'tooLong', message: 'is 64 bytes' }],
    },
    {
      name: 'an enum value over 63 bytes (the loader refuses it; a database may hold one)',
      spec: { modules: { soc: 'enums:\n  soc_kinds:\n    values: [short]\n' } },
      transform: (m) => ({ ...m, enums: m.enums.map((e) => ({ ...e, values: ['k'.repeat(64)] })) }),
      errors: [{ messageId: 'tooLong', subject: `enum soc_kinds value '${'k'.repeat(64)}'` }],
    },
  ],
});
