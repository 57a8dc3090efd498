/**
 * `gen new-table` + rebuild on the full spec (issue 6: "about a second or less").
 *
 *     npm run build && npx tsx bench/new-table.ts      (BENCH_RUNS=n to change the number of runs)
 *
 * Each run adds the same table to a fresh temp copy of schema-spec/ whose generated tree is
 * already built (as in the repository), with the compiled CLI as users run it: process start,
 * spec load and check, lint, the write and the rebuild. `gen validate` on the same spec is timed
 * too: it is the floor every spec command pays (start-up and loading ~580 tables). An
 * in-process breakdown says where the time goes.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../generator/src/pipeline/build.js';
import { planNewTable, type NewTableRequest } from '../generator/src/new-table/plan-new-table.js';
import { openSpec } from '../generator/src/new-table/spec-context.js';
import { writeModuleFile } from '../generator/src/new-table/write-module-file.js';
import { Report } from './lib/report.js';
import { GEN_BIN, REPO_ROOT, REPO_SPEC, runs, workDir } from './lib/repo.js';
import { fmtMs, median } from './lib/stats.js';
import { nodeCommand, timeProcess } from './lib/process.js';

const TABLE = 'soc_post_surveys';
// A different description each run: the module file's text is new each time, as it is for a
// user, so the spec parse cache (keyed by text) cannot serve it.
const nonce = Date.now().toString(36);
const description = (run: number) => `A survey attached to a post (run ${nonce}-${run}).`;
const COLUMNS = 'post_id->soc_posts, question:text, closes_at:timestamptz?, is_anonymous:boolean=false, kind:enum(single|multiple)=single';

if (!existsSync(join(REPO_ROOT, 'generator', 'dist', 'new-table', 'plan-new-table.js'))) {
  throw new Error('the compiled CLI has no new-table yet: run `npm run build` first');
}

const report = new Report('new-table');
const n = runs(7);
const work = workDir('new-table');

/** A spec copy with its generated tree built, made once and copied for each run. */
const template = join(work, 'template');
rmSync(template, { recursive: true, force: true });
cpSync(join(REPO_ROOT, 'schema-spec'), join(template, 'schema-spec'), { recursive: true });
const templateSpec = join(template, 'schema-spec', REPO_SPEC.split('/').pop() ?? 'poultryco.yaml');
// Generated docs name spec files relative to the working directory: build where the runs run.
await timeProcess(nodeCommand, [GEN_BIN, 'build', '--spec', templateSpec, '--out', template], { cwd: template });

function freshCopy(i: number): { dir: string; spec: string } {
  const dir = join(work, `run-${i}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(template, dir, { recursive: true });
  return { dir, spec: join(dir, 'schema-spec', 'poultryco.yaml') };
}

const cli: number[] = [];
const validate: number[] = [];
let changed = '';
for (let i = 0; i < n; i++) {
  const { dir, spec } = freshCopy(i);
  const run = await timeProcess(
    nodeCommand,
    [GEN_BIN, 'new-table', TABLE, '--description', description(i), '--columns', COLUMNS, '--spec', spec, '--out', dir],
    { cwd: dir },
  );
  cli.push(run.ms);
  changed = run.stdout.match(/rebuilt \(phase live\): (.*)/)?.[1] ?? changed;
  if (!readFileSync(join(dir, 'schema-spec', 'modules', 'soc.yaml'), 'utf8').includes(`  ${TABLE}:`))
    throw new Error('the table was not added');
  validate.push((await timeProcess(nodeCommand, [GEN_BIN, 'validate', '--spec', spec], { cwd: dir })).ms);
}

// Where the time goes, in process (no start-up, warmer): load + resolve, plan (check + lint), write, rebuild.
const phases: Record<'open' | 'plan' | 'write' | 'build', number[]> = { open: [], plan: [], write: [], build: [] };
for (let i = 0; i < n; i++) {
  const { dir, spec } = freshCopy(i);
  process.chdir(dir);
  let t = performance.now();
  const { context } = openSpec(spec);
  if (!context) throw new Error('the spec does not load');
  phases.open.push(performance.now() - t);
  t = performance.now();
  const request: NewTableRequest = {
    name: TABLE,
    module: undefined,
    description: description(n + i),
    columns: COLUMNS,
    defaults: true,
    appendOnly: false,
    status: 'live',
    phase: 'live',
  };
  const { plan } = planNewTable(context, request);
  if (!plan) throw new Error('the table was refused');
  phases.plan.push(performance.now() - t);
  t = performance.now();
  writeModuleFile(plan.file.path, plan.file.original, plan.edit.text);
  phases.write.push(performance.now() - t);
  t = performance.now();
  await build(plan.model, { phase: 'live', outDir: dir });
  phases.build.push(performance.now() - t);
}
process.chdir(REPO_ROOT);
rmSync(work, { recursive: true, force: true });

const tables = context();
report.log(`gen new-table ${TABLE} + rebuild on the full spec (${tables}), ${n} runs, each on a fresh copy:`);
report.table(
  ['', 'median', 'min', 'max'],
  [
    ['gen new-table + rebuild (process)', ...stats(cli)],
    ['gen validate (process, for scale)', ...stats(validate)],
    ['  in process: load + resolve', ...stats(phases.open)],
    ['  in process: plan (check + lint)', ...stats(phases.plan)],
    ['  in process: write module file', ...stats(phases.write)],
    ['  in process: rebuild', ...stats(phases.build)],
  ],
);
report.log(`rebuild: ${changed}`);
report.figure({
  name: 'gen new-table + rebuild, full spec (median)',
  value: fmtMs(median(cli)),
  target: '≈ 1 s',
  met: median(cli) <= 1200,
});
report.figure({ name: 'gen validate, full spec (median)', value: fmtMs(median(validate)) });
report.finish({ runs: n, table: TABLE, columns: COLUMNS, cliMs: cli, validateMs: validate, phasesMs: phases });

function stats(samples: readonly number[]): string[] {
  return [fmtMs(median(samples)), fmtMs(Math.min(...samples)), fmtMs(Math.max(...samples))];
}

function context(): string {
  const opened = openSpec(REPO_SPEC);
  return opened.context
    ? `${opened.context.model.tables.length} tables in ${opened.context.model.modules.length} modules`
    : 'spec does not load';
}
