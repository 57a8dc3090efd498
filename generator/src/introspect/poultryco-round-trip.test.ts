import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScript } from '../db/apply-script.js';
import { compareModels } from '../drift/compare-models.js';
import { modelForPhase, type Model } from '../model/model.js';
import { loadModel, loadModelOrThrow } from '../pipeline/load-model.js';
import { ddlFor, writeImportedSpec } from '../test-support/imported-spec.js';
import { REPO_SPEC } from '../test-support/paths.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { introspectDatabase, type ImportResult } from './introspect.js';

const spec = loadModelOrThrow(REPO_SPEC);
const PHASES = ['y2', 'live'] as const;

// spec → DDL → fresh database → import: the import is the spec model in everything a database
// holds. Legacy names, owners, plans and json shapes live only in the spec and are not compared.
// One database holds both phases, each in a schema of its own (one PGlite instance is slow to start).
let t: TestDatabase;
const imported = new Map<string, ImportResult>();

beforeAll(async () => {
  t = await createTestDatabase();
  for (const phase of PHASES) {
    const schema = phase === 'y2' ? t.schema : `${t.schema}_live`;
    if (schema !== t.schema) await t.db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public`);
    await applyScript(t.db, ddlFor(modelForPhase(spec, phase), phase));
    imported.set(phase, await introspectDatabase(t.db, { schema, reference: spec }));
  }
});
afterAll(async () => {
  // The live schema's tables go in batches: one DROP SCHEMA … CASCADE of them all can exhaust the lock table.
  const live = `${t.schema}_live`;
  const { rows } = await t.db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = $1`, [live]);
  for (let i = 0; i < rows.length; i += 50)
    await t.db.exec(
      `DROP TABLE ${rows
        .slice(i, i + 50)
        .map((r) => `${live}.${r.name}`)
        .join(', ')} CASCADE`,
    );
  await t.db.exec(`DROP SCHEMA ${live} CASCADE`);
  await t.drop();
});

describe.each(PHASES)('the PoultryCo spec, phase %s, through a database and back', (phase) => {
  const model = modelForPhase(spec, phase);
  const result = () => imported.get(phase) as ImportResult;

  it('imports exactly the spec’s model: tables, columns, defaults, keys, checks, indexes, enums, comments', () => {
    expect(compareModels(model, result().model, { strict: true })).toEqual([]);
    expect(result().model.tables).toHaveLength(model.tables.length);
    expect(result().model.naming).toEqual(spec.naming);
  });

  it('finds nothing it cannot represent, and puts every table in its own module', () => {
    expect(result().warnings.filter((w) => !['other-schema', 'extension'].includes(w.code))).toEqual([]);
    const moduleOf = new Map(model.tables.map((tb) => [tb.name, tb.module]));
    expect(result().model.tables.filter((tb) => tb.module !== moduleOf.get(tb.name))).toEqual([]);
    expect(result().suggestions.size).toBe(0);
  });

  it('writes YAML that is a valid spec and reads back to the same model', () => {
    const { root, dir } = writeImportedSpec(result());
    const loaded = loadModel(root);
    rmSync(dir, { recursive: true });
    expect(loaded.problems).toEqual([]);
    const yamlModel = loaded.model as Model;
    expect(compareModels(result().model, yamlModel, { strict: true })).toEqual([]);
    expect(compareModels(model, yamlModel, { strict: true })).toEqual([]);
    expect(yamlModel.modules.map((m) => m.key)).toEqual([...new Set([...model.tables, ...model.enums].map((x) => x.module))].sort());
  });
});
