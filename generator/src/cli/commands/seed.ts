import type { CommandModule } from 'yargs';
import { modelForPhase, type Phase } from '../../model/model.js';
import type { SeedResult } from '../../seed/run-seed.js';
import { DB_URL_HELP } from '../db-option.js';
import { ExitError, type CliIO } from '../io.js';
import { modelOrExit, phaseOption, specOption } from '../spec-option.js';

interface SeedArgs {
  spec: string;
  phase: Phase;
  db: string;
  schema: string | undefined;
  rows: number;
  seed: string;
}

export const seedCommand = (io: CliIO): CommandModule<object, SeedArgs> => ({
  command: 'seed',
  describe: 'Fill every table of an empty database with realistic rows (deterministic for a --seed)',
  builder: (y) =>
    phaseOption(specOption(y))
      .option('db', { type: 'string', demandOption: true, describe: `Database to fill: ${DB_URL_HELP}` })
      .option('schema', { type: 'string', describe: "PostgreSQL schema holding the tables (default: the spec's schema)" })
      .option('rows', { type: 'number', default: 100, describe: 'Rows per table' })
      .option('seed', { type: 'string', default: '1', describe: 'Same seed, same rows' })
      .check((argv) => (Number.isInteger(argv.rows) && argv.rows >= 0) || '--rows takes a whole number'),
  handler: async (argv) => {
    // Loaded here, not at the top: every other command starts without the seeder and pg.
    const [{ runSeed }, { progressBar }, { connectOrExit }] = await Promise.all([
      import('../../seed/run-seed.js'),
      import('../../seed/progress-bar.js'),
      import('../db-option.js'),
    ]);
    const full = modelOrExit(io, argv.spec);
    const model = modelForPhase(full, argv.phase);
    const db = await connectOrExit(argv.db);
    const bar = progressBar(io.isTTY ? io.stderr : null);
    let result: SeedResult;
    try {
      result = await runSeed(db, model, {
        rows: argv.rows,
        seed: argv.seed,
        schema: argv.schema ?? full.schema,
        onProgress: (p) => bar.update(p),
      });
    } catch (error) {
      throw new ExitError(2, `gen: seed failed: ${(error as Error).message}`);
    } finally {
      bar.done();
      await db.close();
    }
    io.stdout(formatSeedResult(result, argv.seed));
  },
});

export function formatSeedResult(result: SeedResult, seed: string): string {
  const seconds = result.ms / 1000;
  const lines = [
    `✔ seeded ${result.tables.length} tables with ${result.inserted.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s (${Math.round(result.inserted / Math.max(seconds, 0.001)).toLocaleString('en-US')} rows/s), seed ${seed}`,
  ];
  if (result.linked > 0)
    lines.push(`  ${result.linked.toLocaleString('en-US')} rows linked afterwards through foreign keys that close a cycle`);
  const retried = result.tables.reduce((n, t) => n + t.retried, 0);
  if (retried > 0) lines.push(`  ${retried} rows refused by the database were made again with optional columns empty, and accepted`);
  const skipped = result.tables.flatMap((t) => t.skipped.map((s) => ({ table: t.table, ...s })));
  if (skipped.length > 0) {
    lines.push(`  not made (${skipped.reduce((n, s) => n + s.count, 0)}):`);
    const width = Math.max(...skipped.map((s) => s.table.length));
    for (const s of skipped.sort((a, b) => b.count - a.count || (a.table < b.table ? -1 : 1)))
      lines.push(`    ${s.table.padEnd(width)}  ${String(s.count).padStart(5)}  ${s.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
