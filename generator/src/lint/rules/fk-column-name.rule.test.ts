import { oneTable, testRule } from '../test-support/lint-fixture.js';
import { fkColumnNameRule } from './fk-column-name.rule.js';

const refs = {
  ref: `
tables:
  ref_currencies:
    description: Currencies.
    use: [id, timestamps]
    columns:
      code: { type: char(3), unique: true }
`,
};
const soc = (columns: string) => ({
  modules: {
    ...refs,
    soc: `
tables:
  soc_items:
    description: Items.
    use: [id, timestamps]
    columns:
${columns}
`,
  },
});

testRule(fkColumnNameRule, {
  valid: [
    { name: '<thing>_id', spec: soc('      author_id: { type: uuid, references: profiles }') },
    { name: "the referenced table's singular", spec: soc('      currency: { type: char(3), references: ref_currencies.code }') },
    { name: '_<referenced column>', spec: soc('      price_currency_code: { type: char(3), references: ref_currencies.code }') },
    {
      name: 'a 1:1 table sharing its key',
      spec: oneTable(
        'soc',
        `
        soc_profile_settings:
          description: Settings.
          columns:
            id: { type: uuid, primaryKey: true, references: profiles }
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'a bare noun',
      spec: soc('      author: { type: uuid, references: profiles }'),
      errors: [{ messageId: 'name', subject: 'soc_items.author', message: 'rename it to "author_id"' }],
    },
    {
      name: '_uuid',
      spec: soc('      author_uuid: { type: uuid, references: profiles }'),
      errors: [{ messageId: 'name', message: '"author_id"' }],
    },
    {
      name: 'a code column with another name',
      spec: soc('      money: { type: char(3), references: ref_currencies.code }'),
      errors: [{ messageId: 'name', message: 'rename it to "money_code"' }],
    },
  ],
});
