import type { CommandModule } from 'yargs';
import type { CliIO } from '../io.js';
import { modelOrExit, specOption } from '../spec-option.js';

export const validateCommand = (io: CliIO): CommandModule<object, { spec: string }> => ({
  command: 'validate',
  describe: 'Check the spec and report every problem with file:line:column',
  builder: (y) => specOption(y),
  handler: (argv) => {
    const model = modelOrExit(io, argv.spec);
    const planned = model.tables.filter((t) => t.status === 'planned').length;
    io.stdout(
      `✔ ${argv.spec}: ${model.modules.length} modules, ${model.tables.length} tables (${model.tables.length - planned} live, ${planned} planned), ${model.enums.length} enums\n`,
    );
  },
});
