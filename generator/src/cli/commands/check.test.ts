import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScript } from '../../db/apply-script.js';
import type { Difference } from '../../drift/difference.js';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { ddlFor } from '../../test-support/imported-spec.js';
import { FEATURES_SPEC } from '../../test-support/paths.js';
import { runCli } from '../../test-support/run-cli.js';
import { createUrlDatabase, type UrlDatabase } from '../../test-support/url-database.js';

describe('gen check --db', () => {
  let u: UrlDatabase;
  const check = (...extra: string[]) => runCli(['check', '--db', u.url, '--schema', u.schema, '--spec', FEATURES_SPEC, ...extra]);

  beforeAll(async () => {
    u = await createUrlDatabase();
    await u.use((db) => applyScript(db, ddlFor(loadModelOrThrow(FEATURES_SPEC), 'y2')));
  });
  afterAll(async () => {
    await u?.drop();
  });

  it('exits 0 when the database matches the spec', async () => {
    const r = await check('--phase', 'y2');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`✔ the database matches the spec (schema ${u.schema}, phase y2)`);
    expect(r.code).toBe(0);
  });

  it('compares with the phase asked for: tables planned for later are extra in a live check', async () => {
    const r = await check('--phase', 'live');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ai__embeddings\n {2}✖ table ai__embeddings \(.*\) is in the database but not in the spec/);
  });

  describe('after the database drifted', () => {
    let human: Awaited<ReturnType<typeof check>>;
    beforeAll(async () => {
      await u.use((db) =>
        db.exec(`
          ALTER INDEX ix_tst_chickens_owner_id RENAME TO tst_chickens_owner_id_idx;
          DROP INDEX ix_tst_eggs_chicken_id;
          CREATE INDEX tst_eggs_created_idx ON tst_orders (placed_at);
          ALTER TABLE tst_orders ALTER COLUMN placed_at DROP DEFAULT;
          ALTER TABLE tst_all_types ALTER COLUMN a_text DROP NOT NULL;
          ALTER TABLE tst_all_types ALTER COLUMN a_varchar TYPE varchar(80);
          ALTER TABLE profiles ADD COLUMN legacy_flag boolean;
          ALTER TABLE tst_counters DROP COLUMN label;
          ALTER TYPE tst_mood ADD VALUE 'great';
          ALTER TABLE tst_eggs DROP CONSTRAINT fk_tst_eggs_chicken_id;
          ALTER TABLE tst_order_lines DROP CONSTRAINT fk_tst_order_lines_region_order_number;
          ALTER TABLE tst_order_lines ADD CONSTRAINT fk_tst_order_lines_region_order_number FOREIGN KEY (region, order_number) REFERENCES tst_orders (region, order_number) ON UPDATE CASCADE;
          ALTER TABLE tst_order_lines RENAME CONSTRAINT ck_tst_order_lines_price_sane TO tst_order_lines_price_check;
          ALTER TABLE tst_order_lines DROP CONSTRAINT ck_tst_order_lines_quantity_range;
          ALTER TABLE tst_order_lines ADD CONSTRAINT ck_tst_order_lines_quantity_range CHECK (quantity >= 2);
          ALTER TABLE tst_orders RENAME CONSTRAINT pk_tst_orders TO tst_orders_pkey;
          ALTER TABLE tst_chickens DROP CONSTRAINT uq_tst_chickens_owner_id_nickname;
          COMMENT ON TABLE tst_eggs IS 'Eggs.';
          COMMENT ON COLUMN profiles.email IS NULL;
          CREATE TABLE tst_extra (id integer PRIMARY KEY);
          DROP TABLE ai__embeddings;
        `),
      );
      human = await check('--phase', 'y2');
    });

    it.each([
      ['tst_chickens', 'index on (owner_id) exists as tst_chickens_owner_id_idx, the spec names it ix_tst_chickens_owner_id'],
      ['tst_eggs', 'index ix_tst_eggs_chicken_id (chicken_id) is in the spec but not in the database'],
      ['tst_orders', 'index tst_eggs_created_idx (placed_at) is in the database but not in the spec'],
      ['tst_orders', 'column placed_at: default is none in the database, now() in the spec'],
      ['tst_all_types', 'column a_text: nullability is nullable in the database, NOT NULL in the spec'],
      ['tst_all_types', 'column a_varchar: type is varchar(80) in the database, varchar(40) in the spec'],
      ['profiles', 'column legacy_flag (boolean, nullable) is in the database but not in the spec'],
      ['tst_counters', 'column label (varchar(20), NOT NULL) is in the spec but not in the database'],
      ['tst_counters', 'unique constraint uq_tst_counters_label (label) is in the spec but not in the database'],
      ['enum tst_mood', 'enum value great is in the database but not in the spec'],
      ['tst_eggs', 'foreign key fk_tst_eggs_chicken_id (chicken_id) → tst_chickens (id) is in the spec but not in the database'],
      [
        'tst_order_lines',
        'foreign key fk_tst_order_lines_region_order_number: ON DELETE is no action in the database, cascade in the spec',
      ],
      [
        'tst_order_lines',
        'check on (price < 1000000) exists as tst_order_lines_price_check, the spec names it ck_tst_order_lines_price_sane',
      ],
      [
        'tst_order_lines',
        'check ck_tst_order_lines_quantity_range: expression is quantity >= 2 in the database, quantity >= 1 in the spec',
      ],
      ['tst_orders', 'primary key on (region, order_number) exists as tst_orders_pkey, the spec names it pk_tst_orders'],
      [
        'tst_chickens',
        'unique constraint uq_tst_chickens_owner_id_nickname (owner_id, nickname) NULLS NOT DISTINCT is in the spec but not in the database',
      ],
      ['tst_eggs', 'table tst_eggs: description is "Eggs." in the database, "The other half of the cycle." in the spec'],
      ['profiles', `column email: description is none in the database, "Login e-mail; it's case-insensitive." in the spec`],
      ['tst_extra', 'table tst_extra (id integer) is in the database but not in the spec'],
      ['ai__embeddings', 'table ai__embeddings (5 columns) is in the spec but not in the database'],
    ])('reports it under %s: %s', (subject, message) => {
      expect(human.code).toBe(1);
      const section = human.stdout.split('\n\n').find((s) => s.startsWith(`${subject}\n`)) ?? '';
      expect(section).toContain(`  ✖ ${message}`);
    });

    it('counts them in a summary line', () => {
      expect(human.stdout).toMatch(
        /\n✖ 20 differences between the database and the spec \(schema \S+, phase y2\) in 9 tables and 1 enum\n/,
      );
    });

    it('prints the same differences as JSON, and exits 1', async () => {
      const r = await check('--phase', 'y2', '--format', 'json');
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as { inSync: boolean; phase: string; differences: Difference[] };
      expect(report).toMatchObject({ inSync: false, phase: 'y2', schema: u.schema });
      expect(report.differences).toContainEqual({
        table: 'tst_chickens',
        enum: null,
        object: 'index',
        name: 'ix_tst_chickens_owner_id',
        change: 'renamed',
        property: 'name',
        expected: 'ix_tst_chickens_owner_id',
        actual: 'tst_chickens_owner_id_idx',
        message: 'index on (owner_id) exists as tst_chickens_owner_id_idx, the spec names it ix_tst_chickens_owner_id',
      });
      expect(report.differences.filter((d) => d.change === 'missing' && d.object === 'table').map((d) => d.name)).toEqual([
        'ai__embeddings',
      ]);
    });
  });
});

describe('gen check without --db', () => {
  it('is gen build --check: exit 1 listing out-of-date files, 0 once built', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-check-'));
    const stale = await runCli(['check', '--spec', FEATURES_SPEC, '--out', out]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/missing {2}packages\/db\/sql\/schema\.sql/);
    expect((await runCli(['build', '--spec', FEATURES_SPEC, '--out', out])).code).toBe(0);
    const fresh = await runCli(['check', '--spec', FEATURES_SPEC, '--out', out]);
    expect(fresh).toMatchObject({ code: 0, stdout: '✔ generated files are up to date\n' });
    rmSync(out, { recursive: true });
  });
});
