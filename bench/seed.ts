/**
 * `gen seed` speed: every table of the full spec (585, phase y2) filled with BENCH_SEED_ROWS rows
 * each (default 200: about 117,000 rows) through the compiled CLI, into a fresh copy of an empty
 * bench database each run. Medians of wall time; rows per second.
 *
 *   npx tsx bench/seed.ts            (BENCH_SEED_ROWS=n, BENCH_RUNS=n)
 */
import pg from 'pg';
import { databaseUrl, dropBenchDatabases, ensureBenchDatabase, keepDatabases, serverVersion } from './lib/databases.js';
import { nodeCommand, timeProcess } from './lib/process.js';
import { Report } from './lib/report.js';
import { BENCH_DATABASE_URL, GEN_BIN, REPO_SPEC, runs } from './lib/repo.js';
import { primeBuild, specSizes } from './lib/sizes.js';
import { fmtMs, median } from './lib/stats.js';

const ROWS = Number(process.env.BENCH_SEED_ROWS ?? 200);
const report = new Report('seed');
report.postgres = await serverVersion();
const [size] = specSizes(['585']);
if (!size) throw new Error('no size');
const prime = await primeBuild(size);
const empty = `pcbench_${prime.hash}`;
await ensureBenchDatabase(empty, prime.ddl);
const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
await admin.connect();

const samples: number[] = [];
let rows = 0;
let output = '';
for (let i = 0; i < runs(3); i++) {
  const copy = `pcbench_seed_${process.pid}_${i}`;
  await admin.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${empty}"`);
  try {
    const run = await timeProcess(nodeCommand, [
      GEN_BIN,
      'seed',
      '--spec',
      REPO_SPEC,
      '--phase',
      'y2',
      '--db',
      databaseUrl(copy),
      '--rows',
      String(ROWS),
    ]);
    samples.push(run.ms);
    output = run.stdout;
    rows = Number(/with ([\d,]+) rows/.exec(run.stdout)?.[1]?.replace(/,/g, '') ?? 0);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
  }
}
await admin.end();
if (!keepDatabases()) await dropBenchDatabases(empty);

const ms = median(samples);
report.log(output.trimEnd());
report.figure({
  name: `gen seed, ${prime.tables} tables × ${ROWS} rows`,
  value: `${rows.toLocaleString('en-US')} rows in ${fmtMs(ms)} (${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s, process start to exit)`,
});
report.finish({ rows, perTable: ROWS, samples });
