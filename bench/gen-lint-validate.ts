/**
 * Figure 2: `gen lint` and `gen validate` at the live spec, the full 585-table spec and synthetic
 * 2,000 and 5,000-table specs. No peer does this; the figures show the cost per table stays flat.
 * Medians of fresh processes, parse cache warm (and `gen validate` cold, GEN_NO_CACHE=1).
 *
 *   npx tsx bench/gen-lint-validate.ts      (BENCH_SIZES=live,585, BENCH_RUNS=n)
 */
import { nodeCommand, timeProcess } from './lib/process.js';
import { Report } from './lib/report.js';
import { runs } from './lib/repo.js';
import { genArgs, primeBuild, specSizes } from './lib/sizes.js';
import { fmtMs, median } from './lib/stats.js';

const report = new Report('gen-lint-validate');
const rows: string[][] = [];
const details: unknown[] = [];

for (const size of specSizes()) {
  const prime = await primeBuild(size);
  const n = runs(size.key === '5000' ? 3 : 7);
  const samples = { lint: [] as number[], validate: [] as number[], validateCold: [] as number[] };
  for (let i = 0; i < n; i++) {
    // Exit code 1 is a lint finding, not a failure of the benchmark.
    samples.lint.push((await timeProcess(nodeCommand, genArgs(size, 'lint'), { allowFailure: true })).ms);
    samples.validate.push((await timeProcess(nodeCommand, genArgs(size, 'validate'))).ms);
    samples.validateCold.push((await timeProcess(nodeCommand, genArgs(size, 'validate'), { env: { GEN_NO_CACHE: '1' } })).ms);
  }
  const m = { lint: median(samples.lint), validate: median(samples.validate), validateCold: median(samples.validateCold) };
  const perTable = (ms: number) => `${((ms / prime.tables) * 1000).toFixed(0)} µs`;
  rows.push([
    `${size.label} (${prime.tables})`,
    fmtMs(m.lint),
    perTable(m.lint),
    fmtMs(m.validate),
    perTable(m.validate),
    fmtMs(m.validateCold),
  ]);
  report.figure({ name: `gen lint, ${prime.tables} tables`, value: `${fmtMs(m.lint)} (${perTable(m.lint)} per table)` });
  report.figure({
    name: `gen validate, ${prime.tables} tables`,
    value: `${fmtMs(m.validate)} (${perTable(m.validate)} per table); cold cache ${fmtMs(m.validateCold)}`,
  });
  details.push({ size: size.key, tables: prime.tables, runs: n, medians: m, samples });
}

report.log('');
report.table(['spec', 'gen lint', 'per table', 'gen validate', 'per table', 'validate, cold cache'], rows);
report.finish(details);
