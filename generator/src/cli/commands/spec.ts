import type { CommandModule } from 'yargs';
import { modelForPhase, type Phase } from '../../model/model.js';
import { modelToJson } from '../../model/model-json.js';
import type { CliIO } from '../io.js';
import { modelOrExit, phaseOption, specOption } from '../spec-option.js';

export const specCommand = (io: CliIO): CommandModule<object, { spec: string; phase: Phase; json: boolean }> => ({
  command: 'spec',
  describe: 'Print the resolved model (see docs/spec-json.md for its shape)',
  builder: (y) =>
    phaseOption(specOption(y))
      .option('json', { type: 'boolean', default: true, describe: 'Print as JSON (the only format for now)' })
      .option('phase', { choices: ['live', 'y1', 'y2'] as const, default: 'y2' as Phase, describe: 'Tables to include (default: all)' }),
  handler: (argv) => {
    const model = modelOrExit(io, argv.spec);
    io.stdout(modelToJson(modelForPhase(model, argv.phase)));
  },
});
