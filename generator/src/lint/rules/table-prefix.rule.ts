import { defineRule, docsAnchor } from '../rule.js';
import { moduleByPrefix, moduleIndex } from '../support/name-words.js';

export const tablePrefixRule = defineRule({
  meta: {
    id: 'table-prefix',
    description: "A table's name starts with its module's prefix, exactly (`ai__` included); only core tables are unprefixed.",
    defaultSeverity: 'error',
    messages: {
      missing: 'table "{{name}}" is in module {{module}} but does not start with its prefix "{{prefix}}"; rename it to "{{suggestion}}"',
      foreign:
        'table "{{name}}" is in module {{module}} but carries the prefix "{{otherPrefix}}" of module {{other}}; move it to module {{other}}, or rename it to "{{suggestion}}"',
      prefixedCore:
        'core table "{{name}}" carries the prefix "{{otherPrefix}}" of module {{other}}; move it to module {{other}} (only core tables are unprefixed)',
    },
    docs: docsAnchor('table-prefix'),
  },
  check(model, ctx) {
    const modules = moduleIndex(model);
    for (const table of model.tables) {
      const module = modules.get(table.module);
      if (!module) continue;
      const other = moduleByPrefix(table.name, model);
      if (module.prefix === '') {
        if (other)
          ctx.report({ messageId: 'prefixedCore', table, data: { name: table.name, otherPrefix: other.prefix, other: other.key } });
        continue;
      }
      // Exactly the prefix, then a word: `ai_models` and `usr__roles` are both wrong.
      if (table.name.startsWith(module.prefix) && /^[a-z0-9]/.test(table.name.slice(module.prefix.length))) continue;
      const base = module.prefix.replace(/_+$/, '');
      const stem = table.name.replace(new RegExp(`^${base}_+`), '');
      const data = { name: table.name, module: module.key, prefix: module.prefix };
      if (other && other.key !== module.key) {
        ctx.report({
          messageId: 'foreign',
          table,
          data: { ...data, otherPrefix: other.prefix, other: other.key, suggestion: module.prefix + table.name.slice(other.prefix.length) },
        });
      } else {
        ctx.report({ messageId: 'missing', table, data: { ...data, suggestion: module.prefix + stem } });
      }
    }
  },
});
