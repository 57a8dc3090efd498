import { oneTable, testRule } from '../test-support/lint-fixture.js';
import { primaryKeyRule } from './primary-key.rule.js';

const soc = (body: string) => oneTable('soc', body);

testRule(primaryKeyRule, {
  valid: [
    { name: 'a uuid id', spec: {} },
    {
      name: 'a composite key (a link table)',
      spec: soc(`
        soc_post_tags:
          description: Tags.
          primaryKey: [post_id, tag]
          columns:
            post_id: uuid
            tag: text
        `),
    },
  ],
  invalid: [
    {
      name: 'no primary key',
      spec: soc(`
        soc_logs:
          description: Logs.
          columns:
            line: text
        `),
      errors: [{ messageId: 'missing', subject: 'soc_logs', message: 'add use: [id]' }],
    },
    {
      name: 'a single-column key not named id',
      spec: soc(`
        soc_stats:
          description: Stats.
          columns:
            profile_id: { type: uuid, primaryKey: true }
        `),
      errors: [{ messageId: 'notId', subject: 'soc_stats.profile_id', message: 'name it "id"' }],
    },
  ],
});
