import { oneTable, testRule } from '../test-support/lint-fixture.js';
import { timestampColumnsRule } from './timestamp-columns.rule.js';

const soc = (body: string) => oneTable('soc', body);

testRule(timestampColumnsRule, {
  valid: [
    { name: 'use: [timestamps]', spec: {} },
    {
      name: 'an appendOnly table needs only created_at',
      spec: soc(`
        soc_post_views:
          description: Views.
          appendOnly: true
          use: [id]
          columns:
            created_at: { type: timestamptz, default: now() }
        `),
    },
    {
      name: '_at timestamptz, _on and _date date',
      spec: soc(`
        soc_events:
          description: Events.
          use: [id, timestamps]
          columns:
            starts_at: timestamptz
            held_on: date
            report_date: date?
        `),
    },
  ],
  invalid: [
    {
      name: 'no timestamps on a mutable table',
      spec: soc(`
        soc_groups:
          description: Groups.
          use: [id]
          columns:
            label: text
        `),
      errors: [
        { messageId: 'missingCreatedAt', subject: 'soc_groups' },
        { messageId: 'missingUpdatedAt', message: 'or set appendOnly: true' },
      ],
    },
    {
      name: 'appendOnly with updated_at',
      spec: soc(`
        soc_post_views:
          description: Views.
          appendOnly: true
          use: [id, timestamps]
          columns:
            label: text
        `),
      errors: [{ messageId: 'appendOnlyUpdatedAt', subject: 'soc_post_views.updated_at' }],
    },
    {
      name: 'an _at column without time zone, _on and _date columns that are not dates',
      spec: soc(`
        soc_events:
          description: Events.
          use: [id, timestamps]
          columns:
            starts_at: timestamp
            held_on: timestamptz
            report_date: text
        `),
      errors: [
        { messageId: 'notTimestamptz', subject: 'soc_events.starts_at', message: 'make it timestamptz' },
        { messageId: 'notDate', subject: 'soc_events.held_on', message: 'ends in _on' },
        { messageId: 'notDate', subject: 'soc_events.report_date', message: 'ends in _date' },
      ],
    },
  ],
});
