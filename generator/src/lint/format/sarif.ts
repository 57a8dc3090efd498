import type { Severity } from '../../model/model.js';
import type { LintResult } from '../run-lint.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'none'>> = { error: 'error', warn: 'warning', off: 'none' };

/**
 * SARIF 2.1.0 in the subset GitHub code scanning reads. Every rule is listed, even those
 * that found nothing, so code scanning can close an alert once it is fixed. Paths stay
 * relative to the repository root (`%SRCROOT%`); columns count UTF-16 code units, as the
 * YAML loader does. Silenced diagnostics are not results; the exceptions ride along in the
 * run's property bag.
 */
export function formatSarif(result: LintResult): string {
  const ruleIndex = new Map(result.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gen lint',
            rules: result.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              help: { text: `See ${r.docs}.`, markdown: `See [${r.id}](${r.docs}) in the database standards.` },
              defaultConfiguration: { enabled: r.severity !== 'off', level: LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: result.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: ruleIndex.get(d.ruleId) ?? -1,
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              ...(d.location
                ? {
                    physicalLocation: {
                      artifactLocation: { uri: encodeURI(d.location.file), uriBaseId: '%SRCROOT%' },
                      region: { startLine: d.location.line, startColumn: d.location.column },
                    },
                  }
                : {}),
              logicalLocations: [{ fullyQualifiedName: d.subject }],
            },
          ],
        })),
        properties: {
          exceptions: result.exceptions.map((e) => ({
            rule: e.rule,
            subject: e.subject,
            reason: e.reason,
            suppressed: e.suppressed,
            ...(e.location ? { file: e.location.file, line: e.location.line } : {}),
          })),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
