import type { CommandModule } from 'yargs';
import { FORMATS, FORMATTERS, type LintFormat } from '../../lint/format/formatters.js';
import { lintModel } from '../../lint/run-lint.js';
import type { Model } from '../../model/model.js';
import { formatProblem } from '../../spec/problem.js';
import { ExitError, type CliIO } from '../io.js';
import { modelOrExit, specOption } from '../spec-option.js';

interface LintArgs {
  spec: string;
  format: LintFormat;
  'max-warnings': number;
}

export const lintCommand = (io: CliIO): CommandModule<object, LintArgs> => ({
  command: 'lint',
  describe: 'Check the spec against the database standards (docs/DATABASE_STANDARDS.md)',
  builder: (y) =>
    specOption(y)
      .option('format', {
        choices: FORMATS,
        default: 'stylish' as LintFormat,
        describe: 'Output: stylish, json, sarif (code scanning) or github (annotations)',
      })
      .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
      .check((argv) => Number.isInteger(argv['max-warnings']) || '--max-warnings takes a whole number'),
  handler: (argv) => {
    const result = lintModel(modelToLint(io, argv));
    if (result.problems.length > 0) {
      for (const p of result.problems) io.stderr(`${formatProblem(p)}\n`);
      io.stderr(`\n✖ the lint configuration has ${result.problems.length} problem(s); fix lint: in the root spec or the exceptions.\n`);
      throw new ExitError(1);
    }
    io.stdout(FORMATTERS[argv.format](result));
    const maxWarnings = argv['max-warnings'];
    const tooManyWarnings = maxWarnings >= 0 && result.warningCount > maxWarnings;
    if (tooManyWarnings) {
      io.stderr(
        `✖ ${result.warningCount} warnings, more than --max-warnings ${maxWarnings}; fix them or declare exceptions with a reason.\n`,
      );
    }
    if (result.errorCount > 0 || tooManyWarnings) throw new ExitError(1);
  },
});

/**
 * The model to lint: the spec's. Linting a live database (`--db <url>`) will add a second
 * source here: the introspected catalog gives the same model, so every rule, format and exit
 * code stays as it is.
 */
function modelToLint(io: CliIO, argv: LintArgs): Model {
  return modelOrExit(io, argv.spec);
}
