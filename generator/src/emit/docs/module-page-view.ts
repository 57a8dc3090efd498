import type { Module } from '../../model/model.js';
import { countText, moduleLink, ownerText, type DocsFacts } from './docs-facts.js';
import { cell, code, prose } from './markdown.js';
import { moduleErDiagram } from './mermaid.js';
import { statusText, tableSectionView } from './table-view.js';

/** `docs/schema/<module>.md`: the module, its enums, its ER diagram and every table. */
export function modulePageView(facts: DocsFacts, module: Module) {
  const { model } = facts;
  const tables = model.tables.filter((t) => t.module === module.key);
  const counts = facts.counts.get(module.key) ?? { live: 0, y1: 0, y2: 0 };
  const modules = new Map(model.modules.map((m) => [m.key, m]));
  const moduleList = (keys: readonly { key: string; count?: number }[]) =>
    keys
      .flatMap(({ key, count }) => {
        const m = modules.get(key);
        return m ? [`${moduleLink(m)}${count === undefined ? '' : ` (${count})`}`] : [];
      })
      .join(', ') || 'none';
  const external = [...new Set(tables.flatMap((t) => t.foreignKeys.map((fk) => fk.references.table)))]
    .filter((name) => facts.tablesByName.get(name)?.module !== module.key)
    .sort();
  return {
    key: module.key,
    title: module.title,
    description: prose(module.description),
    prefix: module.prefix ? code(module.prefix) : 'none (its tables keep unprefixed names)',
    owner: ownerText(facts, module),
    spec: module.file ? `[${module.file}](../../${module.file})` : 'none yet',
    counts: [
      `${countText(counts.live, module.targets.current)} live`,
      `${countText(counts.y1, module.targets.y1)} by Year 1`,
      `${countText(counts.y2, module.targets.y2)} by Year 2`,
    ].join(' · '),
    mayReference: moduleList(module.references.filter((r) => r !== module.key).map((key) => ({ key }))),
    references: moduleList(facts.dependencies.filter((d) => d.from === module.key).map((d) => ({ key: d.to, count: d.count }))),
    referencedBy: moduleList(facts.dependencies.filter((d) => d.to === module.key).map((d) => ({ key: d.from, count: d.count }))),
    enums: model.enums
      .filter((e) => e.module === module.key)
      .map((e) => ({ name: e.name, values: cell(e.values.map(code).join(', ')), description: cell(prose(e.description)) })),
    diagram: tables.length > 0 ? moduleErDiagram(tables, facts.tablesByName) : null,
    externalTables: external.map((name) => facts.link(name, module.key)).join(', '),
    tableIndex: tables.map((t) => ({
      link: facts.link(t.name, module.key),
      status: statusText(t),
      description: cell(prose(t.description)),
    })),
    tables: tables.map((t) => tableSectionView(t, facts.incoming.get(t.name) ?? [], facts.link)),
  };
}
