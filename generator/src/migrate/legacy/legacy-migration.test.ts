import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, migrationStatus } from '@poultryco/db/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScript } from '../../db/apply-script.js';
import type { DbClient } from '../../db/db-client.js';
import { modelForPhase, type Model, type Table } from '../../model/model.js';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { runSeed } from '../../seed/run-seed.js';
import { quoteIdent as q } from '../../sql/quote.js';
import { REPO_ROOT, REPO_SPEC } from '../../test-support/paths.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { readDatabaseState } from '../database-state.js';
import { remainingDifferences } from '../remaining-differences.js';
import { structureStatements } from '../scratch-database.js';
import { legacyMigration, stateOfModel } from './legacy-migration.js';
import { legacyModel } from './legacy-model.js';
import { legacyTableName, mergedDuplicates } from './legacy-names.js';
import { formatLegacyReport } from './legacy-report.js';

/*
 * The legacy migration end to end, on all 160 live tables: the Supabase-era database (every
 * table under its legacy name, the 8 duplicates as tables of their own) is built and filled
 * with rows, the legacy migration is planned against it (--from-db) and applied by the runner,
 * and afterwards every row is under its new name, the merged rows are counted, the database
 * matches the spec, the history is baselined, and writes through a compat view land in the
 * new table.
 */
const spec = loadModelOrThrow(REPO_SPEC);
const live = modelForPhase(spec, 'live');
/**
 * The Supabase-era layout, with two kept tables of the organisation-events family pointing at
 * the family's duplicates, as they did: their foreign keys must be repointed to the targets.
 */
const legacy = repoint(legacyModel(spec), [
  ['organization_event_feedback', 'event_id', 'organization_events'],
  ['organization_event_feedback', 'session_id', 'organization_event_agenda'],
  ['organization_event_resources', 'event_id', 'organization_events'],
]);

function repoint(model: Model, moves: readonly (readonly [table: string, column: string, to: string])[]): Model {
  const done = new Set<string>();
  const tables = model.tables.map((table) => ({
    ...table,
    foreignKeys: table.foreignKeys.map((fk) => {
      const move = moves.find(([t, c]) => t === table.name && fk.columns.join() === c);
      if (!move) return fk;
      done.add(move.join());
      return { ...fk, references: { ...fk.references, table: move[2] } };
    }),
  }));
  expect(moves.filter((m) => !done.has(m.join()))).toEqual([]);
  return { ...model, tables };
}
const HISTORY = join(REPO_ROOT, 'packages', 'db', 'migrations');

let t: TestDatabase;
let dir: string;
const before = new Map<string, Map<string, string>>();
/** Per duplicate: the keys of its rows that collide with none of the target's keys (these must arrive). */
const mergeable = new Map<string, Set<string>>();

const keyOf = (table: Table) => `concat_ws('|', ${(table.primaryKey?.columns ?? []).map((c) => `${q(c)}::text`).join(', ')})`;

async function rowsByKey(db: DbClient, table: Table, name = table.name): Promise<Map<string, string>> {
  const { rows } = await db.query<{ k: string; r: string }>(`SELECT ${keyOf(table)} AS k, to_jsonb(x)::text AS r FROM ${q(name)} x`);
  return new Map(rows.map((r) => [r.k, r.r]));
}

beforeAll(async () => {
  t = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'gen-legacy-'));
  for (const f of readdirSync(HISTORY).filter((n) => n.endsWith('.sql'))) copyFileSync(join(HISTORY, f), join(dir, f));

  await applyScript(t.db, structureStatements(stateOfModel(legacy)).join('\n'));
  const seeded = await runSeed(t.db, legacy, { rows: 3, seed: 'legacy', ...(t.url ? { schema: t.schema } : {}) });
  expect(seeded.tables.filter((s) => s.inserted === 0).map((s) => s.table)).toEqual([]);

  // Each duplicate also gets a copy of a row of its target, so ON CONFLICT DO NOTHING has work.
  for (const { duplicate, target } of mergedDuplicates(live)) {
    await t.db
      .exec(`INSERT INTO ${q(duplicate)} SELECT * FROM ${q(legacyTableName(target))} ORDER BY ${keyOf(target)} LIMIT 1`)
      .catch(() => undefined);
    // What should survive the merge: rows colliding with none of the target's keys.
    const keys = [target.primaryKey?.columns ?? [], ...target.uniques.filter((u) => !u.nullsNotDistinct).map((u) => u.columns)];
    const collides = keys
      .map((k) => `EXISTS (SELECT 1 FROM ${q(legacyTableName(target))} o WHERE ${k.map((c) => `o.${q(c)} = d.${q(c)}`).join(' AND ')})`)
      .join(' OR ');
    const { rows } = await t.db.query<{ k: string }>(`SELECT ${keyOf(target)} AS k FROM ${q(duplicate)} d WHERE NOT (${collides})`);
    mergeable.set(duplicate, new Set(rows.map((r) => r.k)));
  }
  for (const table of live.tables) before.set(table.name, await rowsByKey(t.db, table, legacyTableName(table)));
  for (const { duplicate, target } of mergedDuplicates(live)) before.set(duplicate, await rowsByKey(t.db, target, duplicate));
}, 300_000);

