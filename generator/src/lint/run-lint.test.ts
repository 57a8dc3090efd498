import { describe, expect, it } from 'vitest';
import { REPO_SPEC } from '../test-support/paths.js';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { RULES } from './registry.js';
import { lintModel } from './run-lint.js';
import { buildModel, type SpecInput } from './test-support/lint-fixture.js';

const SOC = `
tables:
  soc_group:
    description: Groups.
    exceptions:
      - { rule: plural-table, reason: One row per site. }
    use: [id, timestamps]
    columns:
      verified: { type: boolean, default: false, exceptions: [{ rule: boolean-prefix, reason: Mirrors the provider's field. }] }
      active: { type: boolean, default: false }
  soc_post:
    use: [id, timestamps]
    columns:
      label: text
`;
const spec = (extra: Partial<SpecInput> = {}): SpecInput => ({ modules: { soc: SOC }, ...extra });
const ids = (model = buildModel(spec())) => lintModel(model).diagnostics.map((d) => `${d.ruleId}:${d.subject}`);

describe('lintModel', () => {
  it('runs every rule at its default severity, honouring table and column exceptions', () => {
    const result = lintModel(buildModel(spec()));
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.subject])).toEqual([
      ['boolean-prefix', 'error', 'soc_group.active'],
      ['description-required', 'error', 'soc_post'],
      ['plural-table', 'error', 'soc_post'],
    ]);
    expect(result.errorCount).toBe(3);
    expect(result.warningCount).toBe(0);
    expect(result.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
  });

  it('lists every exception with the number of diagnostics it silenced', () => {
    const result = lintModel(buildModel(spec()));
    expect(result.exceptions.map((e) => [e.rule, e.subject, e.suppressed, e.reason])).toEqual([
      ['plural-table', 'soc_group', 1, 'One row per site.'],
      ['boolean-prefix', 'soc_group.verified', 1, "Mirrors the provider's field."],
    ]);
    expect(result.exceptions[0]?.location?.line).toBe(7);
  });

  it('reports at the table or column in the spec file', () => {
    const [d] = lintModel(buildModel(spec())).diagnostics;
    expect(d?.location?.file).toMatch(/modules\/soc\.yaml$/);
    expect(d?.location?.line).toBe(11);
  });

  it('takes severities from lint.rules: warn, off', () => {
    const model = buildModel(spec({ lint: { rules: { 'plural-table': 'warn', 'description-required': 'off' } } }));
    const result = lintModel(model);
    expect(result.diagnostics.map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['boolean-prefix:error', 'plural-table:warn']);
    expect([result.errorCount, result.warningCount]).toEqual([1, 1]);
    expect(result.rules.find((r) => r.id === 'description-required')?.severity).toBe('off');
  });

  it('passes lint.options to the rule', () => {
    const model = buildModel(spec({ lint: { options: { 'boolean-prefix': { prefixes: ['is_', 'active'] } } } }));
    expect(ids(model)).not.toContain('boolean-prefix:soc_group.active');
  });

  it('reports unknown rules, bad options and exceptions naming unknown rules as configuration problems', () => {
    const model = buildModel({
      modules: { soc: SOC.replace('rule: plural-table', 'rule: plural-tables') },
      lint: { rules: { 'no-such-rule': 'error' }, options: { 'boolean-prefix': { prefixes: 'is_' }, 'description-required': { x: 1 } } },
    });
    const result = lintModel(model);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('lint.rules names unknown rule "no-such-rule"'),
      expect.stringContaining('exception names unknown rule "plural-tables"'),
      expect.stringContaining('lint.options.boolean-prefix.prefixes:'),
      expect.stringContaining('lint.options.description-required: rule description-required takes no options'),
    ]);
    expect(result.problems[1]?.location?.line).toBe(7);
    expect(result.diagnostics.some((d) => d.ruleId === 'boolean-prefix')).toBe(false);
  });

  it('gives the same result whatever the order of the rules', () => {
    const model = buildModel(spec());
    expect(lintModel(model, [...RULES].reverse()).diagnostics).toEqual(lintModel(model).diagnostics);
  });

  it('flags the Supabase-era duplicates the strategy lists', () => {
    const legacy = (name: string) => `  ${name}:\n    description: Legacy.\n    use: [id, timestamps]\n    columns:\n      label: text\n`;
    const model = buildModel({
      modules: {
        core: `tables:\n${['profiles', 'posts', 'post_tags', 'posts_tags', 'user_email_preferences', 'user_email_preferences_v2'].map(legacy).join('')}`,
      },
    });
    const found = lintModel(model).diagnostics.map((d) => `${d.ruleId}:${d.subject}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'near-duplicate-table:posts_tags',
        'near-duplicate-table:user_email_preferences_v2',
        'no-version-suffix:user_email_preferences_v2',
      ]),
    );
  });

  it("accepts the repo spec's lint configuration", () => {
    expect(lintModel(loadModelOrThrow(REPO_SPEC)).problems).toEqual([]);
  });
});
