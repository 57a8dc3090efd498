import { defineRule, docsAnchor } from '../rule.js';

export const primaryKeyRule = defineRule({
  meta: {
    id: 'primary-key',
    description: 'Every table has a primary key; a single-column key is named `id`.',
    defaultSeverity: 'error',
    messages: {
      missing: 'table "{{name}}" has no primary key; add use: [id] (a uuid id), or a primaryKey list of the columns that identify a row',
      notId:
        'the primary key of "{{name}}" is the single column "{{column}}"; name it "id" so other tables reference it as <thing>_id (keep "{{column}}" as a unique column if it is a natural key)',
    },
    docs: docsAnchor('primary-key'),
  },
  check(model, ctx) {
    for (const table of model.tables) {
      const pk = table.primaryKey;
      if (!pk) {
        ctx.report({ messageId: 'missing', table, data: { name: table.name } });
      } else if (pk.columns.length === 1 && pk.columns[0] !== 'id') {
        const column = table.columns.find((c) => c.name === pk.columns[0]);
        ctx.report({ messageId: 'notId', table, ...(column ? { column } : {}), data: { name: table.name, column: pk.columns[0] ?? '' } });
      }
    }
  },
});
