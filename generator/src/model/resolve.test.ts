import { describe, expect, it } from 'vitest';
import { loadModel } from '../pipeline/load-model.js';
import { writeTempSpec } from '../test-support/temp-spec.js';
import type { Problem } from '../spec/problem.js';

const ROOT = `version: 1
name: demo
teams:
  alpha: { title: Alpha }
modules:
  core: { prefix: "", title: Core, owner: alpha, targets: { current: 1, y1: 1, y2: 1 } }
  soc: { prefix: soc_, title: Social, owner: alpha, targets: { current: 1, y1: 1, y2: 1 }, references: [core] }
columnSets:
  id:
    columns:
      id: { type: uuid, primaryKey: true, default: gen_random_uuid() }
`;
const CORE = `version: 1
module: core
tables:
  profiles:
    use: [id]
    columns:
      name: text
`;

function problemsFor(soc: string, extra: Record<string, string> = {}): Problem[] {
  const { root } = writeTempSpec({ 'spec.yaml': ROOT, 'modules/core.yaml': CORE, 'modules/soc.yaml': soc, ...extra });
  const { model, problems } = loadModel(root);
  expect(model).toBeNull();
  return problems;
}

/** The single problem with `code`, asserting its position in `file`. */
function expectProblem(problems: Problem[], code: string, file: string, line: number, column: number, message: RegExp): void {
  const found = problems.filter((p) => p.code === code);
  expect(found, JSON.stringify(problems, null, 2)).toHaveLength(1);
  expect(found[0]?.location?.file.endsWith(file)).toBe(true);
  expect([found[0]?.location?.line, found[0]?.location?.column]).toEqual([line, column]);
  expect(found[0]?.message).toMatch(message);
}

