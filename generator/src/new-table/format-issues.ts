import { formatLocation } from '../spec/problem.js';
import { pointAt } from './column-syntax.js';
import type { ColumnDraft } from './column-syntax.js';
import type { NewTableIssue } from './new-table-issue.js';

/** What the user typed, to show issues against. */
export interface IssueSubject {
  readonly name: string;
  readonly columns: string;
  readonly drafts: readonly ColumnDraft[];
}

/**
 * Issues as the user should read them: each says where in the command it is (the name, a
 * flag, a position in `--columns` with a caret under it) or in the spec, what is wrong, and
 * what to do.
 *
 *     ✖ --columns position 35, column "question": unknown type "txt": … [unknown-type]
 *         post_id:uuid->soc_posts, question:txt
 *                                           ^^^
 *       → write e.g. text
 */
export function formatIssues(issues: readonly NewTableIssue[], subject: IssueSubject): string {
  return issues.map((i) => formatIssue(i, subject)).join('');
}

function formatIssue(issue: NewTableIssue, subject: IssueSubject): string {
  const mark = issue.severity === 'error' ? '✖' : '⚠';
  const origin = issue.origin;
  let where: string;
  let pointer = '';
  if (origin?.kind === 'column') {
    const column = subject.drafts[origin.index];
    where = `--columns position ${origin.span.start + 1}${column ? `, column "${column.name}"` : ''}`;
    pointer = `${pointAt(subject.columns, origin.span, '    ')}\n`;
  } else if (origin?.kind === 'name') {
    where = `table name "${subject.name}"`;
  } else if (origin?.kind === 'module') {
    where = '--module';
  } else if (origin?.kind === 'description') {
    where = '--description';
  } else if (origin?.kind === 'table') {
    where = 'the new table';
  } else {
    where = formatLocation(issue.location);
  }
  const hint = issue.hint ? `  → ${issue.hint}\n` : '';
  return `${mark} ${where}: ${issue.message} [${issue.code}]\n${pointer}${hint}`;
}
