import { defineRule, docsAnchor } from '../rule.js';

export const moduleOwnerRule = defineRule({
  meta: {
    id: 'module-owner',
    description: 'Every module is owned by a declared team, and that team has a handle reviews can reach.',
    defaultSeverity: 'error',
    messages: {
      missing: 'module {{module}} has no owner; set modules.{{module}}.owner to one of the teams ({{teams}})',
      unknown: 'module {{module}} is owned by "{{owner}}", which is not a declared team; declare it under teams or use one of {{teams}}',
      noHandle:
        'team {{owner}}, owner of module {{module}}, has no handle; add handle: "@org/team" to teams.{{owner}} so CODEOWNERS and reviews reach it',
    },
    docs: docsAnchor('module-owner'),
  },
  check(model, ctx) {
    const teams = new Map(model.teams.map((t) => [t.key, t]));
    const known = model.teams.map((t) => t.key).join(', ') || 'none declared';
    for (const module of model.modules) {
      const data = { module: module.key, owner: module.owner, teams: known };
      const team = teams.get(module.owner);
      if (module.owner === '') ctx.report({ messageId: 'missing', module, data });
      else if (!team) ctx.report({ messageId: 'unknown', module, data });
      else if (!team.handle) ctx.report({ messageId: 'noHandle', module, data });
    }
  },
});
