import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { applyScript } from '../../db/apply-script.js';
import { ddlEmitter, SCHEMA_SQL_PATH } from '../ddl/ddl-emitter.js';
import type { Model } from '../../model/model.js';
import { emitAll } from '../../pipeline/build.js';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { importGeneratedSchemas, type GeneratedSchemas } from '../../test-support/generated-schemas.js';
import { REPO_ROOT } from '../../test-support/paths.js';
import { writeTempSpec } from '../../test-support/temp-spec.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';

/**
 * The validators' CHECK rules must reject exactly what PostgreSQL rejects: a table holding each
 * kind of rule is created from a small spec, and for every probe value the generated insert
 * schema's verdict is compared with PostgreSQL's on the same row.
 */
const LONG_TABLE = 'tst_hoisting_long_names_for_the_print_width';
const LONG_COLUMN = 'a_deliberately_long_column_name_to_push_the_line';

const ROOT = `version: 1
name: checks
teams:
  core: { title: Core team }
modules:
  tst: { prefix: tst_, title: Test, owner: core, targets: { current: 2, y1: 2, y2: 2 } }
`;

const MODULE = `version: 1
module: tst
tables:
  tst_checked_values:
    description: One column per kind of CHECK rule the validators enforce.
    columns:
      id: { type: serial, primaryKey: true }
      code: { type: varchar(8), nullable: true, check: "code ~ '^[A-Z]{2,3}(-[a-z0-9]+)*$'" }
      slug: { type: citext, nullable: true, check: "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'" }
      state: { type: char(2), nullable: true, check: "state ~ '^[A-Z]{2}$'" }
      pair: { type: char(4), nullable: true, check: "pair ~ '^[A-Z]{2}  $'" }
      kind: { type: varchar(20), nullable: true, check: "kind ~* '^ab[c-e]$'" }
      title: { type: varchar(10), nullable: true, check: "length(title) >= 2" }
      body: { type: text, nullable: true }
      note: { type: text, nullable: true, check: "note <> '' AND 3 >= char_length(note)" }
      qty: { type: integer, nullable: true, min: 1, max: 100, check: "qty <> 50" }
      big: { type: bigint, nullable: true, check: "big >= -5 AND big < 9007199254740993" }
      price: { type: "numeric(6,2)", nullable: true, check: "price >= 0.01 AND price <> 1" }
      ratio: { type: double precision, nullable: true, check: "ratio > 0.1" }
      weight: { type: real, nullable: true, min: 0 }
    checks:
      - name: body_length
        expression: body IS NULL OR character_length(body) BETWEEN 1 AND 5
  ${LONG_TABLE}:
    description: Names long enough that the column's validator and its pattern move to named consts.
    columns:
      id: { type: serial, primaryKey: true }
      ${LONG_COLUMN}:
        type: varchar(100)
        nullable: true
        check: "${LONG_COLUMN} ~ '^[a-z]+(-[a-z]+)*([.][a-z]{2,10})?(:[0-9]{1,5})?(/[a-z0-9_-]*)*$' AND length(${LONG_COLUMN}) >= 3 AND ${LONG_COLUMN} <> 'localhost'"
`;

const emoji = (n: number) => '😀'.repeat(n);

/** Column → values to try (each in a row of its own, the other columns null). */
const PROBES: Readonly<Record<string, Readonly<Record<string, readonly unknown[]>>>> = {
  tst_checked_values: {
    // A pattern on varchar(8); spaces past the length are cut off before the CHECK sees the value.
    code: ['AB', 'ABC', 'ABCD', 'AB-x1', 'AB-', 'ab', 'AB-x1-y2', 'AB-x1-y23', 'AB-x1-y2   ', 'AB-x1   ', 'AB-x😀', 'AB\n', '', 'AB '],
    // citext: its `~` ignores case.
    // citext: its `~` ignores case. (Characters whose case depends on the locale, such as ſ, are
    // accepted by the validator and may be refused by the database: see pg-regex.test.ts.)
    slug: ['layer-farm', 'Layer-Farm', 'LAYER', 'layer--farm', '-x', 'x-', '', 'a b', 'é', 'layer\nfarm'],
    // char(2): a pattern sees the value padded to 2.
    state: ['TN', 'tn', 'T', 'TNX', 'TN ', 'TN   ', 'T ', '', 'T😀', '😀😀'],
    pair: ['AB', 'AB ', 'AB  ', 'AB    ', 'ABC', 'A', '', 'ab', 'AB\n'],
    kind: ['abc', 'ABD', 'aBe', 'abf', 'ab', 'abcd', 'ABC '],
    // length() counts characters: 10 emoji fit varchar(10).
    title: [
      'a',
      'ab',
      ' ',
      '😀',
      emoji(2),
      emoji(10),
      emoji(11),
      'abcdefghij',
      'abcdefghijk',
      'abcdefghij   ',
      `a${' '.repeat(20)}`,
      'é',
      'e\u0301',
    ],
    body: ['', 'a', '12345', '123456', emoji(5), emoji(6), 'e\u0301e\u0301e\u0301'],
    note: ['', 'a', 'abc', 'abcd', emoji(3), emoji(4), ' '],
    qty: [0, 1, 2, 49, 50, 51, 100, 101, -1, 2147483647, 1.5],
    // int8 beyond 2^53, compared exactly.
    big: ['-5', '-6', '0', 3, '9007199254740992', '9007199254740993', '-9223372036854775808', '9223372036854775807'],
    // numeric(6,2) rounds to 2 places before the CHECK.
    price: ['0.01', '0.005', '0.004', '0.0149', '1', '1.004', '1.005', '0.995', 0.01, 1, '9999.99', '10000', '-0.001', '0', '00.010'],
    // double precision compares in float8: 0.1 is not > 0.1, the next double is.
    ratio: [0.1, 0.10000000000000002, 0.2, 1e-300, 5e-324, 1e300, -1, 0],
    // real: rounded to single precision, out of range beyond it.
    weight: [0, 1, -1, 1e-45, -1e-50, 1e-50, 1e39, 3.4e38, 0.1],
  },
  [LONG_TABLE]: {
    [LONG_COLUMN]: ['ab', 'abc', 'localhost', 'necc.example:8080/prices', 'necc.example/a/b/', 'a-b-c', 'A-b', 'ab-', 'x.y', 'abc/😀'],
  },
};

