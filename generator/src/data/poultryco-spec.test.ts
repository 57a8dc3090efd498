import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { REPO_ROOT, REPO_SPEC } from '../test-support/paths.js';
import { STRATEGY_DUPLICATES, STRATEGY_MOVES, STRATEGY_RENAMES, STRATEGY_UNMAPPED } from './strategy-renaming-map.js';

const model = loadModelOrThrow(REPO_SPEC);
const tableOfLegacy = new Map<string, { table: string; kind: string }[]>();
for (const t of model.tables) {
  for (const l of t.legacyNames) tableOfLegacy.set(l.name, [...(tableOfLegacy.get(l.name) ?? []), { table: t.name, kind: l.kind }]);
}

describe('the PoultryCo spec follows the strategy’s table maps', () => {
  it.each([...STRATEGY_RENAMES, ...STRATEGY_MOVES])('%s is renamed to %s', (legacy, target) => {
    const table = model.tables.find((t) => t.name === target);
    expect(table, `${target} missing`).toBeDefined();
    expect(table?.status).toBe('live');
    expect(tableOfLegacy.get(legacy)).toEqual([{ table: target, kind: 'renamed' }]);
  });

  it.each(STRATEGY_DUPLICATES)('duplicate %s is merged into %s and is not a table', (legacy, target) => {
    expect(model.tables.some((t) => t.name === legacy)).toBe(false);
    expect(tableOfLegacy.get(legacy)).toEqual([{ table: target, kind: 'merged' }]);
  });

  it.each(STRATEGY_UNMAPPED)('%s, on which the strategy is silent, maps into one evt_ table', (legacy) => {
    const claims = tableOfLegacy.get(legacy) ?? [];
    expect(claims).toHaveLength(1);
    expect(claims[0]?.table).toMatch(/^evt_/);
  });

  it('no legacy name survives as a table, and every legacy name maps to one table', () => {
    const names = new Set(model.tables.map((t) => t.name));
    for (const [legacy, claims] of tableOfLegacy) {
      expect(names.has(legacy), legacy).toBe(false);
      expect(claims, legacy).toHaveLength(1);
    }
  });
});

describe('module table counts', () => {
  it.each(model.modules.map((m) => [m.key, m] as const))('%s reaches its Year 1 and Year 2 targets', (_key, module) => {
    const tables = model.tables.filter((t) => t.module === module.key);
    const live = tables.filter((t) => t.phase === 'live').length;
    const y1 = tables.filter((t) => t.phase === 'y1').length;
    expect(live + y1, 'live + y1 = Year 1 target').toBe(module.targets.y1);
    expect(tables.length, 'all = Year 2 target').toBe(module.targets.y2);
    if (live !== module.targets.current) {
      // A deviation from the strategy's Current count must be explained in the module file.
      const text = readFileSync(join(REPO_ROOT, module.file ?? ''), 'utf8');
      expect(text, `${module.file} must explain why ${live} live tables differ from Current ${module.targets.current}`).toMatch(
        /^#.*\b(current|live)\b/im,
      );
    }
  });

  it('the spec holds at least 500 tables', () => {
    expect(model.tables.length).toBeGreaterThanOrEqual(500);
  });

  it('every module has an owning team', () => {
    const teams = new Set(model.teams.map((t) => t.key));
    for (const m of model.modules) expect(teams.has(m.owner), m.key).toBe(true);
  });
});
