import type { CommandModule } from 'yargs';
import type { Phase, TableStatus } from '../../model/model.js';
import { terminalPrompter, type Prompter } from '../../new-table/prompter.js';
import { COLUMN_SYNTAX_HELP } from '../../new-table/syntax-help.js';
import type { CliIO } from '../io.js';
import { specOption } from '../spec-option.js';

interface NewTableArgs {
  name: string | undefined;
  module: string | undefined;
  description: string | undefined;
  columns: string | undefined;
  status: TableStatus | undefined;
  phase: 'y1' | 'y2' | undefined;
  defaults: boolean;
  'append-only': boolean;
  'dry-run': boolean;
  build: boolean;
  spec: string;
  out: string;
}

export const newTableCommand = (io: CliIO, prompter: () => Prompter = () => terminalPrompter()): CommandModule<object, NewTableArgs> => ({
  command: 'new-table [name]',
  describe: 'Add a standard-conforming table to the spec (asks for what is missing in a terminal)',
  builder: (y) =>
    specOption(y)
      .positional('name', { type: 'string', describe: 'Table name; the module prefix is added when --module is given' })
      .option('module', { alias: 'm', type: 'string', describe: 'Module key (soc, usr, …); inferred from a prefixed name' })
      .option('description', { alias: 'd', type: 'string', describe: 'What one row is (the table comment)' })
      .option('columns', { alias: 'c', type: 'string', describe: 'The columns, see below' })
      .option('status', { choices: ['live', 'planned'] as const, describe: 'live (default) or planned, with --phase' })
      .option('phase', { choices: ['y1', 'y2'] as const, describe: 'The year a planned table is due (implies --status planned)' })
      .option('defaults', {
        type: 'boolean',
        default: true,
        describe: 'Add the standard columns: use: [id, timestamps] (--no-defaults: none)',
      })
      .option('append-only', { type: 'boolean', default: false, describe: 'Rows are never updated: id and created_at, no updated_at' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Print the YAML and DDL it would add; write nothing' })
      .option('build', { type: 'boolean', default: true, describe: 'Run gen build after adding (--no-build to skip)' })
      .option('out', { type: 'string', default: '.', describe: 'Folder the build writes under (as gen build --out)' })
      .check((argv) => {
        if (argv.status === 'live' && argv.phase) return 'a live table has no phase; use --status planned --phase y1|y2';
        if (argv.status === 'planned' && !argv.phase) return 'a planned table needs --phase y1 or y2';
        return true;
      })
      .example('$0 new-table soc_post_polls -d "…" -c "post_id->soc_posts, question:text"', 'the module from the prefix')
      .example('$0 new-table polls --module soc …', 'the prefix is added: soc_polls')
      .example('$0 new-table soc_x … --phase y1 --dry-run', 'a planned table; print YAML and DDL only')
      .example('$0 new-table', 'in a terminal: asks for module, name, description and columns')
      .epilogue(COLUMN_SYNTAX_HELP),
  handler: async (argv) => {
    const phase: Phase = argv.phase ?? 'live';
    const { runNewTable } = await import('../../new-table/run-new-table.js');
    await runNewTable(
      {
        name: argv.name,
        module: argv.module,
        description: argv.description,
        columns: argv.columns,
        defaults: argv.defaults,
        appendOnly: argv['append-only'],
        status: argv.status ?? (argv.phase ? 'planned' : 'live'),
        phase,
        dryRun: argv['dry-run'],
        build: argv.build,
        spec: argv.spec,
        out: argv.out,
      },
      io,
      prompter,
    );
  },
});
