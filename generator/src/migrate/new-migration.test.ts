import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '@poultryco/db/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelForPhase, type Model } from '../model/model.js';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { FEATURES_SPEC } from '../test-support/paths.js';
import { copySpec, writeTempSpec } from '../test-support/temp-spec.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { readDatabaseState } from './database-state.js';
import { newMigration, type NewMigrationResult } from './new-migration.js';
import { remainingDifferences } from './remaining-differences.js';

/*
 * Each kind of difference, as a chain of versions of the features spec (every column type,
 * identity, serial, generated columns, composite keys, a foreign key cycle, partial and
 * expression indexes): `newMigration` writes each step from the replayed history, the runner
 * applies it to a database holding rows, and afterwards the database is exactly the version.
 */
const base = copySpec(FEATURES_SPEC);
type Files = Record<string, string>;

function edit(files: Files, path: string, from: string, to: string): Files {
  const text = files[path] ?? '';
  if (!text.includes(from)) throw new Error(`${path} has no ${JSON.stringify(from)}`);
  return { ...files, [path]: text.replace(from, to) };
}

const TST = 'modules/tst.yaml';

// v1: additions. An enum value (used at once by a default, so it comes in a migration of its
// own), a table with a foreign key and an updated_at trigger, columns (one with a check and a
// description, one with a foreign key), an index, a unique constraint, a check on an enum column, a new description.
let v1 = edit(base, TST, 'values: [good, okay, bad]', 'values: [great, good, okay, bad]');
v1 = edit(v1, TST, 'an_enum: { type: tst_mood, default: okay }', 'an_enum: { type: tst_mood, default: great }');
v1 = edit(
  v1,
  TST,
  '      a_quote: { type: text, default: "it\'s" }\n',
  "      a_quote: { type: text, default: \"it's\" }\n    checks:\n      - name: mood_known\n        expression: an_enum <> 'good' OR a_boolean IS NOT NULL\n",
);
v1 = edit(
  v1,
  TST,
  '  tst_eggs:\n    description: The other half of the cycle.\n    use: [id]\n    columns:\n      chicken_id: { type: uuid, nullable: true, references: tst_chickens, onDelete: set null }\n    indexes:\n      - columns: [chicken_id]\n',
  `  tst_eggs:
    description: Eggs, the other half of the cycle.
    use: [id]
    columns:
      chicken_id: { type: uuid, nullable: true, references: tst_chickens, onDelete: set null }
      laid_at: { type: timestamptz, default: now() }
      weight_grams: { type: integer, nullable: true, min: 1, description: Weight when laid. }
      color: { type: text, nullable: true, default: brown }
    indexes:
      - columns: [chicken_id]
      - columns: [laid_at]
  tst_notes:
    description: Notes on a chicken.
    use: [id, timestamps]
    columns:
      chicken_id: { type: uuid, references: tst_chickens, onDelete: cascade }
      note_text: text
`,
);
v1 = edit(
  v1,
  TST,
  '      placed_at: { type: timestamptz, default: now() }\n',
  '      placed_at: { type: timestamptz, default: now() }\n      placed_by: { type: uuid, nullable: true, references: profiles }\n    unique:\n      - columns: [order_number, region]\n',
);

// v2: renames the spec asks for.
let v2 = edit(
  v1,
  TST,
  '  tst_notes:\n    description: Notes on a chicken.\n',
  '  tst_remarks:\n    description: Notes on a chicken.\n    renamedFrom: tst_notes\n',
);
v2 = edit(v2, TST, '      note_text: text\n', '      body: { type: text, renamedFrom: note_text }\n');

// v3: changes in place: a wider varchar, integer → bigint without its default, NOT NULL and a
// new default, a changed check, changed foreign key actions, a changed index, identity kind.
let v3 = edit(v2, TST, 'nickname: { type: varchar(40), nullable: true }', 'nickname: { type: varchar(80), nullable: true }');
v3 = edit(v3, TST, 'a_integer: { type: integer, default: 7 }', 'a_integer: { type: bigint }');
v3 = edit(
  v3,
  TST,
  'a_generated: { type: integer, generated: a_integer * 2, nullable: true }',
  'a_generated: { type: bigint, generated: a_integer * 2, nullable: true }',
);
v3 = edit(v3, TST, 'color: { type: text, nullable: true, default: brown }', 'color: { type: text, default: white }');
v3 = edit(v3, TST, 'expression: price < 1000000', 'expression: price < 5000000');
v3 = edit(v3, TST, '        onDelete: cascade\n        onUpdate: cascade\n', '        onDelete: restrict\n        onUpdate: cascade\n');
v3 = edit(v3, TST, '      - columns: [laid_at]\n', '      - columns: [laid_at desc]\n');
v3 = edit(v3, TST, 'id: { type: bigint, identity: always }', 'id: { type: bigint, identity: by default }');

