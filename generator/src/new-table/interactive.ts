import type { CliIO } from '../cli/io.js';
import { moduleByPrefix } from '../lint/support/name-words.js';
import { formatIssues } from './format-issues.js';
import type { NewTableIssue } from './new-table-issue.js';
import { planNewTable, type NewTableRequest, type PlanResult } from './plan-new-table.js';
import type { Prompter } from './prompter.js';
import type { SpecContext } from './spec-context.js';
import { closest, didYouMean } from './suggest.js';
import { COLUMN_SYNTAX_SUMMARY } from './syntax-help.js';

/** A request with the parts interactive mode can ask for still missing. */
export type PartialRequest = Omit<NewTableRequest, 'name' | 'columns'> & {
  readonly name: string | undefined;
  readonly columns: string | undefined;
};

export type InteractiveResult =
  | { readonly status: 'ready'; readonly request: NewTableRequest; readonly result: PlanResult }
  | { readonly status: 'cancelled' | 'declined' };

/**
 * Asks for what is missing (module, name, description, columns), checking each answer against
 * the spec as it goes: a name that collides, a prefix that does not fit, a column list that
 * does not parse or breaks a standard is shown with its fix and asked again (the previous
 * answer ready to edit). Ends by showing the YAML and asking before anything is written.
 */
export async function completeInteractively(
  context: SpecContext,
  start: PartialRequest,
  prompter: Prompter,
  io: CliIO,
): Promise<InteractiveResult> {
  const { model } = context;
  const modules = new Map(model.modules.map((m) => [m.key, m]));
  let request = { ...start };
  const say = (text: string) => io.stdout(text);
  say('New table: answer each question (Ctrl-D cancels; nothing is written before you confirm).\n');

  // Module and name, until the name is acceptable.
  for (;;) {
    const knownModule = request.module !== undefined && modules.has(request.module);
    const needsModule =
      !knownModule && (request.name === undefined || request.module !== undefined || !moduleByPrefix(request.name, model));
    if (needsModule) {
      const answer = await prompter.ask(`Module (${[...modules.keys()].join(', ')}): `, request.module);
      if (answer === null) return { status: 'cancelled' };
      const key = answer.trim().replace(/_+$/, '');
      const byPrefix = model.modules.find((m) => m.prefix !== '' && m.prefix.replace(/_+$/, '') === key);
      const module = modules.get(key) ?? byPrefix;
      if (!module) {
        say(`✖ unknown module "${answer.trim()}"${didYouMean(closest(key, [...modules.keys()]))}\n`);
        request = { ...request, module: undefined };
        continue;
      }
      request = { ...request, module: module.key };
    }
    if (request.name === undefined) {
      const prefix = modules.get(request.module ?? '')?.prefix ?? '';
      const answer = await prompter.ask(`Table name${prefix ? ` (${prefix} is added)` : ''}: `);
      if (answer === null) return { status: 'cancelled' };
      if (answer.trim() === '') continue;
      request = { ...request, name: answer.trim() };
    }
    const name = request.name ?? '';
    const check = planNewTable(
      context,
      { ...request, name, columns: '', description: request.description ?? 'x' },
      { columnsOptional: true },
    );
    const nameIssues = check.issues.filter((i) => i.origin === null || i.origin.kind === 'name' || i.origin.kind === 'module');
    if (nameIssues.length > 0) {
      say(formatIssues(nameIssues, { name, columns: '', drafts: [] }));
      if (nameIssues.some((i) => i.severity === 'error')) {
        // Keep the module (the one the refused name's prefix named, too) unless it was the problem.
        const module = nameIssues.some((i) => i.origin?.kind === 'module')
          ? undefined
          : (request.module ?? moduleByPrefix(name, model)?.key);
        request = { ...request, name: undefined, module };
        continue;
      }
    }
    say(`  ✔ ${check.plan?.table.name ?? name}${check.plan ? ` in ${check.plan.file.display}` : ''}\n`);
    break;
  }

  let columns = request.columns;
  let showSyntax = true;
  for (;;) {
    if (request.description === undefined || request.description.trim() === '') {
      const answer = await prompter.ask('Description (one sentence: what one row is): ');
      if (answer === null) return { status: 'cancelled' };
      request = { ...request, description: answer.trim() === '' ? undefined : answer.trim() };
      if (request.description === undefined) continue;
    }
    if (columns === undefined || columns.trim() === '') {
      if (showSyntax) say(`${COLUMN_SYNTAX_SUMMARY}\n`);
      showSyntax = false;
      const answer = await prompter.ask('Columns: ', columns);
      if (answer === null) return { status: 'cancelled' };
      columns = answer;
      if (columns.trim() === '') continue;
    }
    const full: NewTableRequest = { ...request, name: request.name ?? '', columns };
    const result = planNewTable(context, full);
    if (result.plan) {
      if (result.issues.length > 0) say(formatIssues(result.issues, { name: full.name, columns, drafts: result.drafts }));
      say(`\n${result.plan.snippet}\n`);
      const answer = await prompter.ask(`Add ${result.plan.table.name} to ${result.plan.file.display}? [Y/n] `);
      if (answer === null) return { status: 'cancelled' };
      return /^(y|yes)?$/i.test(answer.trim()) ? { status: 'ready', request: full, result } : { status: 'declined' };
    }
    say(formatIssues(result.issues, { name: full.name, columns, drafts: result.drafts }));
    // Ask again for what the errors are about; the columns keep their text to edit.
    if (result.issues.some((i) => isAbout(i, 'description'))) request = { ...request, description: undefined };
    else {
      say('Fix the columns (the previous answer is ready to edit):\n');
      const answer = await prompter.ask('Columns: ', columns);
      if (answer === null) return { status: 'cancelled' };
      columns = answer;
    }
  }
}

const isAbout = (issue: NewTableIssue, kind: 'description'): boolean => issue.origin?.kind === kind;