afterAll(async () => {
  await t?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the legacy migration (160 live tables, 8 duplicates)', () => {
  let planned: Awaited<ReturnType<typeof legacyMigration>>;

  it('is planned from the legacy database with a report of every rename, merge and drop', { timeout: 300_000 }, async () => {
    planned = await legacyMigration({
      spec,
      label: 'legacy_rename',
      dir,
      source: { db: t.db, schema: t.schema },
      compatViews: true,
      allowDestructive: false,
      write: true,
    });
    if (planned.status === 'failed') expect(planned.problems).toEqual([]);
    expect(planned.status).toBe('planned');
    if (planned.status !== 'planned') return;
    const { plan } = planned.report;
    expect(plan.renamedTables).toHaveLength(159);
    expect(plan.merges.map((m) => m.duplicate).sort()).toEqual(
      mergedDuplicates(live)
        .map((d) => d.duplicate)
        .sort(),
    );
    expect(plan.merges.every((m) => m.notCopied.length === 0)).toBe(true);
    expect(plan.renamedEnums.length).toBeGreaterThan(100);
    expect(plan.notFound).toEqual([]);
    expect(plan.repointed.map((r) => `${r.table}.${r.constraint}: ${r.from} → ${r.to}`)).toEqual([
      'evt_feedback_responses.organization_event_feedback_event_id_fkey: organization_events → evt_events',
      'evt_feedback_responses.organization_event_feedback_session_id_fkey: organization_event_agenda → evt_sessions',
      'evt_resources.organization_event_resources_event_id_fkey: organization_events → evt_events',
    ]);
    const report = formatLegacyReport(planned.report);
    expect(report).toContain('posts → soc_posts');
    expect(report).toContain('posts_tags → soc_post_tags');
    expect(report).toMatch(/Recorded as baselined[^\n]*\n {2}\d{14}_initial/);
    expect(planned.sql).toMatch(/^-- migrate:legacy$/m);
    expect(planned.sql).toContain('ON CONFLICT DO NOTHING');
    expect(planned.sql).not.toMatch(/DESTRUCTIVE/);
  });

  it('applies through the runner: legacy migration applied, the history baselined', { timeout: 300_000 }, async () => {
    const result = await migrate({ session: t.db, migrations: dir });
    expect(result.error?.message).toBeUndefined();
    expect(result.mode).toBe('pre-history');
    expect(result.results.map((r) => r.status)).toEqual(['baselined', 'applied']);
    const status = await migrationStatus({ session: t.db, migrations: dir });
    expect(status.migrations.map((m) => m.state)).toEqual(['baselined', 'applied']);
    expect((await migrate({ session: t.db, migrations: dir })).results).toEqual([]);
  });

  it('keeps every row under its new name, and the merged rows', async () => {
    const wrong: string[] = [];
    for (const table of live.tables) {
      const now = await rowsByKey(t.db, table);
      const merged = mergedDuplicates(live).filter((d) => d.target.name === table.name);
      const expected = (before.get(table.name)?.size ?? 0) + merged.reduce((n, d) => n + (mergeable.get(d.duplicate)?.size ?? 0), 0);
      if (now.size !== expected) wrong.push(`${table.name}: ${now.size} rows, expected ${expected}`);
      for (const [k, row] of before.get(table.name) ?? []) if (now.get(k) !== row) wrong.push(`${table.name} ${k}: changed or missing`);
      for (const d of merged)
        for (const k of mergeable.get(d.duplicate) ?? [])
          if (now.get(k) !== before.get(d.duplicate)?.get(k)) wrong.push(`${d.duplicate} ${k}: not merged`);
    }
    expect(wrong).toEqual([]);
    const duplicateRows = mergedDuplicates(live).reduce((n, d) => n + (before.get(d.duplicate)?.size ?? 0), 0);
    const merged = [...mergeable.values()].reduce((n, keys) => n + keys.size, 0);
    // Some rows collided (the copies made above) and were kept once; the rest arrived.
    expect(merged).toBeGreaterThan(0);
    expect(merged).toBeLessThan(duplicateRows);
    expect([...before.values()].reduce((n, m) => n + m.size, 0)).toBeGreaterThan(480);
  });

  it('leaves the database exactly as the spec says (no drift)', { timeout: 120_000 }, async () => {
    expect(remainingDifferences(live, await readDatabaseState(t.db, t.schema, spec))).toEqual([]);
  });

  it('keeps the legacy names working through compat views: reads, and writes landing in the new table', async () => {
    const { rows: author } = await t.db.query<{ id: string }>('SELECT id FROM profiles LIMIT 1');
    const { rows: inserted } = await t.db.query<{ id: string }>(
      `INSERT INTO posts (author_id, content) VALUES ($1, 'Written through the compat view') RETURNING id`,
      [author[0]?.id],
    );
    const { rows } = await t.db.query<{ content: string }>('SELECT content FROM soc_posts WHERE id = $1', [inserted[0]?.id]);
    expect(rows).toEqual([{ content: 'Written through the compat view' }]);
    await t.db.query(`UPDATE posts SET content = 'Edited through the view' WHERE id = $1`, [inserted[0]?.id]);
    expect((await t.db.query('SELECT 1 FROM soc_posts WHERE content = $1', ['Edited through the view'])).rows).toHaveLength(1);
    const counts = await t.db.query<{ a: string; b: string }>(
      'SELECT (SELECT count(*) FROM post_likes) AS a, (SELECT count(*) FROM soc_post_likes) AS b',
    );
    expect(counts.rows[0]?.a).toBe(counts.rows[0]?.b);
  });

  it('meets the fresh path: a later migration applies to it like to a database built from empty', async () => {
    writeFileSync(join(dir, '29991231000000_later.sql'), 'ALTER TABLE soc_posts ADD COLUMN later_probe text;\n');
    const result = await migrate({ session: t.db, migrations: dir });
    expect(result.error).toBeUndefined();
    expect(result.results.map((r) => `${r.status} ${r.name}`)).toEqual(['applied 29991231000000_later']);
  });
});
