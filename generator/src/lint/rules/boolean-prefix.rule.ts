import { z } from 'zod';
import { defineRule, docsAnchor } from '../rule.js';

export const booleanPrefixRule = defineRule({
  meta: {
    id: 'boolean-prefix',
    description: 'Boolean columns read as a yes/no question: they start with `is_`, `has_`, `can_` or `should_` (configurable).',
    defaultSeverity: 'error',
    messages: {
      prefix:
        'boolean column "{{table}}.{{column}}" should read as a yes/no question; rename it to "{{suggestion}}" (allowed prefixes: {{prefixes}})',
    },
    docs: docsAnchor('boolean-prefix'),
  },
  options: z.strictObject({
    prefixes: z
      .array(z.string().regex(/^[a-z][a-z0-9]*_$/, 'must be a lowercase word ending in _, e.g. is_'))
      .min(1)
      .default(['is_', 'has_', 'can_', 'should_']),
  }),
  check(model, ctx) {
    const { prefixes } = ctx.options;
    for (const table of model.tables) {
      for (const column of table.columns) {
        if (column.type.kind !== 'scalar' || column.type.name !== 'boolean' || column.type.isArray) continue;
        if (prefixes.some((p) => column.name.startsWith(p) && column.name.length > p.length)) continue;
        // allow_x → can_x, enabled → is_enabled, was_x → is_x.
        const suggestion = /^allows?_/.test(column.name)
          ? column.name.replace(/^allows?_/, 'can_')
          : `is_${column.name.replace(/^(was|are|were|does|do)_/, '')}`;
        ctx.report({
          messageId: 'prefix',
          table,
          column,
          data: { table: table.name, column: column.name, suggestion, prefixes: prefixes.join(', ') },
        });
      }
    }
  },
});
