import type { SourceLocation } from '../spec/problem.js';
import type { Span } from './column-syntax.js';

/** What part of the user's request an issue is about, so it can be shown where they typed it. */
export type IssueOrigin =
  | { readonly kind: 'name' }
  | { readonly kind: 'module' }
  | { readonly kind: 'description' }
  | { readonly kind: 'table' }
  /** A column of `--columns`: its index there and the span of the part at fault. */
  | { readonly kind: 'column'; readonly index: number; readonly span: Span };

/**
 * Something wrong with (or worth knowing about) the table `gen new-table` would add: a syntax
 * error in `--columns`, a spec problem of the resolved model, or a lint diagnostic the new
 * table introduces. Any error means nothing is written.
 */
export interface NewTableIssue {
  readonly severity: 'error' | 'warn';
  /** A spec problem code, a lint rule id, or `column-syntax`, `unknown-module`, … */
  readonly code: string;
  readonly message: string;
  /** What to do about it, in terms of new-table's flags and syntax. */
  readonly hint?: string;
  readonly origin: IssueOrigin | null;
  /** Where in the spec files, for issues that are not about a part of the request. */
  readonly location: SourceLocation | null;
}

export const errorAt = (origin: IssueOrigin | null, code: string, message: string, hint?: string): NewTableIssue => ({
  severity: 'error',
  code,
  message,
  ...(hint !== undefined ? { hint } : {}),
  origin,
  location: null,
});

export const hasErrors = (issues: readonly NewTableIssue[]): boolean => issues.some((i) => i.severity === 'error');
