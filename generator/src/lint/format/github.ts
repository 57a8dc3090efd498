import type { LintResult } from '../run-lint.js';
import { exceptionLines, summaryLine } from './summary.js';

/** Workflow-command escaping: data loses %, CR and LF; property values also : and ,. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations (`::error file=…,line=…,col=…,title=…::message`), then the summary. */
export function formatGithub(result: LintResult): string {
  const lines = result.diagnostics.map((d) => {
    const command = d.severity === 'error' ? 'error' : 'warning';
    const props = [
      ...(d.location ? [`file=${escapeProperty(d.location.file)}`, `line=${d.location.line}`, `col=${d.location.column}`] : []),
      `title=${escapeProperty(d.ruleId)}`,
    ];
    const message = d.location ? d.message : `${d.subject}: ${d.message}`;
    return `::${command} ${props.join(',')}::${escapeData(message)}`;
  });
  return `${[...lines, summaryLine(result), ...exceptionLines(result)].join('\n')}\n`;
}
