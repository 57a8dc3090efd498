import type { Column } from '../../model/model.js';
import { defineRule, docsAnchor } from '../rule.js';

const isType = (c: Column, name: string): boolean => c.type.kind === 'scalar' && c.type.name === name && !c.type.isArray;

export const timestampColumnsRule = defineRule({
  meta: {
    id: 'timestamp-columns',
    description:
      'Tables have `created_at` and (unless `appendOnly`) `updated_at`; `_at` columns are `timestamptz`, `_on` and `_date` columns are `date`.',
    defaultSeverity: 'error',
    messages: {
      missingCreatedAt:
        'table "{{name}}" has no created_at column; add use: [timestamps] (or created_at: { type: timestamptz, default: now() })',
      missingUpdatedAt:
        'table "{{name}}" has no updated_at column; add use: [timestamps], or set appendOnly: true if its rows are never updated',
      appendOnlyUpdatedAt:
        'table "{{name}}" is appendOnly but has updated_at; remove updated_at, or remove appendOnly if its rows are updated',
      notTimestamptz:
        'column "{{table}}.{{column}}" is {{type}} but its name ends in _at; make it timestamptz (an instant; timestamp without time zone drops the offset)',
      notDate:
        'column "{{table}}.{{column}}" is {{type}} but its name ends in {{suffix}}; make it date, or rename it to end in _at if it holds an instant',
    },
    docs: docsAnchor('timestamp-columns'),
  },
  check(model, ctx) {
    for (const table of model.tables) {
      const byName = new Map(table.columns.map((c) => [c.name, c]));
      const data = { name: table.name };
      if (!byName.has('created_at')) ctx.report({ messageId: 'missingCreatedAt', table, data });
      const updatedAt = byName.get('updated_at');
      if (!table.appendOnly && !updatedAt) ctx.report({ messageId: 'missingUpdatedAt', table, data });
      if (table.appendOnly && updatedAt) ctx.report({ messageId: 'appendOnlyUpdatedAt', table, column: updatedAt, data });
      for (const column of table.columns) {
        const at = { table, column, data: { table: table.name, column: column.name, type: column.type.sql } };
        if (column.name.endsWith('_at') && !isType(column, 'timestamptz')) ctx.report({ messageId: 'notTimestamptz', ...at });
        const suffix = /_(on|date)$/.exec(column.name)?.[0];
        if (suffix && !isType(column, 'date')) ctx.report({ messageId: 'notDate', ...at, data: { ...at.data, suffix } });
      }
    }
  },
});
