import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyScript } from '../db/apply-script.js';
import { SCHEMA_SQL_PATH, ddlEmitter } from '../emit/ddl/ddl-emitter.js';
import { modelForPhase, type Model, type Phase } from '../model/model.js';
import { emitAll } from '../pipeline/build.js';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { quoteIdent } from '../sql/quote.js';
import { importGeneratedSchemas } from '../test-support/generated-schemas.js';
import { REPO_ROOT, REPO_SPEC } from '../test-support/paths.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { STATES } from './india-data.js';
import { runSeed } from './run-seed.js';
import { generateRows } from './seed-plan.js';

const full = loadModelOrThrow(REPO_SPEC);
const phased = (phase: Phase): Model => modelForPhase(full, phase);
const ddl = (phase: Phase): string => emitAll(full, { phase, emitters: [ddlEmitter] }).outputs.get(SCHEMA_SQL_PATH) ?? '';

describe('seed rows', () => {
  const scratch = join(REPO_ROOT, 'packages', 'db', `.seed-test-${process.pid}`);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are deterministic: the same seed makes the same rows, another seed others', () => {
    const model = phased('y2');
    const a = generateRows(model, { rows: 3, seed: 'namakkal' });
    const b = generateRows(model, { rows: 3, seed: 'namakkal' });
    const c = generateRows(model, { rows: 3, seed: 'barwala' });
    expect(a.size).toBe(model.tables.length);
    expect(b).toEqual(a);
    expect(c.get('profiles')).not.toEqual(a.get('profiles'));
  });

  it.each<Phase>(['live', 'y2'])('every row passes the generated zod insert schema of its table (%s)', async (phase) => {
    const schemas = (await importGeneratedSchemas(full, phase, join(scratch, phase))).insert;
    const rows = generateRows(phased(phase), { rows: 6, seed: 3 });
    const failures: string[] = [];
    let checked = 0;
    for (const [table, made] of rows) {
      const schema = schemas.get(table);
      expect(schema, table).toBeDefined();
      for (const row of made) {
        checked++;
        const result = schema?.safeParse(row);
        if (result && !result.success)
          failures.push(`${table}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(phased(phase).tables.length * 5);
  });

  it('read like PoultryCo data: Indian states and districts, E.164 phone numbers, PIN codes', () => {
    const rows = generateRows(phased('live'), { rows: 20, seed: 5 }).get('profiles') ?? [];
    const codes = new Set(STATES.map((s) => s.code));
    for (const p of rows) {
      if (p.state_code !== null) expect(codes.has(String(p.state_code))).toBe(true);
      if (p.phone !== null) expect(String(p.phone)).toMatch(/^\+91[6-9]\d{9}$/);
      expect(String(p.full_name).trim()).not.toBe('');
    }
  });
});

describe('seeding PostgreSQL', () => {
  let t: TestDatabase | null = null;
  afterAll(async () => {
    await t?.drop();
  });

  it('fills all 585 tables in foreign-key order, batch by batch; every row the result counts is stored', async () => {
    const db = (t = await createTestDatabase());
    const model = phased('y2');
    await applyScript(db.db, ddl('y2'));
    const result = await runSeed(db.db, model, { rows: 3, seed: 11, schema: db.schema, batchSize: 2 });
    expect(result.tables).toHaveLength(model.tables.length);
    // Counted 50 tables at a time: one statement over 585 tables needs more locks than the lock table holds.
    const stored = new Map<string, number>();
    for (let i = 0; i < model.tables.length; i += 50) {
      const { rows: counts } = await db.db.query<{ table: string; n: number }>(
        model.tables
          .slice(i, i + 50)
          .map((m) => `SELECT '${m.name}' AS table, count(*)::int AS n FROM ${quoteIdent(m.name)}`)
          .join(' UNION ALL '),
      );
      for (const c of counts) stored.set(c.table, c.n);
    }
    for (const r of result.tables) expect(stored.get(r.table), r.table).toBe(r.inserted);
    // What could not be made is said, with a reason: only unique keys with fewer values than rows asked for.
    for (const r of result.tables) for (const s of r.skipped) expect(`${r.table}: ${s.reason}`).toMatch(/its values ran out/);
    expect(result.inserted).toBeGreaterThan(model.tables.length * 3 * 0.98);
    const live = new Set(phased('live').tables.map((m) => m.name));
    expect(result.tables.filter((r) => live.has(r.table) && r.inserted !== 3)).toEqual([]);
  });
});
