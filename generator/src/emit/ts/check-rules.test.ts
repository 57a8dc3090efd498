import { describe, expect, it } from 'vitest';
import type { Model, Table } from '../../model/model.js';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { REPO_SPEC } from '../../test-support/paths.js';
import { writeTempSpec } from '../../test-support/temp-spec.js';
import { columnCheckRules, type CheckRule } from './check-rules.js';

const poultryco = loadModelOrThrow(REPO_SPEC);

function rulesOf(model: Model, table: string, column: string): CheckRule[] {
  const t = model.tables.find((x) => x.name === table) as Table;
  const c = t.columns.find((x) => x.name === column);
  if (!c) throw new Error(`${table}.${column} not in the model`);
  return columnCheckRules(t, c);
}

describe('CHECK rules read from the PoultryCo spec', () => {
  it('reads `col IS NULL OR length(col) <= n` as a character bound', () => {
    expect(poultryco.tables.find((t) => t.name === 'soc_posts')?.checks.map((c) => c.expression)).toContain(
      'content IS NULL OR length(content) <= 10000',
    );
    expect(rulesOf(poultryco, 'soc_posts', 'content')).toEqual([{ kind: 'chars', min: null, max: 10000 }]);
    expect(rulesOf(poultryco, 'soc_post_comments', 'content')).toEqual([{ kind: 'chars', min: null, max: 3000 }]);
  });

  it('reads patterns, on column checks and on `col IS NULL OR col ~ …` table checks', () => {
    expect(rulesOf(poultryco, 'soc_posts', 'state_code')).toEqual([{ kind: 'matches', pattern: '^[A-Z]{2}$' }]);
    expect(rulesOf(poultryco, 'ref_business_types', 'slug')).toEqual([{ kind: 'matches', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }]);
    expect(rulesOf(poultryco, 'ana_event_definitions', 'event_name')).toEqual([
      { kind: 'matches', pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$' },
    ]);
  });

  it('reads min/max as exact comparisons', () => {
    expect(rulesOf(poultryco, 'soc_posts', 'like_count')).toEqual([{ kind: 'compare', op: '>=', bound: '0' }]);
    expect(rulesOf(poultryco, 'soc_connection_suggestions', 'score')).toEqual([
      { kind: 'compare', op: '>=', bound: '0' },
      { kind: 'compare', op: '<=', bound: '1' },
    ]);
  });

  it('leaves to the database what involves other columns, OR, other functions or PostgreSQL-only patterns', () => {
    expect(rulesOf(poultryco, 'soc_posts', 'business_id')).toEqual([]); // num_nonnulls(business_id, organization_id) <= 1
    expect(rulesOf(poultryco, 'soc_posts', 'status')).toEqual([]); // status <> 'scheduled' OR scheduled_at IS NOT NULL
    expect(rulesOf(poultryco, 'soc_posts', 'scheduled_at')).toEqual([]);
  });

  it('finds a rule for most columns whose checks are of the simple forms', () => {
    let patterns = 0;
    let lengths = 0;
    for (const t of poultryco.tables)
      for (const c of t.columns)
        for (const r of columnCheckRules(t, c)) {
          if (r.kind === 'matches') patterns++;
          if (r.kind === 'chars') lengths++;
        }
    expect(patterns).toBeGreaterThan(80);
    expect(lengths).toBeGreaterThan(10);
  });
});

describe('CHECK rule forms', () => {
  const { root } = writeTempSpec({
    'spec.yaml': `version: 1
name: forms
teams:
  core: { title: Core team }
modules:
  tst: { prefix: tst_, title: Test, owner: core, targets: { current: 1, y1: 1, y2: 1 } }
`,
    'modules/tst.yaml': `version: 1
module: tst
enums:
  tst_mood: { values: [good, bad] }
tables:
  tst_forms:
    columns:
      id: { type: serial, primaryKey: true }
      a: { type: text, nullable: true }
      b: { type: text, nullable: true }
      v: { type: varchar(20), nullable: true }
      ci: { type: citext, nullable: true }
      ch: { type: char(3), nullable: true }
      n: { type: integer, nullable: true }
      d: { type: double precision, nullable: true }
      tags: { type: "text[]", nullable: true }
      mood: { type: tst_mood, nullable: true }
    checks:
      - { name: a1, expression: "length(a) <= 10" }
      - { name: a2, expression: "2 < char_length(a)" }
      - { name: a3, expression: "a <> '' AND a ~* '^x' AND character_length(a) <> 7" }
      - { name: a4, expression: "a ~ '\\\\d' OR a ~ 'y'" }
      - { name: b1, expression: "b IS NULL OR (length(b) BETWEEN 2 AND 4 AND b <> 'none'::text)" }
      - { name: b2, expression: "a IS NULL OR b ~ 'z'" }
      - { name: b3, expression: "lower(b) = b AND b ~ a" }
      - { name: v1, expression: "(v)::text ~ '^v'::text AND length(v) = 5" }
      - { name: ci1, expression: "ci ~ '^c$' AND ci <> 'x'" }
      - { name: ci2, expression: "(ci)::text ~ '^d$'" }
      - { name: ch1, expression: "ch ~ '^[A-Z]{3}$' AND length(ch) = 3 AND ch <> 'ABC'" }
      - { name: n1, expression: "n > 0 AND 100 >= n AND n <> -3 AND n BETWEEN -5 AND 5" }
      - { name: d1, expression: "d > 0.1 AND d < .5 AND d >= 1e3" }
      - { name: tags1, expression: "cardinality(tags) > 0" }
      - { name: mood1, expression: "mood <> 'bad'" }
`,
  });
  const model = loadModelOrThrow(root);
  const rules = (column: string) => rulesOf(model, 'tst_forms', column);

  it('length(), char_length() and character_length() bounds, either way round, merged into one', () => {
    // a3's `<> 7` is no bound: left to the database.
    expect(rules('a').filter((r) => r.kind === 'chars')).toEqual([{ kind: 'chars', min: 3, max: 10 }]);
  });

  it('each conjunct on its own; text <>; ~* case-insensitive; OR of two patterns left alone', () => {
    expect(rules('a')).toEqual([
      { kind: 'chars', min: 3, max: 10 },
      { kind: 'notEqual', text: '' },
      { kind: 'matches', pattern: '^[xX]' },
    ]);
  });

  it('`col IS NULL OR …` on the same column only; patterns against another column left alone', () => {
    expect(rules('b')).toEqual([
      { kind: 'chars', min: 2, max: 4 },
      { kind: 'notEqual', text: 'none' },
    ]);
  });

  it('the catalog spelling `(col)::text ~ …::text` of a varchar', () => {
    expect(rules('v')).toEqual([
      { kind: 'matches', pattern: '^v' },
      { kind: 'chars', min: 5, max: 5 },
    ]);
  });

  it("citext's ~ ignores case; citext cast to text, and citext's <>, are left to the database", () => {
    expect(rules('ci')).toEqual([{ kind: 'matches', pattern: '^[cC]$' }]);
  });

  it('char(n): a pattern (tested on the padded value), no length() or <> (they ignore trailing spaces)', () => {
    expect(rules('ch')).toEqual([{ kind: 'matches', pattern: '^[A-Z]{3}$' }]);
  });

  it('numbers: comparisons either way round, negative bounds, BETWEEN', () => {
    expect(rules('n')).toEqual([
      { kind: 'compare', op: '>', bound: '0' },
      { kind: 'compare', op: '<=', bound: '100' },
      { kind: 'compare', op: '<>', bound: '-3' },
      { kind: 'compare', op: '>=', bound: '-5' },
      { kind: 'compare', op: '<=', bound: '5' },
    ]);
  });

  it('double precision: only bounds spelt as JavaScript spells their double', () => {
    expect(rules('d')).toEqual([{ kind: 'compare', op: '>', bound: '0.1' }]);
  });

  it('nothing for arrays and enums', () => {
    expect(rules('tags')).toEqual([]);
    expect(rules('mood')).toEqual([]);
  });
});
