import { defineRule, docsAnchor } from '../rule.js';

export const descriptionRequiredRule = defineRule({
  meta: {
    id: 'description-required',
    description: 'Every table has a description (it becomes the table comment and the docs).',
    defaultSeverity: 'error',
    messages: {
      missing: 'table "{{name}}" has no description; add description: one sentence saying what one row is',
    },
    docs: docsAnchor('description-required'),
  },
  check(model, ctx) {
    for (const table of model.tables) {
      if (!table.description?.trim()) ctx.report({ messageId: 'missing', table, data: { name: table.name } });
    }
  },
});
