import { oneTable, testRule } from '../test-support/lint-fixture.js';
import { booleanPrefixRule } from './boolean-prefix.rule.js';

const flag = (name: string) =>
  oneTable(
    'soc',
    `
  soc_groups:
    description: Groups.
    use: [id, timestamps]
    columns:
      ${name}: { type: boolean, default: false }
  `,
  );

testRule(booleanPrefixRule, {
  valid: [
    { name: 'is_', spec: flag('is_private') },
    { name: 'has_', spec: flag('has_cover_image') },
    { name: 'can_', spec: flag('can_post') },
    { name: 'should_', spec: flag('should_notify') },
    { name: 'a prefix added in options', spec: flag('allows_guests'), options: { prefixes: ['is_', 'allows_'] } },
  ],
  invalid: [
    {
      name: 'an adjective',
      spec: flag('verified'),
      errors: [{ messageId: 'prefix', subject: 'soc_groups.verified', message: 'rename it to "is_verified"' }],
    },
    { name: 'allow_', spec: flag('allow_comments'), errors: [{ messageId: 'prefix', message: '"can_comments"' }] },
    { name: 'a prefix alone is not a name', spec: flag('is_'), errors: [{ messageId: 'prefix' }] },
  ],
});
