import yargs from 'yargs';
import { SpecError, formatProblem } from '../spec/problem.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { importCommand } from './commands/import.js';
import { contextCommand } from './commands/context.js';
import { docsCommand } from './commands/docs.js';
import { lintCommand } from './commands/lint.js';
import { migrateCommand } from './commands/migrate.js';
import { newTableCommand } from './commands/new-table.js';
import { seedCommand } from './commands/seed.js';
import { specCommand } from './commands/spec.js';
import { validateCommand } from './commands/validate.js';
import { ExitError, processIO, type CliIO } from './io.js';

/**
 * Runs the `gen` CLI and returns its exit code: 0 success, 1 problems found (spec errors,
 * out-of-date files, lint errors, drift), 2 bad usage or an operational failure.
 */
export async function main(args: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode = 0;
  const cli = yargs([...args])
    .scriptName('gen')
    .usage('$0 <command> [options]\n\nSchema-first code generator for the PoultryCo database.')
    .command(validateCommand(io))
    .command(buildCommand(io))
    .command(docsCommand(io))
    .command(contextCommand(io))
    .command(specCommand(io))
    .command(lintCommand(io))
    .command(importCommand(io))
    .command(checkCommand(io))
    .command(migrateCommand(io))
    .command(newTableCommand(io))
    .command(seedCommand(io))
    .demandCommand(1, 'Name a command; see gen --help.')
    .strict()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message);
    });
  try {
    await cli.parseAsync([...args], {}, (_error, _argv, output) => {
      if (output) io.stdout(`${output}\n`);
    });
  } catch (error) {
    exitCode = handleError(io, error);
  }
  return exitCode;
}

class UsageError extends Error {}

function handleError(io: CliIO, error: unknown): number {
  if (error instanceof ExitError) {
    if (error.message) io.stderr(`${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof UsageError) {
    io.stderr(`gen: ${error.message}\nRun \`gen --help\` or \`gen <command> --help\` for usage.\n`);
    return 2;
  }
  if (error instanceof SpecError) {
    for (const p of error.problems) io.stderr(`${formatProblem(p)}\n`);
    return 1;
  }
  io.stderr(`gen: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
}
