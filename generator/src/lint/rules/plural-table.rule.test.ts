import { oneTable, testRule, type SpecInput } from '../test-support/lint-fixture.js';
import { pluralTableRule } from './plural-table.rule.js';

const table = (module: string, name: string): SpecInput =>
  oneTable(
    module,
    `
  ${name}:
    description: A table.
    use: [id, timestamps]
    columns:
      label: text
  `,
  );

testRule(pluralTableRule, {
  valid: [
    { name: 'a regular plural', spec: table('soc', 'soc_post_likes') },
    { name: 'a -ies plural', spec: table('ref', 'ref_categories') },
    { name: 'an -es plural of a Latin -us word', spec: table('ref', 'ref_statuses') },
    { name: 'a plural of a -u word (menus)', spec: table('soc', 'soc_menus') },
    { name: 'an abbreviation plural (kpis)', spec: table('soc', 'soc_platform_kpis') },
    { name: 'an irregular plural', spec: table('soc', 'soc_people') },
    { name: 'an uncountable the strategy mandates (usr_education)', spec: table('soc', 'soc_education') },
    { name: 'a channel name (que_sms)', spec: table('soc', 'soc_sms') },
    { name: 'ai__ prefix', spec: table('ai', 'ai__training_runs') },
    { name: 'an uncountable added in options', spec: table('soc', 'soc_bedding'), options: { uncountables: ['bedding'] } },
  ],
  invalid: [
    {
      name: 'a singular last word',
      spec: table('soc', 'soc_post_like'),
      errors: [{ messageId: 'singular', subject: 'soc_post_like', message: 'rename it to "soc_post_likes"' }],
    },
    { name: 'a -y singular', spec: table('ref', 'ref_category'), errors: [{ messageId: 'singular', message: '"ref_categories"' }] },
    { name: 'a Latin -us singular', spec: table('ref', 'ref_status'), errors: [{ messageId: 'singular', message: '"ref_statuses"' }] },
    { name: 'a -sis singular', spec: table('soc', 'soc_analysis'), errors: [{ messageId: 'singular', message: '"soc_analyses"' }] },
    { name: 'an irregular singular', spec: table('soc', 'soc_person'), errors: [{ messageId: 'singular', message: '"soc_people"' }] },
    { name: 'a core table', spec: table('core', 'profile'), errors: [{ messageId: 'singular', message: '"profiles"' }] },
  ],
});
