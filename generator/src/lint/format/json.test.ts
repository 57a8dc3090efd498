import { describe, expect, it } from 'vitest';
import { sampleResult } from '../test-support/sample-result.js';
import { formatJson } from './json.js';

describe('json', () => {
  it('prints counts, diagnostics with flat locations, exceptions and rules', () => {
    const out = JSON.parse(formatJson(sampleResult()));
    expect(out).toMatchObject({ errorCount: 2, warningCount: 2, tableCount: 40, moduleCount: 32 });
    expect(out.diagnostics[0]).toEqual({
      ruleId: 'table-prefix',
      messageId: 'missing',
      severity: 'error',
      message: expect.stringContaining('rename it to "soc_posts"'),
      subject: 'posts',
      file: 'schema-spec/modules/soc.yaml',
      line: 12,
      column: 3,
    });
    expect(out.diagnostics[3]).toMatchObject({ file: null, line: null, column: null, subject: 't(a)' });
    expect(out.exceptions[1]).toMatchObject({ rule: 'boolean-prefix', suppressed: 0, line: 31 });
    expect(out.rules).toHaveLength(5);
  });
});
