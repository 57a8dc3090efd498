import { defineRule, docsAnchor } from '../rule.js';

export const moduleCapacityRule = defineRule({
  meta: {
    id: 'module-capacity',
    description: 'A module holds no more tables than its Year 2 target: growth is planned, not spilled.',
    defaultSeverity: 'warn',
    messages: {
      over: 'module {{module}} has {{count}} tables, over its Year 2 target of {{target}}; plan the growth: raise modules.{{module}}.targets.y2 (say why in its description) or split the module',
    },
    docs: docsAnchor('module-capacity'),
  },
  check(model, ctx) {
    const counts = new Map<string, number>();
    for (const t of model.tables) counts.set(t.module, (counts.get(t.module) ?? 0) + 1);
    for (const module of model.modules) {
      const count = counts.get(module.key) ?? 0;
      if (count > module.targets.y2)
        ctx.report({ messageId: 'over', module, data: { module: module.key, count, target: module.targets.y2 } });
    }
  },
});
