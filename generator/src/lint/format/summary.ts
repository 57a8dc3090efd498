import { formatLocation } from '../../spec/problem.js';
import type { LintResult } from '../run-lint.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `✖ 3 problems (2 errors, 1 warning) in 40 tables, 32 modules`, or `✔ no problems …`. */
export function summaryLine(result: LintResult): string {
  const scope = `in ${plural(result.tableCount, 'table')}, ${plural(result.moduleCount, 'module')}`;
  const total = result.errorCount + result.warningCount;
  if (total === 0) return `✔ no problems ${scope}`;
  return `✖ ${plural(total, 'problem')} (${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}) ${scope}`;
}

/** The exceptions in force, so they stay visible in every run. */
export function exceptionLines(result: LintResult): string[] {
  if (result.exceptions.length === 0) return [];
  const rows = result.exceptions.map((e) => [
    formatLocation(e.location),
    e.rule,
    e.subject,
    e.suppressed > 0 ? `silences ${e.suppressed}` : 'unused: remove it',
    e.reason,
  ]);
  return [`${plural(result.exceptions.length, 'exception')}:`, ...alignColumns(rows).map((l) => `  ${l}`)];
}

/** Pads every column but the last to its widest cell, two spaces apart. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '));
}
