import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../pipeline/load-model.js';
import { catalogColumns } from '../test-support/catalog.js';
import { writeImportedSpec } from '../test-support/imported-spec.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { introspectDatabase, type ImportResult } from './introspect.js';

const OTHER = `gen_other_${randomBytes(4).toString('hex')}`;
const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'unsupported.sql'), 'utf8').replace(/OTHER_SCHEMA/g, OTHER);

describe('import of what the spec cannot describe', () => {
  let t: TestDatabase;
  let imported: ImportResult;
  const warning = (code: string, table: string | null, text: string) =>
    imported.warnings.some((w) => w.code === code && w.table === table && w.message.includes(text));

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.exec(FIXTURE);
    imported = await introspectDatabase(t.db, { schema: t.schema, reference: null });
  });
  afterAll(async () => {
    await t?.db.exec(`DROP SCHEMA IF EXISTS ${OTHER} CASCADE`);
    await t?.drop();
  });

  it.each<[string, string | null, string]>([
    ['other-schema', null, `schema ${OTHER} (1 table)`],
    ['foreign-key-left-out', 'documents', `references ${OTHER}.accounts`],
    ['unsupported-type', 'documents', 'column search: type tsvector'],
    ['unsupported-type', 'documents', 'column location: type point'],
    ['index-left-out', 'documents', 'documents_search_idx uses left-out column search'],
    ['index-left-out', 'documents', 'documents_title_pattern_idx uses operator class text_pattern_ops'],
    ['index-left-out', 'documents', 'documents_code_include_idx has INCLUDE columns'],
    ['index-left-out', 'documents', 'documents_written_idx orders NULLs'],
    ['comment', 'documents', 'comment on index documents_body_idx'],
    ['exclusion-constraint', 'documents', 'documents_code_excl'],
    ['not-valid', 'documents', 'documents_body_check is NOT VALID'],
    ['collation', 'documents', 'column title'],
    ['domain', 'documents', 'column contact has domain email_address, imported as its base type text'],
    ['domain', null, 'domain email_address'],
    ['type', null, 'composite type postal_address'],
    ['type', null, 'range type price_band'],
    ['type-approximated', 'documents', 'timestamp(3) without time zone'],
    ['type-approximated', 'schema_migrations', 'character varying without a length is imported as text'],
    ['sequence', null, 'sequence invoice_numbers'],
    ['missing-updated-at-trigger', 'documents', 'has updated_at but no trigger'],
    ['trigger', 'documents', 'trigger documents_audit'],
    ['function', null, 'function log_change()'],
    ['row-level-security', 'documents', 'row-level security'],
    ['policy', 'documents', 'policy documents_owner'],
    ['deferrable', 'audit_log', 'is DEFERRABLE'],
    ['unlogged', 'audit_log', 'UNLOGGED'],
    ['partitioned-table', 'measurements', 'partitioned by RANGE (taken_on)'],
    ['partition', 'measurements_2024', 'partition of measurements'],
    ['inheritance', 'special_things', 'inherits from base_things'],
    ['invalid-name', 'LegacyThing', 'table LegacyThing is left out'],
    ['invalid-name', 'tags', 'column Colour is left out'],
    ['storage-options', 'tags', 'fillfactor=70'],
    ['comment', 'tags', 'comment on primary key tags_pkey'],
    ['view', null, 'view recent_documents'],
    ['no-columns', 'nothing_here', 'has no columns'],
    ['foreign-key-left-out', 'notes', 'notes_counter_id_fkey joins columns of different types (counter_id → counters.id)'],
    ['view', null, 'materialized view document_counts'],
  ])('warns: %s on %s (%s)', (code, table, text) => {
    expect(
      warning(code, table, text),
      JSON.stringify(
        imported.warnings.filter((w) => w.table === table),
        null,
        1,
      ),
    ).toBe(true);
  });

  it('drops nothing silently: every table and column is imported or named in a warning', async () => {
    const tables = new Map(imported.model.tables.map((tb) => [tb.name, new Set(tb.columns.map((c) => c.name))]));
    for (const c of await catalogColumns(t.db, t.schema)) {
      const kept = tables.get(c.table)?.has(c.name) ?? false;
      const mentioned = imported.warnings.some((w) => w.table === c.table && (!tables.has(c.table) || w.message.includes(c.name)));
      expect(kept || mentioned, `${c.table}.${c.name}`).toBe(true);
    }
  });

  it('still writes a valid spec for the rest', () => {
    const { root, dir, files } = writeImportedSpec(imported);
    expect(loadModel(root).problems).toEqual([]);
    rmSync(dir, { recursive: true });
    expect(files.get('imported.yaml')).toContain(`other-schema: schema ${OTHER}`);
    expect(files.get('imported.yaml')).toContain('invalid-name: LegacyThing: table LegacyThing is left out');
    expect(imported.warnings.filter((w) => w.code === 'function').map((w) => w.message)).toEqual([
      'function log_change() is not represented in the spec',
    ]);
    expect(files.get('modules/unassigned.yaml')).toMatch(/# gen import: unsupported-type: column search: type tsvector/);
    const documents = imported.model.tables.find((tb) => tb.name === 'documents');
    expect(documents?.columns.map((c) => c.name)).toEqual([
      'id',
      'owner_id',
      'title',
      'contact',
      'body',
      'written_at',
      'code',
      'invoice_no',
      'updated_at',
    ]);
    expect(documents?.columns.find((c) => c.name === 'invoice_no')?.default).toEqual({
      kind: 'expression',
      sql: "nextval('invoice_numbers'::regclass)",
    });
  });
});
