import type { CommandModule } from 'yargs';
import { FORMATS, FORMATTERS, type LintFormat } from '../../lint/format/formatters.js';
import type { Model } from '../../model/model.js';
import { formatProblem } from '../../spec/problem.js';
import { ExitError, type CliIO } from '../io.js';
import { modelOrExit, specOption } from '../spec-option.js';
import { checkDbUrl, connectOrExit, DB_URL_HELP } from '../db-option.js';
import { loadModel } from '../../pipeline/load-model.js';

interface LintArgs {
  spec: string;
  db: string | undefined;
  schema: string;
  format: LintFormat;
  'max-warnings': number;
}

export const lintCommand = (io: CliIO): CommandModule<object, LintArgs> => ({
  command: 'lint',
  describe: 'Check the spec (or, with --db, a live database) against the database standards (docs/DATABASE_STANDARDS.md)',
  builder: (y) =>
    specOption(y)
      .option('db', { type: 'string', describe: `Lint a live database instead of the spec: ${DB_URL_HELP}` })
      .option('schema', { type: 'string', default: 'public', describe: 'Schema to read with --db' })
      .option('format', {
        choices: FORMATS,
        default: 'stylish' as LintFormat,
        describe: 'Output: stylish, json, sarif (code scanning) or github (annotations)',
      })
      .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
      .check((argv) => Number.isInteger(argv['max-warnings']) || '--max-warnings takes a whole number'),
  handler: async (argv) => {
    const model = await modelToLint(io, argv);
    const { lintModel } = await import('../../lint/run-lint.js');
    const result = lintModel(model);
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
 * The model to lint: the spec's, or with `--db` the live database's, read by the introspector
 * into the same model (modules inferred from the table prefixes the spec declares, and the spec's
 * lint settings), so every rule, format and exit code is the same for both.
 */
async function modelToLint(io: CliIO, argv: LintArgs): Promise<Model> {
  if (argv.db === undefined) return modelOrExit(io, argv.spec);
  checkDbUrl(argv.db);
  const reference = loadModel(argv.spec).model;
  const { introspectDatabase } = await import('../../introspect/introspect.js');
  const db = await connectOrExit(argv.db);
  try {
    return (await introspectDatabase(db, { schema: argv.schema, reference })).model;
  } finally {
    await db.close();
  }
}
