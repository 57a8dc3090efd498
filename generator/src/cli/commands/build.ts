import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { Phase } from '../../model/model.js';
import { build } from '../../pipeline/build.js';
import { runBuildCheck } from '../build-check.js';
import type { CliIO } from '../io.js';
import { modelOrExit, phaseOption, specOption } from '../spec-option.js';

interface BuildArgs {
  spec: string;
  phase: Phase;
  check: boolean;
  out: string;
}

export const buildCommand = (io: CliIO): CommandModule<object, BuildArgs> => ({
  command: 'build',
  describe: 'Generate SQL, types, validators and docs from the spec',
  builder: (y) =>
    phaseOption(specOption(y))
      .option('check', { type: 'boolean', default: false, describe: 'Write nothing; exit 1 listing out-of-date files (for CI)' })
      .option('out', { type: 'string', default: '.', describe: 'Folder to write the generated tree under (the repo root by default)' }),
  handler: async (argv) => {
    const model = modelOrExit(io, argv.spec);
    const options = { phase: argv.phase, outDir: resolve(io.cwd, argv.out) };
    if (argv.check) {
      runBuildCheck(io, model, options);
      return;
    }
    const result = await build(model, options);
    for (const c of result.changes) io.stdout(`  ${c.status.padEnd(7)}  ${c.path}\n`);
    io.stdout(
      `✔ built ${model.tables.filter((t) => t.phase === 'live' || argv.phase !== 'live').length} tables (phase ${argv.phase}): ${result.changes.length} file(s) changed, ${result.unchanged} unchanged\n`,
    );
  },
});
