import type { Model, Module, Table, Team } from '../../model/model.js';
import { incomingReferences, moduleDependencies, type IncomingReference, type ModuleDependency } from '../../analysis/relations.js';
import { moduleTableCounts, type PhaseCounts } from '../../analysis/module-counts.js';
import { tableLinker, type TableLinker } from './table-view.js';
import { code } from './markdown.js';
import { modulePage } from './docs-paths.js';

/** What every docs page looks things up in, computed once per run. */
export interface DocsFacts {
  readonly model: Model;
  readonly tablesByName: ReadonlyMap<string, Table>;
  readonly incoming: ReadonlyMap<string, readonly IncomingReference[]>;
  readonly counts: ReadonlyMap<string, PhaseCounts>;
  readonly dependencies: readonly ModuleDependency[];
  readonly link: TableLinker;
  team(key: string): Team | undefined;
}

export function docsFacts(model: Model): DocsFacts {
  const teams = new Map(model.teams.map((t) => [t.key, t]));
  return {
    model,
    tablesByName: new Map(model.tables.map((t) => [t.name, t])),
    incoming: incomingReferences(model),
    counts: moduleTableCounts(model),
    dependencies: moduleDependencies(model),
    link: tableLinker(new Map(model.tables.map((t) => [t.name, t.module]))),
    team: (key) => teams.get(key),
  };
}

/** `Team Gamma (Community) (@poultryco/team-gamma)`; the bare key when the team is not declared. */
export function ownerText(facts: DocsFacts, module: Module): string {
  const team = facts.team(module.owner);
  if (!team) return code(module.owner);
  return team.handle ? `${team.title} (${code(team.handle)})` : team.title;
}

/** `12 / 14 (−2)`: tables in the spec against the module's target. */
export function countText(count: number, target: number): string {
  if (count === target) return `${count} / ${target}`;
  return `${count} / ${target} (${count > target ? '+' : '−'}${Math.abs(count - target)})`;
}

export const moduleLink = (module: Module): string => `[${module.title}](${modulePage(module.key)})`;
