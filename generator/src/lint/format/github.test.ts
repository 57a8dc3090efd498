import { describe, expect, it } from 'vitest';
import { sampleResult } from '../test-support/sample-result.js';
import { formatGithub } from './github.js';

describe('github', () => {
  it('prints one workflow command per diagnostic, escaped, then the summary', () => {
    const lines = formatGithub(sampleResult()).split('\n');
    expect(lines[0]).toBe(
      '::error file=schema-spec/modules/soc.yaml,line=12,col=3,title=table-prefix::table "posts" is in module soc but does not start with its prefix "soc_"; rename it to "soc_posts"',
    );
    expect(lines[1]).toMatch(/^::warning file=schema-spec\/modules\/soc\.yaml,line=40,col=3,title=plural-table::/);
    expect(lines[3]).toBe('::error title=fk-indexed::t(a): foreign key (a) of "t" to "u" has no index: 100%25, done,%0Anext');
    expect(lines[4]).toBe('✖ 4 problems (2 errors, 2 warnings) in 40 tables, 32 modules');
    expect(lines[5]).toBe('2 exceptions:');
  });
});
