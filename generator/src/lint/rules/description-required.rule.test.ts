import { mapTable, oneTable, testRule } from '../test-support/lint-fixture.js';
import { descriptionRequiredRule } from './description-required.rule.js';

testRule(descriptionRequiredRule, {
  valid: [{ name: 'a described table', spec: {} }],
  invalid: [
    {
      name: 'no description',
      spec: oneTable('soc', 'soc_groups:\n  use: [id, timestamps]\n  columns:\n    label: text\n'),
      errors: [{ messageId: 'missing', subject: 'soc_groups', message: 'add description:' }],
    },
    {
      name: 'a blank comment from a database',
      spec: {},
      transform: mapTable('profiles', (t) => ({ ...t, description: '  ' })),
      errors: [{ messageId: 'missing' }],
    },
  ],
});
