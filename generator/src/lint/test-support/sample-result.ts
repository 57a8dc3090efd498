import type { LintResult } from '../run-lint.js';

/** A fixed result for the formatter tests: two files, a diagnostic without a location, an exception. */
export function sampleResult(overrides: Partial<LintResult> = {}): LintResult {
  return {
    diagnostics: [
      {
        ruleId: 'table-prefix',
        messageId: 'missing',
        severity: 'error',
        message: 'table "posts" is in module soc but does not start with its prefix "soc_"; rename it to "soc_posts"',
        location: { file: 'schema-spec/modules/soc.yaml', line: 12, column: 3 },
        subject: 'posts',
      },
      {
        ruleId: 'plural-table',
        messageId: 'singular',
        severity: 'warn',
        message:
          'table "soc_feed" ends in the singular "feed"; rename it to "soc_feeds", or, if "feed" has no plural, add it to lint.options.plural-table.uncountables',
        location: { file: 'schema-spec/modules/soc.yaml', line: 40, column: 3 },
        subject: 'soc_feed',
      },
      {
        ruleId: 'module-capacity',
        messageId: 'over',
        severity: 'warn',
        message:
          'module usr has 36 tables, over its Year 2 target of 35; plan the growth: raise modules.usr.targets.y2 (say why in its description) or split the module',
        location: { file: 'schema-spec/poultryco.yaml', line: 48, column: 3 },
        subject: 'module usr',
      },
      {
        ruleId: 'fk-indexed',
        messageId: 'unindexed',
        severity: 'error',
        message: 'foreign key (a) of "t" to "u" has no index: 100%, done,\nnext',
        location: null,
        subject: 't(a)',
      },
    ],
    exceptions: [
      {
        rule: 'plural-table',
        reason: 'Name mandated by the strategy.',
        subject: 'usr_education',
        location: { file: 'schema-spec/modules/usr.yaml', line: 20, column: 9 },
        suppressed: 1,
      },
      {
        rule: 'boolean-prefix',
        reason: 'Provider field.',
        subject: 'usr_x.verified',
        location: { file: 'schema-spec/modules/usr.yaml', line: 31, column: 11 },
        suppressed: 0,
      },
    ],
    problems: [],
    errorCount: 2,
    warningCount: 2,
    rules: [
      { id: 'fk-indexed', description: 'Foreign keys are indexed.', severity: 'error', docs: 'docs/DATABASE_STANDARDS.md#fk-indexed' },
      {
        id: 'module-capacity',
        description: 'Modules stay within target.',
        severity: 'warn',
        docs: 'docs/DATABASE_STANDARDS.md#module-capacity',
      },
      { id: 'plural-table', description: 'Plural table names.', severity: 'warn', docs: 'docs/DATABASE_STANDARDS.md#plural-table' },
      { id: 'reserved-word', description: 'No reserved words.', severity: 'off', docs: 'docs/DATABASE_STANDARDS.md#reserved-word' },
      { id: 'table-prefix', description: 'Module prefixes.', severity: 'error', docs: 'docs/DATABASE_STANDARDS.md#table-prefix' },
    ],
    tableCount: 40,
    moduleCount: 32,
    ...overrides,
  };
}
