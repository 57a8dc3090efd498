import type { ImportWarning } from '../introspect/import-warning.js';
import type { Difference } from './difference.js';

export interface DriftReport {
  readonly schema: string;
  readonly phase: string;
  readonly differences: readonly Difference[];
  /** What the database holds that the spec cannot describe, so was not compared. */
  readonly notes: readonly ImportWarning[];
}

/** Human output: differences grouped under their table (or enum), then one summary line. */
export function formatDriftHuman(report: DriftReport): string {
  const lines: string[] = [];
  let subject: string | null = null;
  for (const d of report.differences) {
    const current = d.table ?? `enum ${d.enum ?? ''}`;
    if (current !== subject) {
      if (subject !== null) lines.push('');
      lines.push(current);
      subject = current;
    }
    lines.push(`  ✖ ${d.message}`);
  }
  const tables = new Set(report.differences.filter((d) => d.table !== null).map((d) => d.table)).size;
  const enums = new Set(report.differences.filter((d) => d.enum !== null).map((d) => d.enum)).size;
  const where = `schema ${report.schema}, phase ${report.phase}`;
  if (report.differences.length === 0) {
    lines.push(`✔ the database matches the spec (${where})`);
  } else {
    const scope = [tables ? plural(tables, 'table') : '', enums ? plural(enums, 'enum') : ''].filter(Boolean).join(' and ');
    lines.push('', `✖ ${plural(report.differences.length, 'difference')} between the database and the spec (${where}) in ${scope}`);
  }
  if (report.notes.length > 0) {
    const counts = new Map<string, number>();
    for (const n of report.notes) counts.set(n.code, (counts.get(n.code) ?? 0) + 1);
    const summary = [...counts].map(([code, n]) => `${n} ${code}`).join(', ');
    lines.push(`  not compared (the spec cannot describe them): ${summary}; \`gen import\` lists them`);
  }
  return `${lines.join('\n')}\n`;
}

/** JSON output (`--format json`): the structured differences and notes. */
export function formatDriftJson(report: DriftReport): string {
  return `${JSON.stringify({ inSync: report.differences.length === 0, ...report }, null, 2)}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
