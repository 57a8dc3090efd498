import { defineRule, docsAnchor } from '../rule.js';
import { createInflector } from '../../model/inflection.js';
import { moduleIndex, withoutPrefix } from '../support/name-words.js';

export const fkColumnNameRule = defineRule({
  meta: {
    id: 'fk-column-name',
    description: "Foreign key columns end in `_id` (or `_<referenced column>`, or are the referenced table's singular).",
    defaultSeverity: 'error',
    messages: {
      name: 'column "{{table}}.{{column}}" references {{target}}({{targetColumn}}); rename it to "{{suggestion}}" so the name says it holds a key',
    },
    docs: docsAnchor('fk-column-name'),
  },
  check(model, ctx) {
    const { singular } = createInflector();
    const modules = moduleIndex(model);
    const tables = new Map(model.tables.map((t) => [t.name, t]));
    for (const table of model.tables) {
      for (const fk of table.foreignKeys) {
        const target = tables.get(fk.references.table);
        const stem = withoutPrefix(fk.references.table, modules.get(target?.module ?? ''));
        const lastWord = stem.split('_').at(-1) ?? stem;
        const targetSingular = `${stem.slice(0, stem.length - lastWord.length)}${singular(lastWord)}`;
        fk.columns.forEach((name, i) => {
          const targetColumn = fk.references.columns[i] ?? 'id';
          const ok =
            name.endsWith('_id') ||
            name === targetColumn ||
            name.endsWith(`_${targetColumn}`) ||
            name === targetSingular ||
            name.endsWith(`_${targetSingular}`);
          if (ok) return;
          const column = table.columns.find((c) => c.name === name);
          const base = name.replace(/_(uuid|key|ref|fk)$/, '');
          const suggestion = targetColumn === 'id' ? `${base}_id` : `${base}_${targetColumn}`;
          ctx.report({
            messageId: 'name',
            table,
            ...(column ? { column } : {}),
            data: { table: table.name, column: name, target: fk.references.table, targetColumn, suggestion },
          });
        });
      }
    }
  },
});
