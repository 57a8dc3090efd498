import { resolve } from 'node:path';
import { ExitError, type CliIO } from '../cli/io.js';
import { reportProblems } from '../cli/report-problems.js';
import { moduleByPrefix } from '../lint/support/name-words.js';
import type { Model, Phase, TableStatus } from '../model/model.js';
import { build } from '../pipeline/build.js';
import { formatIssues } from './format-issues.js';
import { completeInteractively, type PartialRequest } from './interactive.js';
import { planNewTable, type NewTablePlan, type NewTableRequest, type PlanResult } from './plan-new-table.js';
import type { Prompter } from './prompter.js';
import { openSpec } from './spec-context.js';
import { newTableDdl } from './table-ddl.js';
import { writeModuleFile } from './write-module-file.js';

export interface NewTableOptions {
  readonly name: string | undefined;
  readonly module: string | undefined;
  readonly description: string | undefined;
  readonly columns: string | undefined;
  readonly defaults: boolean;
  readonly appendOnly: boolean;
  readonly status: TableStatus;
  readonly phase: Phase;
  readonly dryRun: boolean;
  readonly build: boolean;
  /** Root spec file, relative to io.cwd. */
  readonly spec: string;
  /** Where the build writes, relative to io.cwd. */
  readonly out: string;
}

/**
 * `gen new-table`: plan (asking for what is missing in a terminal), then print (--dry-run) or
 * write the module file and rebuild. Throws ExitError: 1 when the table is refused (nothing
 * written), 2 when information is missing and there is no terminal to ask.
 */
export async function runNewTable(options: NewTableOptions, io: CliIO, prompter: () => Prompter): Promise<void> {
  const opened = openSpec(resolve(io.cwd, options.spec));
  if (!opened.context) {
    io.stderr('gen new-table: the spec has problems already; fix them first (gen validate):\n');
    reportProblems(io, opened.problems);
    throw new ExitError(1);
  }
  const context = opened.context;
  const partial: PartialRequest = { ...options };
  const missing = missingParts(partial, context.model);

  let request: NewTableRequest;
  let result: PlanResult;
  if (missing.length === 0) {
    request = { ...partial, name: partial.name ?? '', columns: partial.columns ?? '' };
    result = planNewTable(context, request);
  } else if (!io.isTTY) {
    throw new ExitError(
      2,
      `gen new-table: missing ${missing.join(', ')}; pass ${missing.length === 1 ? 'it' : 'them'}, or run the command in a terminal to be asked.\nSee gen new-table --help.`,
    );
  } else {
    const ask = prompter();
    let answer: Awaited<ReturnType<typeof completeInteractively>>;
    try {
      answer = await completeInteractively(context, partial, ask, io);
    } finally {
      ask.close();
    }
    if (answer.status !== 'ready') {
      if (answer.status === 'cancelled') throw new ExitError(1, '\ncancelled; nothing was written.');
      io.stdout('Nothing was written.\n');
      return;
    }
    request = answer.request;
    result = answer.result;
  }

  const subject = { name: request.name, columns: request.columns, drafts: result.drafts };
  if (!result.plan) {
    io.stderr(formatIssues(result.issues, subject));
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    throw new ExitError(1, `\n✖ ${request.name} was not added (${errors} problem${errors === 1 ? '' : 's'}); nothing was written.`);
  }
  const plan = result.plan;
  if (missing.length === 0 && plan.warnings.length > 0) io.stderr(formatIssues(plan.warnings, subject));
  const ddl = newTableDdl(plan.model, plan.table, plan.enums);

  if (options.dryRun) {
    io.stdout(`# ${plan.file.display}: ${plan.file.original === null ? 'a new file' : plan.edit.place}\n${plan.snippet}\n-- DDL\n${ddl}`);
    io.stdout(`\n(dry run: nothing was written)\n`);
    return;
  }

  const failed = writeModuleFile(plan.file.path, plan.file.original, plan.edit.text);
  if (failed) throw new ExitError(1, `gen new-table: ${failed}; nothing was written.`);
  io.stdout(`✔ added ${plan.table.name} to ${plan.file.display} (${plan.file.original === null ? 'a new file' : plan.edit.place})\n`);
  for (const e of plan.enums) io.stdout(`  + enum ${e}\n`);

  if (options.build) {
    const written = await build(plan.model, { phase: 'live', outDir: resolve(io.cwd, options.out) });
    for (const c of written.changes) io.stdout(`  ${c.status.padEnd(7)}  ${c.path}\n`);
    io.stdout(`✔ rebuilt (phase live): ${written.changes.length} file(s) changed, ${written.unchanged} unchanged\n`);
  }
  io.stdout(nextSteps(plan, options, ddl));
}

/** What interactive mode would ask for (and a non-interactive run must be given). */
function missingParts(request: PartialRequest, model: Model): string[] {
  const missing: string[] = [];
  if (request.module === undefined && !(request.name !== undefined && moduleByPrefix(request.name, model)))
    missing.push('--module (or a prefixed name)');
  if (request.name === undefined) missing.push('the table name');
  if (request.description === undefined) missing.push('--description');
  if (request.columns === undefined) missing.push('--columns');
  return missing;
}

function nextSteps(plan: NewTablePlan, options: NewTableOptions, ddl: string): string {
  const enums = plan.enums.length > 0 ? ` and ${plan.enums.join(', ')}` : '';
  const steps: { text: string; block?: string }[] = [
    { text: `Review ${plan.table.name}${enums} in ${plan.file.display}: descriptions, onDelete of foreign keys, unique keys, checks.` },
  ];
  if (!options.build) steps.push({ text: 'Regenerate: npx gen build' });
  if (plan.table.status === 'planned') {
    steps.push({
      text: `It is planned for ${plan.table.phase}: the live build leaves it out (gen build --phase ${plan.table.phase} --out <dir> shows it); write its migration when it goes live.`,
    });
  } else {
    steps.push({ text: 'Write the migration that creates it; its DDL:', block: ddl });
  }
  steps.push({ text: 'Commit the spec change together with the generated files (CI runs gen build --check).' });
  const indent = (block: string) => `${block.trimEnd().replace(/^/gm, '       ')}\n`;
  return `\nNext:\n${steps.map((s, i) => `  ${i + 1}. ${s.text}\n${s.block ? indent(s.block) : ''}`).join('')}`;
}
