import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/model.js';
import { loadModel } from '../../pipeline/load-model.js';
import { formatProblem } from '../../spec/problem.js';
import { writeTempSpec } from '../../test-support/temp-spec.js';
import type { LintRule } from '../rule.js';
import { lintModel, type LintDiagnostic } from '../run-lint.js';

type Decl = Record<string, unknown>;

/** A small spec: module files as YAML (without the `version`/`module` header) and root changes. */
export interface SpecInput {
  /** Module key → the file's body (`enums:` / `tables:`), indentation-trimmed. Core gets a `profiles` table unless given. */
  readonly modules?: Readonly<Record<string, string>>;
  /** Module declarations merged over the defaults (core, ref, soc, ai); null removes one. */
  readonly declare?: Readonly<Record<string, Decl | null>>;
  readonly teams?: Readonly<Record<string, Decl>>;
  readonly lint?: Decl;
}

const DEFAULT_MODULES: Readonly<Record<string, Decl>> = {
  core: { prefix: '', title: 'Core', owner: 'alpha', targets: { current: 1, y1: 1, y2: 5 } },
  ref: { prefix: 'ref_', title: 'Reference', owner: 'alpha', targets: { current: 0, y1: 5, y2: 10 }, references: ['core'] },
  soc: { prefix: 'soc_', title: 'Social', owner: 'alpha', targets: { current: 0, y1: 5, y2: 10 }, references: ['core', 'ref'] },
  ai: { prefix: 'ai__', title: 'AI', owner: 'alpha', targets: { current: 0, y1: 5, y2: 10 }, references: ['core', 'ref'] },
};

const CORE_FILE = `
tables:
  profiles:
    description: Members.
    use: [id, timestamps]
    columns:
      full_name: text
`;

/** Removes the common indentation of a template literal's lines. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/** The spec's files (`spec.yaml`, `modules/<key>.yaml`) for writeTempSpec. */
export function specFiles(input: SpecInput = {}): Record<string, string> {
  const modules: Record<string, Decl> = {};
  for (const [key, decl] of Object.entries({ ...DEFAULT_MODULES, ...input.declare })) {
    if (decl) modules[key] = { ...DEFAULT_MODULES[key], ...decl };
  }
  const root = {
    version: 1,
    name: 'lint_test',
    teams: input.teams ?? { alpha: { title: 'Team Alpha', handle: '@test/alpha' } },
    modules,
    columnSets: {
      id: { placement: 'start', columns: { id: { type: 'uuid', primaryKey: true, default: 'gen_random_uuid()' } } },
      timestamps: {
        placement: 'end',
        columns: { created_at: { type: 'timestamptz', default: 'now()' }, updated_at: { type: 'timestamptz', default: 'now()' } },
      },
    },
    ...(input.lint ? { lint: input.lint } : {}),
  };
  const files: Record<string, string> = { 'spec.yaml': stringify(root) };
  for (const [key, body] of Object.entries({ core: CORE_FILE, ...input.modules })) {
    files[`modules/${key}.yaml`] = `version: 1\nmodule: ${key}\n${dedent(body)}`;
  }
  return files;
}

/** Builds the model of a small inline spec through the real loader and resolver. */
export function buildModel(input: SpecInput = {}): Model {
  const { dir, root } = writeTempSpec(specFiles(input));
  try {
    const { model, problems } = loadModel(root);
    if (!model) throw new Error(`the test spec does not load:\n${problems.map(formatProblem).join('\n')}`);
    return model;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A table's module file body with one table; most rule tests need no more. */
export const oneTable = (module: string, yaml: string): SpecInput => ({ modules: { [module]: `tables:\n${indent(dedent(yaml), 2)}` } });

const indent = (text: string, n: number): string =>
  text
    .split('\n')
    .map((l) => (l.trim() === '' ? l : ' '.repeat(n) + l))
    .join('\n');

export interface RuleCase {
  readonly name: string;
  readonly spec: SpecInput;
  /** `lint.options.<rule-id>` for this case. */
  readonly options?: Decl;
  /** Changes the loaded model, for names the spec loader itself refuses (as a live database may have them). */
  readonly transform?: (model: Model) => Model;
}

export interface ExpectedDiagnostic {
  readonly messageId: string;
  readonly subject?: string;
  /** Text the message must contain. */
  readonly message?: string;
}

export interface InvalidRuleCase extends RuleCase {
  readonly errors: readonly ExpectedDiagnostic[];
}

/** Runs one rule (and only it) on a case's model, through the real runner. */
export function runRule(rule: LintRule, c: RuleCase): LintDiagnostic[] {
  let model = buildModel(c.spec);
  if (c.transform) model = c.transform(model);
  if (c.options) model = { ...model, lint: { ...model.lint, options: { ...model.lint.options, [rule.meta.id]: c.options } } };
  const result = lintModel(model, [rule]);
  expect(result.problems).toEqual([]);
  return [...result.diagnostics];
}

/** typescript-eslint's RuleTester, in small: every valid case reports nothing, every invalid one exactly its errors. */
export function testRule(rule: LintRule, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidRuleCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) it(c.name, () => expect(runRule(rule, c).map((d) => d.message)).toEqual([]));
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const got = runRule(rule, c);
          expect(
            got.map((d) => d.messageId),
            got.map((d) => d.message).join('\n'),
          ).toEqual(c.errors.map((e) => e.messageId));
          c.errors.forEach((e, i) => {
            if (e.subject !== undefined) expect(got[i]?.subject).toBe(e.subject);
            if (e.message !== undefined) expect(got[i]?.message).toContain(e.message);
          });
        });
      }
    });
  });
}

/** Replaces one table of the model (matched by name) with a changed copy; tables stay sorted, as in any model. */
export function mapTable(name: string, change: (t: Model['tables'][number]) => Model['tables'][number]): (m: Model) => Model {
  return (m) => ({ ...m, tables: m.tables.map((t) => (t.name === name ? change(t) : t)).sort((a, b) => (a.name < b.name ? -1 : 1)) });
}
