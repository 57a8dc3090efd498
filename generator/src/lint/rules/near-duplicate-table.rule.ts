import type { Module, Table } from '../../model/model.js';
import { defineRule, docsAnchor } from '../rule.js';
import { createInflector } from '../../model/inflection.js';
import { moduleIndex, withoutPrefix, words } from '../support/name-words.js';
import { DEFAULT_TEMP_SUFFIXES } from './no-version-suffix.rule.js';

const MARKERS = new Set(DEFAULT_TEMP_SUFFIXES);

export const nearDuplicateTableRule = defineRule({
  meta: {
    id: 'near-duplicate-table',
    description:
      'No two tables of a module, and no two legacy names of different tables, normalise to the same name (prefix dropped, words singular and sorted, version markers ignored).',
    defaultSeverity: 'error',
    messages: {
      table:
        'table "{{name}}" normalises to "{{key}}", like "{{other}}" in the same module, so one duplicates the other; merge them into one table and list the other name under legacy: with kind: merged',
      legacy:
        'legacy name "{{legacy}}" of "{{name}}" normalises to "{{key}}", like "{{otherLegacy}}", a legacy name of "{{other}}": the old duplicates survive as two tables; merge "{{name}}" and "{{other}}" into one (list the second name with kind: merged)',
    },
    docs: docsAnchor('near-duplicate-table'),
  },
  check(model, ctx) {
    const { singular } = createInflector();
    const modules = moduleIndex(model);
    const keyOf = (name: string, module: Module | undefined): string => {
      const all = words(withoutPrefix(name, module));
      const kept = all.filter((w) => !MARKERS.has(w) && !/^v\d+$/.test(w));
      return (kept.length > 0 ? kept : all).map(singular).sort().join('_');
    };

    // Tables of one module. Across modules the prefix is the distinction (cms_posts, soc_posts).
    const seen = new Map<string, Table>();
    for (const table of model.tables) {
      const key = keyOf(table.name, modules.get(table.module));
      const other = seen.get(`${table.module}:${key}`);
      if (other) ctx.report({ messageId: 'table', table, data: { name: table.name, key, other: other.name } });
      else seen.set(`${table.module}:${key}`, table);
    }

    // Legacy names share the old, unprefixed namespace: two that normalise alike are the
    // strategy's duplicates (posts_tags / post_tags) and must land in one table.
    const legacy = new Map<string, { table: Table; name: string }>();
    for (const table of model.tables) {
      for (const l of table.legacyNames) {
        const key = keyOf(l.name, undefined);
        const other = legacy.get(key);
        if (!other) legacy.set(key, { table, name: l.name });
        else if (other.table.name !== table.name) {
          ctx.report({
            messageId: 'legacy',
            table,
            data: { legacy: l.name, name: table.name, key, otherLegacy: other.name, other: other.table.name },
          });
        }
      }
    }
  },
});
