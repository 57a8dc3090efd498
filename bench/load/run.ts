/**
 * The load test: 1,000 simulated members at once against the server through @poultryco/db, with
 * a realistic mix (feed pages, notifications, likes, comments, posts, messages; see simulate.ts),
 * bounded in time and count, then the same mix through raw `pg` for the ratio. Loopback only.
 *
 * Each variant runs in a fresh copy (CREATE DATABASE … TEMPLATE) of a database seeded once by
 * `gen seed` (LOAD_SEED_ROWS rows per live table), so both start from the same data. Afterwards
 * every acknowledged write is looked up: counts and ids must all be there, and the tables must
 * hold nothing else new.
 *
 *   npx tsx bench/load/run.ts    (LOAD_USERS=1000 LOAD_SECONDS=30 LOAD_MAX_OPS=300000 LOAD_POOL=20 BENCH_RUNS=1)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { connectDb } from '../../generator/src/db/db-client.js';
import { loadModelOrThrow } from '../../generator/src/pipeline/load-model.js';
import { modelForPhase } from '../../generator/src/model/model.js';
import { runSeed } from '../../generator/src/seed/run-seed.js';
import { databaseUrl, dropBenchDatabases, ensureBenchDatabase, keepDatabases, serverVersion } from '../lib/databases.js';
import { Report } from '../lib/report.js';
import { BENCH_DATABASE_URL, REPO_ROOT, REPO_SPEC, runs } from '../lib/repo.js';
import { fmtRatio, median, percentileSorted } from '../lib/stats.js';
import { rawClient, sdkClient, type LoadClient } from './clients.js';
import { MIX, simulate, type Acknowledged, type RunStats, type World } from './simulate.js';

const USERS = Number(process.env.LOAD_USERS ?? 1000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const MAX_OPS = Number(process.env.LOAD_MAX_OPS ?? 300_000);
const POOL = Number(process.env.LOAD_POOL ?? 20);
const SEED_ROWS = Number(process.env.LOAD_SEED_ROWS ?? 1000);

const host = new URL(BENCH_DATABASE_URL).hostname;
if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
  process.stderr.write(`bench/load runs against a loopback server only, not ${host}\n`);
  process.exit(2);
}

const report = new Report('load');
report.postgres = await serverVersion();

// The seeded template: the live schema plus SEED_ROWS rows per table, made once.
const ddl = readFileSync(join(REPO_ROOT, 'packages', 'db', 'sql', 'schema.sql'), 'utf8');
const template = `pcbench_load_${createHash('sha1').update(`${ddl}${SEED_ROWS}`).digest('hex').slice(0, 10)}`;
const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
await admin.connect();
const { rows: existing } = await admin.query<{ ready: string | null }>(
  `SELECT shobj_description(oid, 'pg_database') AS ready FROM pg_database WHERE datname = $1`,
  [template],
);
if (existing[0]?.ready !== 'seeded') {
  report.log(`seeding ${template}: ${SEED_ROWS} rows per live table…`);
  const url = await ensureBenchDatabase(template, ddl);
  const db = await connectDb(url);
  const seeded = await runSeed(db, modelForPhase(loadModelOrThrow(REPO_SPEC), 'live'), { rows: SEED_ROWS, seed: 'load' });
  await db.close();
  report.log(`seeded ${seeded.inserted} rows in ${(seeded.ms / 1000).toFixed(1)} s`);
  await admin.query(`COMMENT ON DATABASE "${template}" IS 'seeded'`);
}

async function world(pool: pg.Pool): Promise<World> {
  const ids = async (sql: string) => (await pool.query<{ id: string }>(sql)).rows.map((r) => r.id);
  return {
    users: (await ids(`SELECT id FROM profiles ORDER BY id LIMIT ${USERS}`)).slice(0, USERS),
    posts: await ids('SELECT id FROM soc_posts ORDER BY id'),
    conversations: await ids('SELECT id FROM msg_conversations ORDER BY id'),
  };
}

/** Every acknowledged write is stored, and nothing else was added. */
async function verify(
  pool: pg.Pool,
  ack: Acknowledged,
  before: Record<string, number>,
): Promise<{ lost: number; phantom: number; checked: number }> {
  let lost = 0;
  let phantom = 0;
  const present = async (table: string, ids: readonly string[]) => {
    let found = 0;
    for (let i = 0; i < ids.length; i += 10_000)
      found +=
        (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::uuid[])`, [ids.slice(i, i + 10_000)]))
          .rows[0]?.n ?? 0;
    return found;
  };
  for (const [table, ids] of [
    ['soc_posts', ack.posts],
    ['soc_post_comments', ack.comments],
    ['msg_messages', ack.messages],
  ] as const) {
    const found = await present(table, ids);
    lost += ids.length - found;
    const total = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? 0;
    phantom += Math.max(0, total - (before[table] ?? 0) - ids.length);
  }
  const pairs = [...ack.likes].map((p) => p.split('|') as [string, string]);
  let likes = 0;
  for (let i = 0; i < pairs.length; i += 10_000) {
    const chunk = pairs.slice(i, i + 10_000);
    likes +=
      (
        await pool.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM soc_post_likes l JOIN unnest($1::uuid[], $2::uuid[]) AS a(post_id, profile_id) USING (post_id, profile_id)',
          [chunk.map((p) => p[0]), chunk.map((p) => p[1])],
        )
      ).rows[0]?.n ?? 0;
  }
  lost += pairs.length - likes;
  return { lost, phantom, checked: ack.posts.length + ack.comments.length + ack.messages.length + pairs.length };
}

interface VariantResult {
  readonly stats: RunStats;
  readonly throughput: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly lost: number;
  readonly phantom: number;
  readonly checked: number;
}

async function runVariant(name: 'SDK' | 'raw pg', round: number): Promise<VariantResult> {
  const copy = `pcbench_loadrun_${process.pid}_${round}_${name === 'SDK' ? 'sdk' : 'raw'}`;
  await admin.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${template}"`);
  const pool = new pg.Pool({ connectionString: databaseUrl(copy), max: POOL });
  pool.on('error', () => {});
  try {
    const w = await world(pool);
    const before: Record<string, number> = {};
    for (const table of ['soc_posts', 'soc_post_comments', 'msg_messages'])
      before[table] = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? 0;
    const client: LoadClient = name === 'SDK' ? sdkClient(pool) : rawClient(pool);
    const stats = await simulate(client, w, { users: USERS, seconds: SECONDS, maxOps: MAX_OPS }, `round ${round}`);
    const all = Float64Array.from([...stats.latencies.values()].flat()).sort();
    const check = await verify(pool, stats.acknowledged, before);
    return {
      stats,
      throughput: (stats.ops - stats.errors) / (stats.ms / 1000),
      p50: percentileSorted(all, 50),
      p95: percentileSorted(all, 95),
      p99: percentileSorted(all, 99),
      ...check,
    };
  } finally {
    await pool.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
  }
}

