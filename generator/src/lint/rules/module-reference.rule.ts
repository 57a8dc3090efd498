import { z } from 'zod';
import { defineRule, docsAnchor } from '../rule.js';
import { moduleCycles } from '../support/module-graph.js';
import { moduleIndex } from '../support/name-words.js';

export const moduleReferenceRule = defineRule({
  meta: {
    id: 'module-reference',
    description:
      'A foreign key may only target a table of its own module or of a module its module declares in `references`; module references form no cycle (and, with `layers`, point down).',
    defaultSeverity: 'error',
    messages: {
      undeclared:
        '"{{table}}" (module {{module}}) references "{{target}}" of module {{targetModule}}, which module {{module}} does not declare; add {{targetModule}} to modules.{{module}}.references if the layering allows it, or remove the foreign key',
      cycle:
        'modules {{modules}} reference each other in a cycle ({{path}}); remove one of these references so dependencies point one way, down the layers',
      upward:
        'module {{module}} (layer {{layer}}) references {{target}} (layer {{targetLayer}}), a higher layer; remove {{target}} from modules.{{module}}.references and reference downwards only',
      unlayered: 'module {{module}} has no layer; add it to lint.options.module-reference.layers',
    },
    docs: docsAnchor('module-reference'),
  },
  options: z.strictObject({
    /** Module key → layer (0 = core). When set, a module may reference only its own or lower layers. */
    layers: z.record(z.string(), z.number().int().min(0)).optional(),
  }),
  check(model, ctx) {
    const modules = moduleIndex(model);
    const tables = new Map(model.tables.map((t) => [t.name, t]));

    for (const table of model.tables) {
      const module = modules.get(table.module);
      if (!module) continue;
      for (const fk of table.foreignKeys) {
        const target = tables.get(fk.references.table);
        if (!target || target.module === module.key || module.references.includes(target.module)) continue;
        const column = fk.columns.length === 1 ? table.columns.find((c) => c.name === fk.columns[0]) : undefined;
        ctx.report({
          messageId: 'undeclared',
          table,
          ...(column ? { column } : {}),
          location: fk.location,
          subject: `${table.name}(${fk.columns.join(', ')})`,
          data: { table: table.name, module: module.key, target: target.name, targetModule: target.module },
        });
      }
    }

    for (const cycle of moduleCycles(model.modules)) {
      const module = modules.get(cycle.modules[0] ?? '');
      if (module) ctx.report({ messageId: 'cycle', module, data: { modules: cycle.modules.join(', '), path: cycle.path.join(' → ') } });
    }

    const layers = ctx.options.layers;
    if (!layers) return;
    for (const module of model.modules) {
      const layer = layers[module.key];
      if (layer === undefined) {
        ctx.report({ messageId: 'unlayered', module, data: { module: module.key } });
        continue;
      }
      for (const target of module.references) {
        const targetLayer = layers[target];
        if (targetLayer !== undefined && targetLayer > layer)
          ctx.report({ messageId: 'upward', module, data: { module: module.key, layer, target, targetLayer } });
      }
    }
  },
});
