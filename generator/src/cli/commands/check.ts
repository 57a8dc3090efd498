import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { modelForPhase, type Phase } from '../../model/model.js';
import { runBuildCheck } from '../build-check.js';
import { checkDbUrl, connectOrExit, DB_URL_HELP } from '../db-option.js';
import { ExitError, type CliIO } from '../io.js';
import { modelOrExit, phaseOption, specOption } from '../spec-option.js';

interface CheckArgs {
  spec: string;
  phase: Phase;
  db: string | undefined;
  schema: string | undefined;
  format: 'human' | 'json';
  out: string;
}

export const checkCommand = (io: CliIO): CommandModule<object, CheckArgs> => ({
  command: 'check',
  describe: 'Compare a live database with the spec (--db), or check generated files are current (same as build --check)',
  builder: (y) =>
    phaseOption(specOption(y))
      .option('db', { type: 'string', describe: `Database to compare with the spec: ${DB_URL_HELP}` })
      .option('schema', { type: 'string', describe: "PostgreSQL schema to compare (default: the spec's schema)" })
      .option('format', { choices: ['human', 'json'] as const, default: 'human' as const, describe: 'Output format for --db' })
      .option('out', { type: 'string', default: '.', describe: 'Without --db: folder holding the generated tree' }),
  handler: async (argv) => {
    if (argv.db !== undefined) checkDbUrl(argv.db);
    const model = modelOrExit(io, argv.spec);
    if (argv.db === undefined) {
      runBuildCheck(io, model, { phase: argv.phase, outDir: resolve(io.cwd, argv.out) });
      return;
    }
    const [{ introspectDatabase }, { compareModels }, { formatDriftHuman, formatDriftJson }] = await Promise.all([
      import('../../introspect/introspect.js'),
      import('../../drift/compare-models.js'),
      import('../../drift/format-drift.js'),
    ]);
    const schema = argv.schema ?? model.schema;
    const db = await connectOrExit(argv.db);
    let imported;
    try {
      imported = await introspectDatabase(db, { schema, reference: model });
    } finally {
      await db.close();
    }
    const differences = compareModels(modelForPhase(model, argv.phase), imported.model);
    const report = { schema, phase: argv.phase, differences, notes: imported.warnings };
    io.stdout(argv.format === 'json' ? formatDriftJson(report) : formatDriftHuman(report));
    if (differences.length > 0) throw new ExitError(1);
  },
});