const rounds = runs(1);
const results: Record<'SDK' | 'raw pg', VariantResult[]> = { SDK: [], 'raw pg': [] };
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first, so neither always meets a warmer server.
  for (const name of round % 2 === 0 ? (['SDK', 'raw pg'] as const) : (['raw pg', 'SDK'] as const)) {
    if (process.env.LOAD_ONLY && process.env.LOAD_ONLY !== name) continue;
    const r = await runVariant(name, round);
    results[name].push(r);
    report.log(
      `${name.padEnd(6)} round ${round + 1}: ${r.stats.ops} ops in ${(r.stats.ms / 1000).toFixed(1)} s, ${r.throughput.toFixed(0)} ops/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.stats.errors} errors, ${r.lost} lost / ${r.checked} writes checked, ${r.phantom} unexpected rows; client CPU ${r.stats.cpuPerOp.toFixed(0)} µs/op`,
    );
    for (const e of r.stats.firstErrors) report.log(`    ${e}`);
  }
}

const m = (name: 'SDK' | 'raw pg', key: 'throughput' | 'p50' | 'p95' | 'p99') => median(results[name].map((r) => r[key]));
const sum = (name: 'SDK' | 'raw pg', key: 'lost' | 'phantom' | 'checked') => results[name].reduce((n, r) => n + r[key], 0);
const errors = (name: 'SDK' | 'raw pg') => results[name].reduce((n, r) => n + r.stats.errors, 0);
const rows = (['SDK', 'raw pg'] as const).map((name) => [
  name,
  `${m(name, 'throughput').toFixed(0)} ops/s`,
  `${m(name, 'p50').toFixed(1)} ms`,
  `${m(name, 'p95').toFixed(1)} ms`,
  `${m(name, 'p99').toFixed(1)} ms`,
  String(errors(name)),
  `${sum(name, 'lost')} of ${sum(name, 'checked')}`,
  `${median(results[name].map((r) => r.stats.cpuPerOp)).toFixed(0)} µs`,
]);
// Per action, SDK against raw, p99.
const perAction = MIX.map(([action]) => {
  const p = (name: 'SDK' | 'raw pg') =>
    median(results[name].map((r) => percentileSorted(Float64Array.from(r.stats.latencies.get(action) ?? []).sort(), 99)));
  return [action, `${p('SDK').toFixed(1)} ms`, `${p('raw pg').toFixed(1)} ms`, fmtRatio(p('SDK') / p('raw pg'))];
});

