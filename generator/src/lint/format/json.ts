import type { LintResult } from '../run-lint.js';

/** The whole result as JSON, locations flattened to file/line/column (null when unknown). */
export function formatJson(result: LintResult): string {
  const at = (l: { file: string; line: number; column: number } | null) => ({
    file: l?.file ?? null,
    line: l?.line ?? null,
    column: l?.column ?? null,
  });
  const body = {
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    tableCount: result.tableCount,
    moduleCount: result.moduleCount,
    diagnostics: result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      messageId: d.messageId,
      severity: d.severity,
      message: d.message,
      subject: d.subject,
      ...at(d.location),
    })),
    exceptions: result.exceptions.map((e) => ({
      rule: e.rule,
      reason: e.reason,
      subject: e.subject,
      suppressed: e.suppressed,
      ...at(e.location),
    })),
    rules: result.rules,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
