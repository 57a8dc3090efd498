import { describe, expect, it } from 'vitest';
import type { HistoryRow } from './history.js';
import { migrationFile } from './migration-files.js';
import { planRun } from './run-plan.js';

const file = (name: string, sql = 'SELECT 1;\n') => migrationFile(name, sql).file;
const row = (name: string, sql = 'SELECT 1;\n', status: HistoryRow['status'] = 'applied'): HistoryRow => ({
  name,
  checksum: file(name, sql).checksum,
  status,
  appliedAt: new Date(0),
});
const steps = (plan: ReturnType<typeof planRun>) =>
  plan.steps.map((s) => `${s.kind} ${s.file.name}${s.kind === 'apply' && s.late ? ' late' : ''}`);

describe('planRun', () => {
  const a = file('20250101000000_a');
  const b = file('20250102000000_b');
  const c = file('20250103000000_c');
  const legacy = file('20250102120000_legacy', '-- migrate:legacy\n-- migrate:baseline 20250101000000_a\nSELECT 1;\n');

  it('fresh: everything in order, the legacy migration skipped', () => {
    const plan = planRun([a, b, legacy, c], [], 0);
    expect(plan.mode).toBe('fresh');
    expect(steps(plan)).toEqual([
      'apply 20250101000000_a',
      'apply 20250102000000_b',
      'skip 20250102120000_legacy',
      'apply 20250103000000_c',
    ]);
  });

  it('history: only what is missing; older than the newest applied is late', () => {
    const plan = planRun([a, b, c], [row(a.name), row(c.name)], 3);
    expect(steps(plan)).toEqual(['apply 20250102000000_b late']);
    expect(planRun([a, b], [row(a.name), row('20240101000000_gone')], 3).unknown).toEqual(['20240101000000_gone']);
  });

  it('pre-history: the legacy migration first, baselining what it names; the rest after', () => {
    const plan = planRun([a, b, legacy, c], [], 12);
    expect(plan.mode).toBe('pre-history');
    expect(steps(plan)).toEqual(['apply 20250102120000_legacy', 'apply 20250102000000_b late', 'apply 20250103000000_c']);
    expect(plan.steps[0]?.kind === 'apply' && plan.steps[0].baseline.map((f) => f.name)).toEqual([a.name]);
    expect(planRun([a], [], 2).problem).toMatch(/no legacy migration/);
  });

  it('refuses on a changed checksum', () => {
    const plan = planRun([a, b], [row(a.name, 'SELECT 2;\n')], 1);
    expect(plan.changed).toEqual([a.name]);
    expect(plan.steps).toEqual([]);
    expect(plan.problem).toMatch(/applied but the file has changed/);
  });
});
