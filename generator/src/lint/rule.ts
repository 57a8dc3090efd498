import type { z } from 'zod';
import type { Column, EnumType, Model, Module, Table } from '../model/model.js';
import type { SourceLocation } from '../spec/problem.js';

/** A rule's severity once configured; `off` rules do not run. */
export type RuleSeverity = 'error' | 'warn';

export const STANDARDS_DOC = 'docs/DATABASE_STANDARDS.md';

export interface RuleMeta<M extends string> {
  /** kebab-case; also the rule's file name (`rules/<id>.rule.ts`) and its doc anchor. */
  readonly id: string;
  /** One line: what the standard is. */
  readonly description: string;
  readonly defaultSeverity: RuleSeverity;
  /** Message templates with `{{placeholders}}`; each one says what to do. */
  readonly messages: Readonly<Record<M, string>>;
  /** The rule's section of the standards document (`docs/DATABASE_STANDARDS.md#<id>`). */
  readonly docs: string;
}

/**
 * What a diagnostic is about. The table and column decide where it is reported (their spec
 * location) and which exceptions can silence it; `location` and `subject` override.
 */
export interface ReportTarget {
  readonly table?: Table;
  readonly column?: Column;
  readonly module?: Module;
  readonly enumType?: EnumType;
  readonly location?: SourceLocation | null;
  readonly subject?: string;
}

export interface Report<M extends string> extends ReportTarget {
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface RuleContext<M extends string, O> {
  /** `lint.options.<rule-id>` from the root spec, validated, with defaults filled in. */
  readonly options: O;
  report(report: Report<M>): void;
}

export interface LintRule<M extends string = string, O = unknown> {
  readonly meta: RuleMeta<M>;
  /** Schema of the rule's options; it must accept `{}` and fill every default. */
  readonly options?: z.ZodType<O>;
  // A method (not a function property) so that rules with different messages and options
  // fit in one registry list.
  check(model: Model, ctx: RuleContext<M, O>): void;
}

export const docsAnchor = (id: string): string => `${STANDARDS_DOC}#${id}`;

/** Identity function that lets TypeScript infer a rule's message ids and options. */
export function defineRule<M extends string, O = Record<string, never>>(rule: LintRule<M, O>): LintRule<M, O> {
  return rule;
}
