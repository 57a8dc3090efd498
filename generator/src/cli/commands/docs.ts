import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { codeownersEmitter } from '../../emit/codeowners/codeowners-emitter.js';
import { docsEmitter } from '../../emit/docs/docs-emitter.js';
import { build, checkBuild } from '../../pipeline/build.js';
import { ExitError, type CliIO } from '../io.js';
import { modelOrExit, specOption } from '../spec-option.js';

interface DocsArgs {
  spec: string;
  check: boolean;
  out: string;
}

/** The part of `gen build` a spec review needs: docs/schema/ and CODEOWNERS, which cover every phase. */
export const docsCommand = (io: CliIO): CommandModule<object, DocsArgs> => ({
  command: 'docs',
  describe: 'Generate only the schema docs (docs/schema/) and CODEOWNERS; gen build does too',
  builder: (y) =>
    specOption(y)
      .option('check', { type: 'boolean', default: false, describe: 'Write nothing; exit 1 listing out-of-date files' })
      .option('out', { type: 'string', default: '.', describe: 'Folder to write under (the repo root by default)' }),
  handler: async (argv) => {
    const model = modelOrExit(io, argv.spec);
    // The phase does not matter: both emitters document the whole plan.
    const options = { phase: 'y2' as const, outDir: resolve(io.cwd, argv.out), emitters: [docsEmitter, codeownersEmitter] };
    if (argv.check) {
      const changes = checkBuild(model, options);
      for (const c of changes)
        io.stderr(`  ${c.status === 'created' ? 'missing' : c.status === 'deleted' ? 'stale  ' : 'changed'}  ${c.path}\n`);
      if (changes.length > 0)
        throw new ExitError(1, `\n✖ ${changes.length} docs file(s) out of date; run \`npx gen docs\` and commit the result.`);
      io.stdout('✔ docs are up to date\n');
      return;
    }
    const result = await build(model, options);
    for (const c of result.changes) io.stdout(`  ${c.status.padEnd(7)}  ${c.path}\n`);
    io.stdout(
      `✔ docs for ${model.modules.length} modules, ${model.tables.length} tables: ${result.changes.length} file(s) changed, ${result.unchanged} unchanged\n`,
    );
  },
});
