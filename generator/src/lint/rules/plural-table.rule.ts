import { z } from 'zod';
import { defineRule, docsAnchor } from '../rule.js';
import { createInflector, DEFAULT_UNCOUNTABLES } from '../../model/inflection.js';
import { moduleIndex, withoutPrefix, words } from '../support/name-words.js';

export const pluralTableRule = defineRule({
  meta: {
    id: 'plural-table',
    description: "A table's name ends in a plural (it holds many rows), unless its last word is uncountable.",
    defaultSeverity: 'error',
    messages: {
      singular:
        'table "{{name}}" ends in the singular "{{word}}"; rename it to "{{suggestion}}", or, if "{{word}}" has no plural, add it to lint.options.plural-table.uncountables',
    },
    docs: docsAnchor('plural-table'),
  },
  options: z.strictObject({
    /** Added to the built-in list (DEFAULT_UNCOUNTABLES). */
    uncountables: z.array(z.string().regex(/^[a-z0-9]+$/, 'must be one lowercase word')).default([]),
  }),
  check(model, ctx) {
    const { isPlural, plural } = createInflector([...DEFAULT_UNCOUNTABLES, ...ctx.options.uncountables]);
    const modules = moduleIndex(model);
    for (const table of model.tables) {
      const parts = words(withoutPrefix(table.name, modules.get(table.module)));
      const last = parts.at(-1);
      if (last === undefined || isPlural(last)) continue;
      const suggestion = `${table.name.slice(0, table.name.length - last.length)}${plural(last)}`;
      ctx.report({ messageId: 'singular', table, data: { name: table.name, word: last, suggestion } });
    }
  },
});
