import type { LintException, Model, Severity } from '../model/model.js';
import type { Problem, SourceLocation } from '../spec/problem.js';
import { fillMessage } from './message.js';
import { RULES } from './registry.js';
import type { LintRule, Report, RuleSeverity } from './rule.js';

export interface LintDiagnostic {
  readonly ruleId: string;
  /** Which of the rule's messages; stable, unlike the text. */
  readonly messageId: string;
  readonly severity: RuleSeverity;
  readonly message: string;
  readonly location: SourceLocation | null;
  /** What the diagnostic is about (`soc_posts`, `soc_posts.author_id`, `module soc`): shown when there is no location. */
  readonly subject: string;
}

/** A declared exception and how many diagnostics it silenced in this run. */
export interface LintExceptionUse {
  readonly rule: string;
  readonly reason: string;
  readonly subject: string;
  readonly location: SourceLocation | null;
  readonly suppressed: number;
}

export interface RuleSummary {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly docs: string;
}

export interface LintResult {
  /** Active diagnostics, sorted by location. */
  readonly diagnostics: readonly LintDiagnostic[];
  readonly exceptions: readonly LintExceptionUse[];
  /** Mistakes in the lint configuration itself (unknown rule ids, bad options). */
  readonly problems: readonly Problem[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Every rule with its configured severity, `off` included (SARIF lists them all). */
  readonly rules: readonly RuleSummary[];
  readonly tableCount: number;
  readonly moduleCount: number;
}

/**
 * Runs every rule on the model, with the severities and options of its `lint:` section, and
 * silences diagnostics a table or column declares an exception for. The model is the same
 * whether it came from the spec or (later) from a live database's catalog.
 */
export function lintModel(model: Model, rules: readonly LintRule[] = RULES): LintResult {
  const problems: Problem[] = [];
  const known = new Map(rules.map((r) => [r.meta.id, r]));
  const unknownRule = (where: string, id: string, location: SourceLocation | null) =>
    problems.push({
      code: 'lint-config',
      message: `${where} names unknown rule "${id}"; use one of: ${[...known.keys()].join(', ')}`,
      location,
    });
  for (const id of Object.keys(model.lint.rules)) if (!known.has(id)) unknownRule('lint.rules', id, null);
  for (const id of Object.keys(model.lint.options)) if (!known.has(id)) unknownRule('lint.options', id, null);

  // Exceptions, keyed `rule table` or `rule table.column` by what declares them.
  const exceptions: { exception: LintException; subject: string; suppressed: number }[] = [];
  const exceptionAt = new Map<string, (typeof exceptions)[number]>();
  const register = (list: readonly LintException[], subject: string) => {
    for (const exception of list) {
      if (!known.has(exception.rule)) unknownRule('exception', exception.rule, exception.location);
      const entry = { exception, subject, suppressed: 0 };
      exceptions.push(entry);
      exceptionAt.set(`${exception.rule} ${subject}`, entry);
    }
  };
  for (const t of model.tables) {
    register(t.exceptions, t.name);
    for (const c of t.columns) register(c.exceptions, `${t.name}.${c.name}`);
  }

  const diagnostics: LintDiagnostic[] = [];
  const summaries: RuleSummary[] = [];
  for (const rule of rules) {
    const { id } = rule.meta;
    const severity: Severity = model.lint.rules[id] ?? rule.meta.defaultSeverity;
    summaries.push({ id, description: rule.meta.description, severity, docs: rule.meta.docs });
    if (severity === 'off') continue;
    const options = ruleOptions(rule, model.lint.options[id], problems);
    if (options === INVALID) continue;
    rule.check(model, {
      options,
      report: (r: Report<string>) => {
        const template = rule.meta.messages[r.messageId];
        if (template === undefined) throw new Error(`rule ${id} reported unknown message id "${r.messageId}"`);
        const silencing =
          r.table && ((r.column && exceptionAt.get(`${id} ${r.table.name}.${r.column.name}`)) ?? exceptionAt.get(`${id} ${r.table.name}`));
        if (silencing) {
          silencing.suppressed++;
          return;
        }
        diagnostics.push({
          ruleId: id,
          messageId: r.messageId,
          severity,
          message: fillMessage(template, r.data),
          location: locationOf(r),
          subject: subjectOf(r),
        });
      },
    });
  }

  const sorted = diagnostics.sort(
    (a, b) => compareLocations(a.location, b.location) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message),
  );
  return {
    diagnostics: sorted,
    exceptions: exceptions
      .map((e) => ({
        rule: e.exception.rule,
        reason: e.exception.reason,
        subject: e.subject,
        location: e.exception.location,
        suppressed: e.suppressed,
      }))
      .sort((a, b) => compareLocations(a.location, b.location) || cmp(a.subject, b.subject) || cmp(a.rule, b.rule)),
    problems,
    errorCount: sorted.filter((d) => d.severity === 'error').length,
    warningCount: sorted.filter((d) => d.severity === 'warn').length,
    rules: summaries,
    tableCount: model.tables.length,
    moduleCount: model.modules.length,
  };
}

const INVALID = Symbol('invalid options');

function ruleOptions(rule: LintRule, raw: Readonly<Record<string, unknown>> | undefined, problems: Problem[]): unknown {
  const { id } = rule.meta;
  if (!rule.options) {
    if (raw && Object.keys(raw).length > 0) {
      problems.push({ code: 'lint-config', message: `lint.options.${id}: rule ${id} takes no options; remove them`, location: null });
      return INVALID;
    }
    return {};
  }
  const parsed = rule.options.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = ['lint', 'options', id, ...issue.path.map(String)].join('.');
    problems.push({ code: 'lint-config', message: `${path}: ${issue.message}; see ${rule.meta.docs}`, location: null });
  }
  return INVALID;
}

function locationOf(r: Report<string>): SourceLocation | null {
  if (r.location !== undefined) return r.location;
  return r.column?.location ?? r.table?.location ?? r.enumType?.location ?? r.module?.location ?? null;
}

function subjectOf(r: Report<string>): string {
  if (r.subject !== undefined) return r.subject;
  if (r.table && r.column) return `${r.table.name}.${r.column.name}`;
  if (r.table) return r.table.name;
  if (r.enumType) return `enum ${r.enumType.name}`;
  if (r.module) return `module ${r.module.key}`;
  return 'schema';
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** By file, line, column; diagnostics without a location (a live database's) last. */
function compareLocations(a: SourceLocation | null, b: SourceLocation | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column;
}
