/**
 * Figure 1: `gen build` (every artifact: DDL, Kysely types, zod schemas, table definitions, docs,
 * JSON schema, CODEOWNERS) against kysely-codegen generating types alone for the same database,
 * at the live spec, the full 585-table spec and synthetic 2,000 and 5,000-table specs.
 *
 * Each repetition runs, interleaved so machine noise falls on both alike:
 *  - gen build into an empty folder, parse cache warm (the usual case: the spec's files were parsed before);
 *  - gen build into an empty folder, GEN_NO_CACHE=1 (cold: every YAML file parsed);
 *  - gen build over its own output (nothing changes: what `gen build` costs in a clean checkout);
 *  - kysely-codegen against a database holding the generated DDL (its own database per size).
 * Medians of wall time, each a fresh process, as a user runs them.
 *
 *   npx tsx bench/gen-build.ts            (BENCH_SIZES=live,585 to choose sizes, BENCH_RUNS=n)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { dropBenchDatabases, ensureBenchDatabase, keepDatabases, serverVersion } from './lib/databases.js';
import { nodeCommand, timeProcess } from './lib/process.js';
import { runKyselyCodegen } from './lib/kysely-codegen.js';
import { Report } from './lib/report.js';
import { runs, workDir } from './lib/repo.js';
import { genArgs, primeBuild, specSizes } from './lib/sizes.js';
import { fmtMs, fmtRatio, median } from './lib/stats.js';

const report = new Report('gen-build');
report.postgres = await serverVersion();
const rows: string[][] = [];
const details: unknown[] = [];

for (const size of specSizes()) {
  const prime = await primeBuild(size);
  const url = await ensureBenchDatabase(`pcbench_${prime.hash}`, prime.ddl);
  const n = runs(size.key === '5000' ? 3 : size.key === '2000' ? 5 : 7);
  const out = workDir('build', size.key, 'run');
  const kyselyOut = join(workDir('build', size.key), 'kysely-codegen.d.ts');
  const samples = {
    warm: [] as number[],
    cold: [] as number[],
    unchanged: [] as number[],
    kysely: [] as number[],
    warmCpu: [] as number[],
    kyselyCpu: [] as number[],
  };
  for (let i = 0; i < n; i++) {
    rmSync(out, { recursive: true, force: true });
    const warm = await timeProcess(nodeCommand, genArgs(size, 'build', '--out', out));
    samples.warm.push(warm.ms);
    samples.warmCpu.push(warm.cpuMs);
    samples.unchanged.push((await timeProcess(nodeCommand, genArgs(size, 'build', '--out', out))).ms);
    rmSync(out, { recursive: true, force: true });
    samples.cold.push((await timeProcess(nodeCommand, genArgs(size, 'build', '--out', out), { env: { GEN_NO_CACHE: '1' } })).ms);
    const kysely = await runKyselyCodegen(url, kyselyOut);
    samples.kysely.push(kysely.ms);
    samples.kyselyCpu.push(kysely.cpuMs);
  }
  // Each repetition times ours and the peer's seconds apart: their ratio cancels most of this
  // VM's drift, so the spread of those paired ratios says how far the median ratio can be trusted.
  const paired = samples.warm.map((ms, i) => ms / (samples.kysely[i] ?? Number.NaN)).sort((a, b) => a - b);
  const m = {
    warm: median(samples.warm),
    cold: median(samples.cold),
    unchanged: median(samples.unchanged),
    kysely: median(samples.kysely),
    warmCpu: median(samples.warmCpu),
    kyselyCpu: median(samples.kyselyCpu),
  };
  rows.push([
    `${size.label} (${prime.tables})`,
    fmtMs(m.warm),
    fmtMs(m.cold),
    fmtMs(m.unchanged),
    fmtMs(m.kysely),
    fmtRatio(m.warm / m.kysely),
    `${fmtRatio(paired[0] ?? Number.NaN)}–${fmtRatio(paired[paired.length - 1] ?? Number.NaN)}`,
    fmtRatio(m.cold / m.kysely),
    `${fmtMs(m.warmCpu)} / ${fmtMs(m.kyselyCpu)}`,
    `${((m.warm / prime.tables) * 1000).toFixed(0)} µs`,
  ]);
  const target = size.key === '585' ? { target: '≤ 0.5×', met: m.warm / m.kysely <= 0.5 } : {};
  report.figure({
    name: `gen build, ${prime.tables} tables (warm cache)`,
    value: `${fmtMs(m.warm)} vs kysely-codegen ${fmtMs(m.kysely)}; cold cache ${fmtMs(m.cold)} (${fmtRatio(m.cold / m.kysely)}); CPU ${fmtMs(m.warmCpu)} vs ${fmtMs(m.kyselyCpu)} (${fmtRatio(m.warmCpu / m.kyselyCpu)})`,
    ratio: m.warm / m.kysely,
    ...target,
  });
  details.push({ size: size.key, tables: prime.tables, runs: n, medians: m, pairedRatios: paired, samples });
  if (!keepDatabases()) await dropBenchDatabases(`pcbench_${prime.hash}`);
}

report.log('');
report.table(
  [
    'spec',
    'gen build',
    'cold cache',
    'no changes',
    'kysely-codegen',
    'ratio',
    'paired ratios',
    'cold ratio',
    'CPU: gen / kysely-codegen',
    'per table',
  ],
  rows,
);
report.finish(details);
