/**
 * `npm run bench`: every figure, one script after another (never two at once: they would time
 * each other), then a summary of the headline figures with their targets. The bench databases
 * are shared between scripts and dropped at the end. Arguments name scripts to run (default all):
 *
 *   npm run bench                       npm run bench -- sdk-ops load
 *   BENCH_QUICK=1 npm run bench         (fewer repetitions, for trying the scripts out)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dropBenchDatabases } from './lib/databases.js';
import { describeMachine, machineLines } from './lib/machine.js';
import { formatFigure, type BenchResult } from './lib/report.js';
import { ensureGeneratorBuilt, REPO_ROOT, RESULTS_DIR } from './lib/repo.js';

const SCRIPTS: Readonly<Record<string, string>> = {
  'gen-build': 'bench/gen-build.ts',
  'gen-lint-validate': 'bench/gen-lint-validate.ts',
  'gen-memory': 'bench/gen-memory.ts',
  typecheck: 'bench/typecheck.ts',
  'sdk-ops': 'bench/sdk-ops.ts',
  load: 'bench/load/run.ts',
  seed: 'bench/seed.ts',
  'new-table': 'bench/new-table.ts',
};

const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = chosen.filter((c) => !(c in SCRIPTS));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${Object.keys(SCRIPTS).join(', ')}\n`);
  process.exit(2);
}
const names = chosen.length > 0 ? chosen : Object.keys(SCRIPTS);
ensureGeneratorBuilt();
const failed: string[] = [];
for (const name of names) {
  process.stdout.write(`\n━━ ${name} ━━\n`);
  // A result left from an earlier run must not pass for this one's.
  rmSync(join(RESULTS_DIR, `${name}.json`), { force: true });
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, SCRIPTS[name] as string)], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, BENCH_KEEP_DB: '1' },
  });
  if (run.status !== 0) failed.push(name);
}
await dropBenchDatabases();

process.stdout.write('\n━━ summary ━━\n');
for (const l of machineLines(describeMachine())) process.stdout.write(`${l}\n`);
for (const name of names) {
  try {
    const result = JSON.parse(readFileSync(join(RESULTS_DIR, `${name}.json`), 'utf8')) as BenchResult;
    process.stdout.write(
      `${name} (${result.when}, load ${result.machine.load.start.toFixed(1)}→${result.machine.load.end?.toFixed(1)}):\n`,
    );
    for (const f of result.figures) process.stdout.write(`  ${formatFigure(f)}\n`);
  } catch {
    process.stdout.write(`${name}: no result\n`);
  }
}
if (failed.length > 0) {
  process.stdout.write(`\nfailed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
}
