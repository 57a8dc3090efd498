import { describe, expect, it } from 'vitest';
import { sampleResult } from '../test-support/sample-result.js';
import { formatSarif } from './sarif.js';

describe('sarif', () => {
  const log = JSON.parse(formatSarif(sampleResult()));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run of gen lint', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('gen lint');
  });

  it('lists every rule, disabled ones included, so code scanning can close fixed alerts', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'fk-indexed',
      'module-capacity',
      'plural-table',
      'reserved-word',
      'table-prefix',
    ]);
    expect(run.tool.driver.rules[3]).toMatchObject({ defaultConfiguration: { enabled: false, level: 'none' } });
    expect(run.tool.driver.rules[0]).toMatchObject({
      shortDescription: { text: 'Foreign keys are indexed.' },
      help: { text: expect.stringContaining('docs/DATABASE_STANDARDS.md#fk-indexed') },
    });
  });

  it('gives each result its rule, level, message and repo-relative location', () => {
    expect(run.results[0]).toEqual({
      ruleId: 'table-prefix',
      ruleIndex: 4,
      level: 'error',
      message: { text: expect.stringContaining('rename it to "soc_posts"') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'schema-spec/modules/soc.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 3 },
          },
          logicalLocations: [{ fullyQualifiedName: 'posts' }],
        },
      ],
    });
    expect(run.results[1].level).toBe('warning');
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.message.text.length).toBeGreaterThan(0);
    }
  });

  it('keeps a result without a source location, by its logical location', () => {
    expect(run.results[3].locations).toEqual([{ logicalLocations: [{ fullyQualifiedName: 't(a)' }] }]);
  });

  it('carries the exceptions in the run properties, not as results', () => {
    expect(run.results).toHaveLength(4);
    expect(run.properties.exceptions).toEqual([
      {
        rule: 'plural-table',
        subject: 'usr_education',
        reason: 'Name mandated by the strategy.',
        suppressed: 1,
        file: 'schema-spec/modules/usr.yaml',
        line: 20,
      },
      {
        rule: 'boolean-prefix',
        subject: 'usr_x.verified',
        reason: 'Provider field.',
        suppressed: 0,
        file: 'schema-spec/modules/usr.yaml',
        line: 31,
      },
    ]);
  });
});