const REJECTED = new Set(['23514', '22001', '22003', '22P02']);

describe('CHECK rules in the validators agree with PostgreSQL', () => {
  let t: TestDatabase;
  let model: Model;
  let generated: GeneratedSchemas;
  const scratch = join(REPO_ROOT, 'packages', 'db', '.tmp', `check-rules-test-${process.pid}`);

  beforeAll(async () => {
    const { root } = writeTempSpec({ 'spec.yaml': ROOT, 'modules/tst.yaml': MODULE });
    model = loadModelOrThrow(root);
    generated = await importGeneratedSchemas(model, 'live', scratch);
    t = await createTestDatabase();
    await applyScript(t.db, emitAll(model, { phase: 'live', emitters: [ddlEmitter] }).outputs.get(SCHEMA_SQL_PATH) ?? '');
  });
  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await t.drop();
  });

  it('enforces every rule of the spec (each column gets pg.checked)', () => {
    const schemas = generated.files.get('tst/schemas.ts') ?? '';
    for (const column of Object.keys(PROBES.tst_checked_values ?? {}).filter((c) => c !== 'body'))
      expect(schemas, column).toMatch(new RegExp(`^  ${column}: pg\\.checked\\(`, 'm'));
    expect(schemas).toContain('  body: pg.checked(z.string(), pg.chars(1, 5)).nullable().optional(),');
  });

  it.each(
    Object.entries(PROBES).flatMap(([table, columns]) =>
      Object.entries(columns).map(([column, values]) => [table, column, values] as const),
    ),
  )('insert schema and PostgreSQL accept the same values: %s.%s', async (table, column, values) => {
    const schema = generated.insert.get(table) as ZodType;
    const disagreements: string[] = [];
    let accepted = 0;
    for (const value of values) {
      const zod = schema.safeParse({ [column]: value });
      const db = await t.db.query(`INSERT INTO ${table} (${column}) VALUES ($1)`, [value]).then(
        () => null,
        (error: { code?: string; message?: string }) => error,
      );
      if (db && !REJECTED.has(db.code ?? '')) throw new Error(`${JSON.stringify(value)}: unexpected ${db.code} ${db.message}`);
      if (zod.success !== (db === null))
        disagreements.push(
          `${JSON.stringify(value)}: PostgreSQL ${db ? `rejects (${db.message})` : 'accepts'}, zod ${zod.success ? 'accepts' : `rejects (${zod.error.issues.map((i) => i.message).join('; ')})`}`,
        );
      if (db === null) accepted++;
    }
    expect(disagreements).toEqual([]);
    // Each column's probes land on both sides of its rules.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(values.length);
  });

  it('moves a long pattern and a long validator to named consts, laid out as prettier prints them', async () => {
    const schemas = generated.files.get('tst/schemas.ts') ?? '';
    // The validator's const is named so that the entry fits its line: shortened, with a hash.
    expect(schemas).toMatch(new RegExp(`^  ${LONG_COLUMN}: tstHoistingLongNames\\w*_[0-9a-f]{8}\\.nullable\\(\\)\\.optional\\(\\),$`, 'm'));
    expect(schemas).toMatch(/^const tstHoistingLongNames\w*_[0-9a-f]{8} = pg\.checked\(\n {2}pg\.varchar\(100\),\n/m);
    expect(schemas).toMatch(/^const tstHoistingLongNamesForThePrintWidthADeliberatelyLongColumnNameToPushTheLinePattern =\n {2}\/\^/m);
    const formatted = await format(schemas, { parser: 'typescript', printWidth: 140, singleQuote: true });
    expect(formatted).toBe(schemas);
  });
});
