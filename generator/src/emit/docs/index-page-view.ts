import type { Model } from '../../model/model.js';
import { countByPhase } from '../../analysis/module-counts.js';
import { CODEOWNERS_PATH, defaultOwner } from '../codeowners/ownership.js';
import { countText, moduleLink, ownerText, type DocsFacts } from './docs-facts.js';
import { code, prose } from './markdown.js';
import { moduleDependencyDiagram } from './mermaid.js';

/** `docs/schema/README.md`: every module against its targets, and how modules depend on each other. */
export function indexPageView(facts: DocsFacts) {
  const { model } = facts;
  const total = countByPhase(model.tables.map((t) => t.phase));
  const targets = sumTargets(model);
  const owner = defaultOwner(model);
  return {
    name: model.name,
    description: prose(model.description),
    schema: code(model.schema),
    tableCount: model.tables.length,
    moduleCount: model.modules.length,
    enumCount: model.enums.length,
    live: total.live,
    y1: total.y1 - total.live,
    y2: total.y2 - total.y1,
    modules: model.modules.map((m) => {
      const counts = facts.counts.get(m.key) ?? { live: 0, y1: 0, y2: 0 };
      return {
        link: moduleLink(m),
        key: code(m.key),
        prefix: m.prefix ? code(m.prefix) : '—',
        owner: ownerText(facts, m),
        live: countText(counts.live, m.targets.current),
        y1: countText(counts.y1, m.targets.y1),
        y2: countText(counts.y2, m.targets.y2),
      };
    }),
    totals: { live: countText(total.live, targets.current), y1: countText(total.y1, targets.y1), y2: countText(total.y2, targets.y2) },
    diagram: moduleDependencyDiagram(model, facts.dependencies),
    codeowners: CODEOWNERS_PATH,
    defaultOwner: owner ? `${owner.title} (${code(owner.handle ?? '')})` : null,
  };
}

function sumTargets(model: Model) {
  return model.modules.reduce(
    (sum, m) => ({ current: sum.current + m.targets.current, y1: sum.y1 + m.targets.y1, y2: sum.y2 + m.targets.y2 }),
    { current: 0, y1: 0, y2: 0 },
  );
}