// v4: destructive: a dropped column and table, a narrowed varchar, an enum value removed.
let v4 = edit(v3, TST, '      a_json: json?\n', '');
v4 = edit(
  v4,
  TST,
  '  tst_remarks:\n    description: Notes on a chicken.\n    renamedFrom: tst_notes\n    use: [id, timestamps]\n    columns:\n      chicken_id: { type: uuid, references: tst_chickens, onDelete: cascade }\n      body: { type: text, renamedFrom: note_text }\n',
  '',
);
v4 = edit(v4, TST, 'nickname: { type: varchar(80), nullable: true }', 'nickname: { type: varchar(30), nullable: true }');
v4 = edit(v4, TST, 'values: [great, good, okay, bad]', 'values: [great, good, okay]');

let t: TestDatabase;
let dir: string;
let clock = Date.UTC(2025, 0, 1);
const specs: string[] = [];

function specOf(files: Files): Model {
  const written = writeTempSpec(files);
  specs.push(written.dir);
  return loadModelOrThrow(written.root);
}

async function step(files: Files, label: string, allowDestructive = false): Promise<{ spec: Model; result: NewMigrationResult }> {
  const spec = specOf(files);
  clock += 3_600_000;
  const result = await newMigration({ spec, phase: 'live', label, dir, allowDestructive, dropCompatViews: false, now: new Date(clock) });
  return { spec, result };
}

const sqlOf = (result: NewMigrationResult) => (result.status === 'written' ? result.files.map((f) => f.sql).join('\n') : '');

async function applyAndCompare(spec: Model): Promise<void> {
  const applied = await migrate({ session: t.db, migrations: dir });
  expect(applied.error?.message).toBeUndefined();
  expect(remainingDifferences(modelForPhase(spec, 'live'), await readDatabaseState(t.db, t.schema, spec))).toEqual([]);
}

async function count(table: string): Promise<number> {
  return Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);
}

beforeAll(async () => {
  t = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'gen-migrations-'));
});

afterAll(async () => {
  await t?.drop();
  for (const d of [dir, ...specs]) rmSync(d, { recursive: true, force: true });
});

