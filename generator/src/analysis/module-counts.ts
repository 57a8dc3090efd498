import { phaseIncludes, PHASE_ORDER, type Model, type Phase } from '../model/model.js';

/** Tables a module has in the spec by each phase; later phases include the earlier ones, like the targets. */
export type PhaseCounts = Readonly<Record<Phase, number>>;

/** Module key → its table counts (every declared module, zeros included). */
export function moduleTableCounts(model: Model): ReadonlyMap<string, PhaseCounts> {
  const counts = new Map<string, PhaseCounts>();
  for (const module of model.modules) {
    const tables = model.tables.filter((t) => t.module === module.key);
    counts.set(module.key, countByPhase(tables.map((t) => t.phase)));
  }
  return counts;
}

export function countByPhase(phases: readonly Phase[]): PhaseCounts {
  const [live, y1, y2] = PHASE_ORDER.map((target) => phases.filter((p) => phaseIncludes(target, p)).length);
  return { live: live ?? 0, y1: y1 ?? 0, y2: y2 ?? 0 };
}
