import { oneTable, testRule } from '../test-support/lint-fixture.js';
import { reservedWordRule } from './reserved-word.rule.js';

const withColumn = (column: string) =>
  oneTable(
    'soc',
    `
  soc_groups:
    description: Groups.
    use: [id, timestamps]
    columns:
      ${column}: integer
  `,
  );

testRule(reservedWordRule, {
  valid: [
    { name: 'sort_order, not order', spec: withColumn('sort_order') },
    { name: 'non-reserved key words are fine (name, type, status)', spec: withColumn('status') },
    { name: 'enum values may be key words', spec: { modules: { soc: 'enums:\n  soc_sides:\n    values: [left, right]\n' } } },
  ],
  invalid: [
    {
      name: 'a column named order',
      spec: withColumn('order'),
      errors: [{ messageId: 'reserved', subject: 'soc_groups.order', message: '"sort_order"' }],
    },
    { name: 'a column named user', spec: withColumn('user'), errors: [{ messageId: 'reserved', message: '"profile_id"' }] },
    {
      name: 'a core table named order',
      spec: {
        modules: { core: 'tables:\n  order:\n    description: Orders.\n    use: [id, timestamps]\n    columns:\n      total: integer\n' },
      },
      errors: [{ messageId: 'reserved', subject: 'order', message: '"orders"' }],
    },
    {
      name: 'a key word without a stock replacement',
      spec: withColumn('analyse'),
      errors: [{ messageId: 'reserved', message: '"analyse_value"' }],
    },
  ],
});