describe('gen migrate new, kind by kind', { timeout: 120_000 }, () => {
  it('v0: the first migration creates everything', async () => {
    const { spec, result } = await step(base, 'initial');
    expect(result.status).toBe('written');
    expect(sqlOf(result)).toMatch(/CREATE TYPE tst_mood AS ENUM/);
    expect(sqlOf(result)).toMatch(/CREATE TRIGGER trg_profiles_updated_at/);
    expect(sqlOf(result)).not.toMatch(/WARNING|DESTRUCTIVE/);
    await applyAndCompare(spec);
    await t.db.exec(`
      INSERT INTO profiles (id, email) VALUES ('00000000-0000-0000-0000-000000000001', 'a@example.com');
      INSERT INTO tst_chickens (id, owner_id, nickname) VALUES ('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-000000000001', 'Henny');
      INSERT INTO tst_eggs (chicken_id) VALUES ('00000000-0000-0000-0000-0000000000c1'), (NULL);
      INSERT INTO tst_orders (region, order_number) VALUES ('KA', 1);
      INSERT INTO tst_order_lines (region, order_number, quantity, price) VALUES ('KA', 1, 2, 10.5);
      INSERT INTO tst_all_types (a_text, an_enum) VALUES ('one', 'good'), ('two', 'okay');`);
  });

  it('v1: additions, with the new enum value in a migration of its own and lock warnings on tables that hold rows', async () => {
    const { spec, result } = await step(v1, 'additions');
    expect(result.status).toBe('written');
    if (result.status !== 'written') return;
    expect(result.files.map((f) => f.name.replace(/^\d+_/, ''))).toEqual(['additions_enum_values', 'additions']);
    const [values, rest] = result.files.map((f) => f.sql);
    expect(values).toMatch(/^ALTER TYPE tst_mood ADD VALUE 'great' BEFORE 'good';$/m);
    expect(rest).toMatch(/^CREATE TABLE tst_notes \(/m);
    expect(rest).toMatch(/^ALTER TABLE tst_eggs ADD COLUMN laid_at timestamptz NOT NULL DEFAULT now\(\);$/m);
    expect(rest).toMatch(/^ALTER TABLE tst_eggs ADD CONSTRAINT ck_tst_eggs_weight_grams_range CHECK/m);
    expect(rest).toMatch(/^ALTER TABLE tst_orders ADD CONSTRAINT fk_tst_orders_placed_by FOREIGN KEY/m);
    expect(rest).toMatch(/^ALTER TABLE tst_orders ADD CONSTRAINT uq_tst_orders_order_number_region UNIQUE/m);
    expect(rest).toMatch(/^ALTER TABLE tst_all_types ALTER COLUMN an_enum SET DEFAULT 'great'/m);
    expect(rest).toMatch(/^CREATE TRIGGER trg_tst_notes_updated_at/m);
    expect(rest).toMatch(/^COMMENT ON TABLE tst_eggs IS 'Eggs, the other half of the cycle.';$/m);
    expect(rest).toMatch(/^COMMENT ON COLUMN tst_eggs.weight_grams IS 'Weight when laid.';$/m);
    // Warnings with the safer alternative, only where a table already holds rows.
    expect(rest).toMatch(/-- WARNING: CREATE INDEX blocks writes to tst_eggs[^\n]*CONCURRENTLY[^\n]*\nCREATE INDEX ix_tst_eggs_laid_at/);
    expect(rest).toMatch(
      /-- WARNING: ADD FOREIGN KEY checks every row of tst_orders[^\n]*NOT VALID[^\n]*\nALTER TABLE tst_orders ADD CONSTRAINT fk_tst_orders_placed_by/,
    );
    expect(rest).toMatch(/-- WARNING: ADD CHECK scans tst_eggs[^\n]*NOT VALID/);
    expect(rest).not.toMatch(/WARNING[^\n]*tst_notes/);
    expect(rest).not.toMatch(/DESTRUCTIVE/);
    await applyAndCompare(spec);
    expect(await count('tst_eggs')).toBe(2);
  });

  it('v2: renames only where the spec says renamedFrom, keeping the rows; constraint and trigger names follow', async () => {
    await t.db.exec(`INSERT INTO tst_notes (chicken_id, note_text) VALUES ('00000000-0000-0000-0000-0000000000c1', 'laying well')`);
    const { spec, result } = await step(v2, 'rename_notes');
    const sql = sqlOf(result);
    expect(sql).toMatch(/^ALTER TABLE tst_notes RENAME TO tst_remarks;$/m);
    expect(sql).toMatch(/^ALTER TABLE tst_remarks RENAME COLUMN note_text TO body;$/m);
    expect(sql).toMatch(/^ALTER TABLE tst_remarks RENAME CONSTRAINT pk_tst_notes TO pk_tst_remarks;$/m);
    expect(sql).toMatch(/^ALTER TABLE tst_remarks RENAME CONSTRAINT fk_tst_notes_chicken_id TO fk_tst_remarks_chicken_id;$/m);
    expect(sql).toMatch(/^ALTER TRIGGER trg_tst_notes_updated_at ON tst_remarks RENAME TO trg_tst_remarks_updated_at;$/m);
    expect(sql).not.toMatch(/DROP|CREATE TABLE|ADD COLUMN/);
    await applyAndCompare(spec);
    expect((await t.db.query('SELECT body FROM tst_remarks')).rows).toEqual([{ body: 'laying well' }]);
  });

  it('v3: types (with USING), nullability, defaults, checks, foreign key actions and indexes change in place', async () => {
    const { spec, result } = await step(v3, 'alterations');
    const sql = sqlOf(result);
    if (result.status === 'failed') expect(result.problems).toEqual([]);
    expect(result.status).toBe('written');
    expect(sql).toMatch(/^ALTER TABLE tst_chickens ALTER COLUMN nickname TYPE varchar\(80\) USING nickname::varchar\(80\);$/m);
    // A generated column computed from it must go while the type changes, and come back.
    expect(sql).toMatch(
      /^ALTER TABLE tst_all_types DROP COLUMN a_generated;\nALTER TABLE tst_all_types ALTER COLUMN a_integer DROP DEFAULT;\n(--[^\n]*\n)?ALTER TABLE tst_all_types ALTER COLUMN a_integer TYPE bigint USING a_integer::bigint;\n(--[^\n]*\n)?ALTER TABLE tst_all_types ADD COLUMN a_generated bigint GENERATED ALWAYS AS \(a_integer \* 2\) STORED;$/m,
    );
    expect(sql).toMatch(/-- WARNING: Changing the type of a_integer rewrites tst_all_types/);
    expect(sql).toMatch(
      /-- WARNING: SET NOT NULL scans tst_eggs[^\n]*CHECK \(color IS NOT NULL\) NOT VALID[^\n]*\nALTER TABLE tst_eggs ALTER COLUMN color SET NOT NULL;/,
    );
    expect(sql).toMatch(/^ALTER TABLE tst_eggs ALTER COLUMN color SET DEFAULT 'white';$/m);
    expect(sql).toMatch(/^ALTER TABLE tst_order_lines DROP CONSTRAINT ck_tst_order_lines_price_sane;$/m);
    expect(sql).toMatch(/^ALTER TABLE tst_order_lines DROP CONSTRAINT fk_tst_order_lines_region_order_number;$/m);
    expect(sql).toMatch(/ON DELETE RESTRICT ON UPDATE CASCADE;$/m);
    expect(sql).toMatch(/^DROP INDEX ix_tst_eggs_laid_at;$/m);
    expect(sql).toMatch(/^CREATE INDEX ix_tst_eggs_laid_at ON tst_eggs \(laid_at DESC\);$/m);
    expect(sql).toMatch(/^ALTER TABLE tst_counters ALTER COLUMN id SET GENERATED BY DEFAULT;$/m);
    expect(sql).not.toMatch(/DESTRUCTIVE/);
    await applyAndCompare(spec);
    expect(await count('tst_all_types')).toBe(2);
  });

  it('v4: destructive changes are refused (nothing written) unless allowed, and then marked', async () => {
    const before = readdirSync(dir);
    const refused = await step(v4, 'drops');
    expect(refused.result.status).toBe('refused');
    if (refused.result.status === 'refused')
      expect(refused.result.statements.filter((s) => s.destructive).map((s) => s.sql.split('\n')[0])).toEqual([
        'DROP TABLE tst_remarks;',
        'ALTER TABLE tst_all_types DROP COLUMN a_json;',
        'ALTER TYPE tst_mood RENAME TO tst_mood__replaced;',
        'ALTER TABLE tst_chickens ALTER COLUMN nickname TYPE varchar(30) USING nickname::varchar(30);',
      ]);
    expect(readdirSync(dir)).toEqual(before);

    const { spec, result } = await step(v4, 'drops', true);
    if (result.status === 'failed') expect(result.problems).toEqual([]);
    const sql = sqlOf(result);
    expect(sql).toMatch(
      /-- DESTRUCTIVE: drops table tst_remarks and all its rows \(if it was renamed, give the new table renamedFrom: tst_remarks in the spec\)\nDROP TABLE tst_remarks;/,
    );
    expect(sql).toMatch(/-- DESTRUCTIVE: drops column tst_all_types.a_json/);
    expect(sql).toMatch(/-- DESTRUCTIVE: changes tst_chickens.nickname from varchar\(80\) to varchar\(30\)/);
    expect(sql).toMatch(/-- DESTRUCTIVE: removes value 'bad' from enum tst_mood/);
    // The check that names the enum column is taken off and put back around the type swap.
    expect(sql).toMatch(
      /DROP CONSTRAINT ck_tst_all_types_mood_known;[\s\S]*TYPE tst_mood USING an_enum::text::tst_mood;[\s\S]*ADD CONSTRAINT ck_tst_all_types_mood_known/,
    );
    await applyAndCompare(spec);
    expect(await count('tst_all_types')).toBe(2);
  });
});
