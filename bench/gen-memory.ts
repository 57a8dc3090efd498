/**
 * Figure 5: peak resident memory of `gen build` (every artifact) at the 585-table spec and the
 * synthetic 5,000-table spec, beside kysely-codegen's for the same database. GNU time's maximum
 * RSS of the process; medians of fresh processes into an empty folder.
 *
 *   npx tsx bench/gen-memory.ts            (BENCH_SIZES=585,5000, BENCH_RUNS=n)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { dropBenchDatabases, ensureBenchDatabase, keepDatabases, serverVersion } from './lib/databases.js';
import { nodeCommand, timeProcess } from './lib/process.js';
import { runKyselyCodegen } from './lib/kysely-codegen.js';
import { Report } from './lib/report.js';
import { runs, workDir } from './lib/repo.js';
import { genArgs, primeBuild, specSizes } from './lib/sizes.js';
import { fmtMb, fmtRatio, median } from './lib/stats.js';

const report = new Report('gen-memory');
report.postgres = await serverVersion();
const rows: string[][] = [];
const details: unknown[] = [];

for (const size of specSizes(['585', '5000'])) {
  const prime = await primeBuild(size);
  const url = await ensureBenchDatabase(`pcbench_${prime.hash}`, prime.ddl);
  const out = workDir('memory', size.key);
  const n = runs(3);
  const samples = { gen: [] as number[], kysely: [] as number[] };
  for (let i = 0; i < n; i++) {
    rmSync(out, { recursive: true, force: true });
    samples.gen.push((await timeProcess(nodeCommand, genArgs(size, 'build', '--out', out))).peakRssMb);
    const file = join(workDir('memory'), `kysely-${size.key}.d.ts`);
    samples.kysely.push((await runKyselyCodegen(url, file)).peakRssMb);
  }
  const m = { gen: median(samples.gen), kysely: median(samples.kysely) };
  rows.push([`${size.label} (${prime.tables})`, fmtMb(m.gen), fmtMb(m.kysely), fmtRatio(m.gen / m.kysely)]);
  report.figure({
    name: `gen build peak RSS, ${prime.tables} tables`,
    value: `${fmtMb(m.gen)} vs kysely-codegen ${fmtMb(m.kysely)}`,
    ratio: m.gen / m.kysely,
  });
  details.push({ size: size.key, tables: prime.tables, runs: n, medians: m, samples });
  if (!keepDatabases()) await dropBenchDatabases(`pcbench_${prime.hash}`);
}

report.log('');
report.table(['spec', 'gen build peak RSS', 'kysely-codegen peak RSS', 'ratio'], rows);
report.finish(details);
