import { describe, expect, it } from 'vitest';
import { sampleResult } from '../test-support/sample-result.js';
import { formatStylish } from './stylish.js';

describe('stylish', () => {
  it('prints file:line:col  severity  rule-id  message, grouped by file, then the summary and exceptions', () => {
    expect(formatStylish(sampleResult())).toBe(
      [
        'schema-spec/modules/soc.yaml:12:3  error  table-prefix     table "posts" is in module soc but does not start with its prefix "soc_"; rename it to "soc_posts"',
        'schema-spec/modules/soc.yaml:40:3  warn   plural-table     table "soc_feed" ends in the singular "feed"; rename it to "soc_feeds", or, if "feed" has no plural, add it to lint.options.plural-table.uncountables',
        '',
        'schema-spec/poultryco.yaml:48:3    warn   module-capacity  module usr has 36 tables, over its Year 2 target of 35; plan the growth: raise modules.usr.targets.y2 (say why in its description) or split the module',
        '',
        't(a)                               error  fk-indexed       foreign key (a) of "t" to "u" has no index: 100%, done,\nnext',
        '',
        '✖ 4 problems (2 errors, 2 warnings) in 40 tables, 32 modules',
        '',
        '2 exceptions:',
        '  schema-spec/modules/usr.yaml:20:9   plural-table    usr_education   silences 1         Name mandated by the strategy.',
        '  schema-spec/modules/usr.yaml:31:11  boolean-prefix  usr_x.verified  unused: remove it  Provider field.',
        '',
      ].join('\n'),
    );
  });

  it('prints only the summary when all is well', () => {
    expect(
      formatStylish(sampleResult({ diagnostics: [], exceptions: [], errorCount: 0, warningCount: 0, tableCount: 1, moduleCount: 1 })),
    ).toBe('✔ no problems in 1 table, 1 module\n');
  });
});