report.log('');
report.log(
  `${USERS} users, ${SECONDS} s or ${MAX_OPS} operations per run, pool of ${POOL}, ${rounds} round(s); seed: ${SEED_ROWS} rows per live table`,
);
report.table(['variant', 'throughput', 'p50', 'p95', 'p99', 'errors', 'lost writes', 'client CPU/op'], rows);
report.log('');
report.table(['action', 'SDK p99', 'raw pg p99', 'ratio'], perAction);
const tRatio = m('SDK', 'throughput') / m('raw pg', 'throughput');
const pRatio = m('SDK', 'p99') / m('raw pg', 'p99');
report.figure({
  name: 'load test throughput, SDK',
  value: `${m('SDK', 'throughput').toFixed(0)} ops/s vs raw pg ${m('raw pg', 'throughput').toFixed(0)} ops/s`,
  ratio: tRatio,
  target: '≥ 0.9×',
  met: tRatio >= 0.9,
});
report.figure({
  name: 'load test p99, SDK',
  value: `${m('SDK', 'p99').toFixed(1)} ms vs raw pg ${m('raw pg', 'p99').toFixed(1)} ms (p50 ${m('SDK', 'p50').toFixed(1)} / ${m('raw pg', 'p50').toFixed(1)} ms, p95 ${m('SDK', 'p95').toFixed(1)} / ${m('raw pg', 'p95').toFixed(1)} ms)`,
  ratio: pRatio,
  target: '≤ 1.2×',
  met: pRatio <= 1.2,
});
const bad =
  errors('SDK') + errors('raw pg') + sum('SDK', 'lost') + sum('raw pg', 'lost') + sum('SDK', 'phantom') + sum('raw pg', 'phantom');
report.figure({
  name: 'load test errors and lost writes',
  value: `SDK ${errors('SDK')} errors, ${sum('SDK', 'lost')} lost of ${sum('SDK', 'checked')}; raw pg ${errors('raw pg')} errors, ${sum('raw pg', 'lost')} lost of ${sum('raw pg', 'checked')}`,
  target: 'zero',
  met: bad === 0,
});
await admin.end();
if (!keepDatabases()) await dropBenchDatabases(template);
report.finish({
  users: USERS,
  seconds: SECONDS,
  maxOps: MAX_OPS,
  pool: POOL,
  seedRows: SEED_ROWS,
  rounds: Object.fromEntries(
    Object.entries(results).map(([k, rs]) => [
      k,
      rs.map((r) => ({
        ops: r.stats.ops,
        errors: r.stats.errors,
        ms: r.stats.ms,
        throughput: r.throughput,
        p50: r.p50,
        p95: r.p95,
        p99: r.p99,
        lost: r.lost,
        phantom: r.phantom,
        checked: r.checked,
      })),
    ]),
  ),
});
