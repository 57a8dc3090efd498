/**
 * Figure 3: what the generated SDK costs the TypeScript compiler of a service that uses it.
 *
 * For the 585-table spec and the synthetic 2,000-table one, a consumer file touching 20 tables
 * (findById, findMany and a db.kysely query each) is type-checked against the SDK as a service
 * installs it (declaration files built from the generated sources), and an equivalent file (the
 * same three queries per table through Kysely) against kysely-codegen's output for the same
 * database. tsc 5.9 (the repository's) and tsc 7 (bench/tools) both; wall time and peak RSS,
 * medians of fresh processes; `skipLibCheck`, as services compile.
 *
 *   npx tsx bench/typecheck.ts            (BENCH_SIZES=585,2000, BENCH_RUNS=n)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadModelOrThrow } from '../generator/src/pipeline/load-model.js';
import { modelForPhase, type Model, type Table } from '../generator/src/model/model.js';
import { moduleNamespace, tableNames } from '../generator/src/emit/ts/ts-names.js';
import { dropBenchDatabases, ensureBenchDatabase, keepDatabases, serverVersion } from './lib/databases.js';
import { nodeCommand, timeProcess } from './lib/process.js';
import { runKyselyCodegen } from './lib/kysely-codegen.js';
import { Report } from './lib/report.js';
import { REPO_ROOT, runs, TOOLS_DIR, TSC5_BIN, TSC7_BIN } from './lib/repo.js';
import { primeBuild, specSizes } from './lib/sizes.js';
import { fmtMb, fmtMs, fmtRatio, median } from './lib/stats.js';

const TABLES_USED = 20;
/** Inside the repository, so the consumers resolve kysely, zod and pg from its node_modules. */
const WORK = join(REPO_ROOT, 'bench', '.work', 'typecheck');

if (!existsSync(TSC7_BIN)) execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: TOOLS_DIR, stdio: 'inherit' });

const report = new Report('typecheck');
report.postgres = await serverVersion();
const rows: string[][] = [];
const details: unknown[] = [];

/** Tables with an `id` key, spread over the whole schema (every module gets its share). */
function chooseTables(model: Model): Table[] {
  const keyed = model.tables.filter((t) => t.primaryKey?.columns.length === 1 && t.primaryKey.columns[0] === 'id');
  const step = Math.max(1, Math.floor(keyed.length / TABLES_USED));
  return keyed.filter((_, i) => i % step === 0).slice(0, TABLES_USED);
}

function consumerOurs(model: Model, tables: readonly Table[]): string {
  const modules = new Map(model.modules.map((m) => [m.key, m]));
  const lines = [
    "import { createDb } from '@poultryco/db';",
    '',
    "const db = createDb({ connectionString: process.env.DATABASE_URL ?? '' });",
  ];
  tables.forEach((t, i) => {
    const module = modules.get(t.module);
    if (!module) return;
    const repo = `db.${moduleNamespace(module)}.${tableNames(t, module).repository}`;
    lines.push(
      '',
      `export async function use${i}(id: string) {`,
      `  const row = await ${repo}.findById(id);`,
      `  const many = await ${repo}.findMany({ where: { id }, orderBy: { id: 'asc' }, limit: 20 });`,
      `  const viaKysely = await db.kysely.selectFrom('${t.name}').selectAll().where('id', '=', id).executeTakeFirst();`,
      '  return [row?.id, many.length, viaKysely?.id];',
      '}',
    );
  });
  return `${lines.join('\n')}\n`;
}

function consumerKysely(tables: readonly Table[]): string {
  const lines = [
    "import { Kysely, PostgresDialect } from 'kysely';",
    "import pg from 'pg';",
    "import type { DB } from './db.js';",
    '',
    'const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) }) });',
  ];
  tables.forEach((t, i) => {
    lines.push(
      '',
      `export async function use${i}(id: string) {`,
      `  const row = await db.selectFrom('${t.name}').selectAll().where('id', '=', id).executeTakeFirst();`,
      `  const many = await db.selectFrom('${t.name}').selectAll().where('id', '=', id).orderBy('id', 'asc').limit(20).execute();`,
      `  const again = await db.selectFrom('${t.name}').selectAll().where('id', '=', id).executeTakeFirst();`,
      '  return [row?.id, many.length, again?.id];',
      '}',
    );
  });
  return `${lines.join('\n')}\n`;
}

const consumerTsconfig = JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    },
    files: ['consumer.ts'],
  },
  null,
  2,
);

