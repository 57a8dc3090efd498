import { formatLocation } from '../../spec/problem.js';
import type { LintResult } from '../run-lint.js';
import { alignColumns, exceptionLines, summaryLine } from './summary.js';

/**
 * `file:line:col  severity  rule-id  message`, one line per diagnostic so editors and
 * terminals can jump to it, grouped by file with a blank line between files, then the
 * summary and the exceptions in force.
 */
export function formatStylish(result: LintResult): string {
  const rows = result.diagnostics.map((d) => [d.location ? formatLocation(d.location) : d.subject, d.severity, d.ruleId, d.message]);
  const lines = alignColumns(rows);
  const out: string[] = [];
  result.diagnostics.forEach((d, i) => {
    const file = d.location?.file ?? '';
    const previous = result.diagnostics[i - 1];
    if (previous && (previous.location?.file ?? '') !== file) out.push('');
    out.push(lines[i] ?? '');
  });
  if (out.length > 0) out.push('');
  out.push(summaryLine(result));
  const exceptions = exceptionLines(result);
  if (exceptions.length > 0) out.push('', ...exceptions);
  return `${out.join('\n')}\n`;
}