describe('spec problems are reported with file, line and column', () => {
  it('unknown type', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_posts:
    use: [id]
    columns:
      body: { type: txet }
`);
    expectProblem(problems, 'unknown-type', 'modules/soc.yaml', 7, 21, /unknown type "txet".*supported type/);
  });

  it('unknown foreign-key target and column', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_posts:
    use: [id]
    columns:
      author_id: { type: uuid, references: profile }
      editor_id: { type: uuid, references: profiles.uid }
`);
    expectProblem(problems, 'unknown-fk-target', 'modules/soc.yaml', 7, 44, /unknown table "profile".*did you mean "profiles"/);
    expectProblem(problems, 'unknown-fk-column', 'modules/soc.yaml', 8, 44, /column "uid"/);
  });

  it('duplicate table across files', () => {
    const problems = problemsFor(
      `version: 1
module: soc
tables:
  soc_posts:
    use: [id]
    columns: { body: text }
`,
      {
        'modules/zzz.yaml': `version: 1
module: core
tables: {}
`,
      },
    );
    expectProblem(problems, 'duplicate-module-file', 'modules/zzz.yaml', 2, 9, /already has its file/);
  });

  it('the same table name in two modules', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  profiles:
    use: [id]
    columns: { body: text }
`);
    expectProblem(problems, 'duplicate-table', 'modules/soc.yaml', 4, 3, /already defined at .*core.yaml:4/);
  });

  it('duplicate column from a column set, and a column twice in a key and an index', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_posts:
    use: [id]
    columns:
      id: text
      body: text
    unique:
      - [body, body]
    indexes:
      - columns: [body, missing]
`);
    expectProblem(problems, 'duplicate-column', 'modules/soc.yaml', 7, 7, /column "id" is defined twice/);
    expectProblem(problems, 'duplicate-key-column', 'modules/soc.yaml', 10, 16, /names column "body" twice/);
    expectProblem(problems, 'unknown-column', 'modules/soc.yaml', 12, 25, /column "missing"/);
  });

  it('table whose prefix does not match its module, with the fix', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  posts:
    use: [id]
    columns: { body: text }
`);
    expectProblem(problems, 'table-prefix', 'modules/soc.yaml', 4, 3, /must start with "soc_" \(rename to "soc_posts"\)/);
  });

  it('identifiers: the snake_case pattern', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_Posts:
    use: [id]
    columns: { body: text }
`);
    expectProblem(problems, 'spec-invalid-name', 'modules/soc.yaml', 4, 3, /"soc_Posts" must be snake_case/);
  });

  it('identifiers: the 63-byte limit', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_${'x'.repeat(60)}:
    use: [id]
    columns: { body: text }
`);
    expectProblem(problems, 'invalid-identifier', 'modules/soc.yaml', 4, 3, /is 64 bytes; PostgreSQL identifiers are at most 63 bytes/);
  });

  it('enum value problems: duplicate value, default outside the enum', () => {
    const problems = problemsFor(`version: 1
module: soc
enums:
  soc_visibility:
    values: [public, private, public]
tables:
  soc_posts:
    use: [id]
    columns:
      visibility: { type: soc_visibility, default: secret }
`);
    expectProblem(problems, 'invalid-enum', 'modules/soc.yaml', 5, 31, /lists value "public" twice/);
    expectProblem(problems, 'invalid-default', 'modules/soc.yaml', 10, 52, /"secret" is not a value of enum soc_visibility/);
  });

  it('YAML syntax errors, unknown keys and a missing version, all at once across files', () => {
    const problems = problemsFor(
      `version: 1
module: soc
tables:
  soc_posts:
    use: [id]
    colums: { body: text }
`,
      { 'modules/broken.yaml': 'version: 1\nmodule: [unclosed\n', 'modules/old.yaml': 'module: core\n' },
    );
    expect(problems.find((p) => p.code === 'yaml-syntax')?.location?.file).toMatch(/broken\.yaml$/);
    expectProblem(problems, 'spec-unknown-key', 'modules/soc.yaml', 6, 5, /unknown key "colums"/);
    expect(problems.some((p) => p.location?.file.endsWith('old.yaml') && /version/.test(p.message))).toBe(true);
  });

  it('a comma inside a flow map gets a hint to quote the type', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_prices:
    use: [id]
    columns:
      price: { type: numeric(10,2) }
`);
    expect(problems[0]?.message).toMatch(/quote the type/);
  });

  it('unsafe SQL expressions are refused', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_posts:
    use: [id]
    columns:
      body: { type: text, check: "length(body) > 0); DROP TABLE profiles; --" }
`);
    expect(problems.map((p) => p.code)).toEqual(['invalid-column']);
    expect(problems[0]?.message).toMatch(/unbalanced/);
  });

  it('a live table cannot reference a planned one', () => {
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_posts:
    use: [id]
    columns:
      poll_id: { type: uuid, references: soc_polls }
  soc_polls:
    status: planned
    phase: y1
    use: [id]
    columns: { question: text }
`);
    expectProblem(problems, 'phase-order', 'modules/soc.yaml', 7, 42, /planned for y1/);
  });

  it('shortened names that collide are an error', () => {
    const col = 'c'.repeat(40);
    const problems = problemsFor(`version: 1
module: soc
tables:
  soc_items:
    use: [id]
    columns:
      ${col}: text
    indexes:
      - columns: [${col}]
      - columns: [${col}]
`);
    expect(problems.map((p) => p.code)).toEqual(['name-collision']);
  });
});

describe('a valid spec resolves into a sorted model (frozen under the tests)', () => {
  it('expands column sets, names constraints and sorts tables', () => {
    const { root } = writeTempSpec({
      'spec.yaml': ROOT,
      'modules/core.yaml': CORE,
      'modules/soc.yaml': `version: 1
module: soc
tables:
  soc_zebras:
    use: [id]
    columns: { name: text }
  soc_apes:
    use: [id]
    columns:
      zebra_id: { type: uuid, references: soc_zebras, onDelete: cascade }
`,
    });
    const { model, problems } = loadModel(root);
    expect(problems).toEqual([]);
    expect(model?.tables.map((t) => t.name)).toEqual(['profiles', 'soc_apes', 'soc_zebras']);
    const apes = model?.tables[1];
    expect(apes?.columns.map((c) => c.name)).toEqual(['id', 'zebra_id']);
    expect(apes?.primaryKey).toEqual({ name: 'pk_soc_apes', columns: ['id'] });
    expect(apes?.foreignKeys[0]).toMatchObject({
      name: 'fk_soc_apes_zebra_id',
      references: { table: 'soc_zebras', columns: ['id'] },
      onDelete: 'cascade',
    });
    expect(Object.isFrozen(apes?.columns)).toBe(true);
  });
});