/** The SDK as a service installs it: the runtime plus this size's generated files, compiled to declarations. */
function buildPackage(generatedDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const src = join(REPO_ROOT, 'packages', 'db', 'src');
  cpSync(src, join(dir, 'src'), {
    recursive: true,
    filter: (path) => !path.startsWith(join(src, 'generated')) && !path.endsWith('.test.ts'),
  });
  cpSync(generatedDir, join(dir, 'src', 'generated'), { recursive: true });
  cpSync(join(REPO_ROOT, 'packages', 'db', 'package.json'), join(dir, 'package.json'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../../../tsconfig.base.json',
      compilerOptions: { outDir: 'dist', rootDir: 'src', declaration: true, emitDeclarationOnly: true },
      include: ['src'],
    }),
  );
  execFileSync(nodeCommand, [TSC5_BIN, '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
}

for (const size of specSizes(['585', '2000'])) {
  const prime = await primeBuild(size);
  const model = modelForPhase(loadModelOrThrow(size.spec), size.phase);
  const tables = chooseTables(model);
  const base = join(WORK, size.key);
  mkdirSync(base, { recursive: true });

  // Ours: the package, and a consumer with node_modules/@poultryco/db pointing at it.
  buildPackage(join(prime.dir, 'packages', 'db', 'src', 'generated'), join(base, 'pkg'));
  const ours = join(base, 'consumer-ours');
  rmSync(ours, { recursive: true, force: true });
  mkdirSync(join(ours, 'node_modules', '@poultryco'), { recursive: true });
  symlinkSync(join(base, 'pkg'), join(ours, 'node_modules', '@poultryco', 'db'), 'dir');
  writeFileSync(join(ours, 'consumer.ts'), consumerOurs(model, tables));
  writeFileSync(join(ours, 'tsconfig.json'), consumerTsconfig);
  writeFileSync(join(ours, 'package.json'), '{ "type": "module", "private": true }\n');

  // kysely-codegen: its types for the same database, and the same queries through Kysely.
  const url = await ensureBenchDatabase(`pcbench_${prime.hash}`, prime.ddl);
  const theirs = join(base, 'consumer-kysely');
  rmSync(theirs, { recursive: true, force: true });
  mkdirSync(theirs, { recursive: true });
  await runKyselyCodegen(url, join(theirs, 'db.d.ts'));
  writeFileSync(join(theirs, 'consumer.ts'), consumerKysely(tables));
  writeFileSync(join(theirs, 'tsconfig.json'), consumerTsconfig);
  writeFileSync(join(theirs, 'package.json'), '{ "type": "module", "private": true }\n');
  if (!keepDatabases()) await dropBenchDatabases(`pcbench_${prime.hash}`);

  const n = runs(5);
  for (const [compiler, bin] of [
    ['tsc 5.9', TSC5_BIN],
    ['tsc 7', TSC7_BIN],
  ] as const) {
    const samples = {
      ours: [] as number[],
      theirs: [] as number[],
      oursRss: [] as number[],
      theirsRss: [] as number[],
      oursCpu: [] as number[],
      theirsCpu: [] as number[],
    };
    for (let i = 0; i < n; i++) {
      for (const [dir, ms, rss, cpu] of [
        [ours, samples.ours, samples.oursRss, samples.oursCpu],
        [theirs, samples.theirs, samples.theirsRss, samples.theirsCpu],
      ] as const) {
        const run = await timeProcess(nodeCommand, [bin, '-p', join(dir, 'tsconfig.json')], { allowFailure: true });
        if (run.code !== 0) throw new Error(`${compiler} found errors in ${dir}:\n${run.stdout.slice(0, 3000)}`);
        ms.push(run.ms);
        rss.push(run.peakRssMb);
        cpu.push(run.cpuMs);
      }
    }
    const m = {
      ours: median(samples.ours),
      theirs: median(samples.theirs),
      oursRss: median(samples.oursRss),
      theirsRss: median(samples.theirsRss),
      oursCpu: median(samples.oursCpu),
      theirsCpu: median(samples.theirsCpu),
    };
    rows.push([
      `${size.label} (${prime.tables}), ${compiler}`,
      fmtMs(m.ours),
      fmtMs(m.theirs),
      fmtRatio(m.ours / m.theirs),
      `${fmtMs(m.oursCpu)} / ${fmtMs(m.theirsCpu)} (${fmtRatio(m.oursCpu / m.theirsCpu)})`,
      fmtMb(m.oursRss),
      fmtMb(m.theirsRss),
    ]);
    report.figure({
      name: `type-check, ${prime.tables} tables, ${compiler}`,
      value: `${fmtMs(m.ours)} (${fmtMb(m.oursRss)}) vs kysely-codegen ${fmtMs(m.theirs)} (${fmtMb(m.theirsRss)}); CPU ${fmtMs(m.oursCpu)} vs ${fmtMs(m.theirsCpu)} (${fmtRatio(m.oursCpu / m.theirsCpu)})`,
      ratio: m.ours / m.theirs,
      ...(size.key === '585' ? { target: '≤ 1.0×', met: m.ours / m.theirs <= 1 } : {}),
    });
    details.push({ size: size.key, tables: prime.tables, compiler, runs: n, medians: m, samples, used: tables.map((t) => t.name) });
  }
  // The generated package's declaration files, for the record (what a consumer's compiler loads).
  details.push({ size: size.key, declarationFiles: readdirSync(join(base, 'pkg', 'dist', 'generated')).length });
}

report.log('');
report.log(`consumer: ${TABLES_USED} tables × (findById, findMany, a Kysely select); same queries through Kysely for kysely-codegen`);
report.table(
  ['spec, compiler', 'SDK', 'kysely-codegen', 'ratio', 'CPU: SDK / kysely-codegen', 'SDK peak RSS', 'kysely-codegen peak RSS'],
  rows,
);
report.finish(details);
