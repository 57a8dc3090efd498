import type { CommandModule } from 'yargs';
import type { Phase } from '../../model/model.js';
import { ExitError, type CliIO } from '../io.js';
import { modelOrExit, specOption } from '../spec-option.js';

interface ContextArgs {
  spec: string;
  module: string[];
  tables: string[];
  phase: Phase;
  format: 'text' | 'json';
}

/** `--tables a,b --tables c` → [a, b, c]. */
const list = (values: readonly (string | number)[]) =>
  values
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');

export const contextCommand = (io: CliIO): CommandModule<object, ContextArgs> => ({
  command: 'context',
  describe: 'Print a compact description of (part of) the schema for a code assistant or a tool',
  builder: (y) =>
    specOption(y)
      .option('module', {
        type: 'string',
        array: true,
        default: [] as string[],
        coerce: list,
        describe: 'Modules to include (comma-separated or repeated)',
      })
      .option('tables', {
        type: 'string',
        array: true,
        default: [] as string[],
        coerce: list,
        describe: 'Tables to include (comma-separated or repeated)',
      })
      .option('phase', {
        choices: ['live', 'y1', 'y2'] as const,
        default: 'y2' as Phase,
        describe: 'Leave out tables planned after this phase (default: none)',
      })
      .option('format', {
        choices: ['text', 'json'] as const,
        default: 'text' as 'text' | 'json',
        describe: 'text for a prompt, json for a tool',
      }),
  handler: async (argv) => {
    const [{ contextText }, { schemaContext }, { selectTables }] = await Promise.all([
      import('../../context/context-text.js'),
      import('../../context/schema-context.js'),
      import('../../context/select-tables.js'),
    ]);
    const model = modelOrExit(io, argv.spec);
    const { tables, unknown } = selectTables(model, { modules: argv.module, tables: argv.tables, phase: argv.phase });
    if (unknown.length > 0) throw new ExitError(2, `gen context: no ${unknown.join(', ')} in the spec; see gen spec --json for the names.`);
    const scope = [
      argv.module.length > 0 ? `module ${argv.module.join(', ')}` : null,
      argv.tables.length > 0 ? `tables ${argv.tables.join(', ')}` : null,
    ].filter((s) => s !== null);
    const context = schemaContext(model, tables, `${scope.length > 0 ? scope.join('; ') : 'all modules'}, phase ${argv.phase}`);
    io.stdout(argv.format === 'json' ? `${JSON.stringify(context)}\n` : contextText(context));
  },
});
