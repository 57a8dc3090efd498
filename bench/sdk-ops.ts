/**
 * Figure 4: SDK overhead. Single-row insert, select by id and a keyset page of 20 on soc_posts,
 * through the SDK with validation on and off, against raw `pg` named prepared statements with
 * the same SQL text the SDK sends (so the ratio is the SDK's own cost: validation, statement
 * cache, parsing, error mapping), all on one pg.Pool against the same server. Plain Kysely on
 * the same pool is measured for reference.
 *
 * Each round runs every variant for BENCH_OP_MS (default 1500 ms) with CONCURRENCY operations in
 * flight, in a shuffled order; the figures are the medians over rounds, the ratios the medians
 * of each round's ratio to raw pg (both sides saw the same machine state).
 *
 *   npx tsx bench/sdk-ops.ts            (BENCH_RUNS=rounds, BENCH_OP_MS=ms per variant)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createDb } from '../packages/db/src/index.js';
import type { DB } from '../packages/db/src/generated/database.js';
import { newSocPostSchema } from '../packages/db/src/generated/soc/schemas.js';
import { tables } from '../packages/db/src/generated/database.js';
import { dropBenchDatabases, ensureBenchDatabase, keepDatabases, serverVersion } from './lib/databases.js';
import { Report } from './lib/report.js';
import { REPO_ROOT, runs } from './lib/repo.js';
import { fmtOps, fmtRatio, median } from './lib/stats.js';
import { createHash } from 'node:crypto';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const POOL_SIZE = Number(process.env.BENCH_POOL ?? 8);
const OP_MS = Number(process.env.BENCH_OP_MS ?? 1500);
const ROUNDS = runs(7);
const PRELOAD = 2000;

const report = new Report('sdk-ops');
report.postgres = await serverVersion();
const ddl = readFileSync(join(REPO_ROOT, 'packages', 'db', 'sql', 'schema.sql'), 'utf8');
const dbName = `pcbench_sdk_${createHash('sha1').update(ddl).digest('hex').slice(0, 10)}`;
const url = await ensureBenchDatabase(dbName, ddl);

const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
pool.on('error', () => {}); // idle clients closed when the bench database is dropped
const validated = createDb({ pool, validate: true });
const unvalidated = createDb({ pool, validate: false });
const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });

// Fixtures: two authors, PRELOAD posts to read.
await pool.query('TRUNCATE soc_posts, profiles CASCADE');
const profile = (handle: string) =>
  validated.core.profiles.insert({ auth_user_id: crypto.randomUUID(), handle, full_name: 'Bench Author', email: `${handle}@example.in` });
// Reads go to one author's posts, inserts to another's, so the pages read do not grow during the run.
const author = await profile('bench_reader');
const writer = await profile('bench_writer');
for (let i = 0; i < PRELOAD; i += 200) {
  await Promise.all(
    Array.from({ length: 200 }, (_, j) =>
      validated.soc.posts.insert({ author_id: author.id, content: `Egg rates in Namakkal, day ${i + j}` }),
    ),
  );
}
const ids = (await pool.query<{ id: string }>('SELECT id FROM soc_posts ORDER BY id')).rows.map((r) => r.id);
// The second page of the author's feed: the usual read after the first.
const first = await validated.soc.posts.page({ where: { author_id: author.id }, orderBy: { created_at: 'desc' }, limit: 20 });
const cursor = first.next as string;
const cursorValues = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as string[];

// The SQL the SDK sends for these operations, sent by hand as named prepared statements.
const q = (c: string) => `"${c}"`;
const columns = tables.soc.posts.columns.map(q).join(', ');
const RAW = {
  insert: `INSERT INTO "soc_posts" ("author_id", "content") VALUES ($1, $2) RETURNING ${columns}`,
  select: `SELECT ${columns} FROM "soc_posts" WHERE "id" = $1`,
  page: `SELECT ${columns}, "created_at"::text AS "__cursor_0", "id"::text AS "__cursor_1" FROM "soc_posts" WHERE "author_id" = $1 AND ("created_at", "id") < ($2, $3) ORDER BY "created_at" DESC, "id" DESC LIMIT $4`,
};

let counter = 0;
const content = () => `Layer prices up in Namakkal (${counter++})`;
const anyId = () => ids[Math.floor(Math.random() * ids.length)] as string;

type Op = () => Promise<unknown>;
const variants: Record<string, Record<string, Op>> = {
  insert: {
    'raw pg': () => pool.query({ name: 'raw_insert', text: RAW.insert, values: [writer.id, content()] }),
    'SDK, validation on': () => validated.soc.posts.insert({ author_id: writer.id, content: content() }),
    'SDK, validation off': () => unvalidated.soc.posts.insert({ author_id: writer.id, content: content() }),
    'plain Kysely': () =>
      kysely.insertInto('soc_posts').values({ author_id: writer.id, content: content() }).returningAll().executeTakeFirst(),
    'Kysely + zod': () =>
      kysely
        .insertInto('soc_posts')
        .values(newSocPostSchema.parse({ author_id: writer.id, content: content() }))
        .returningAll()
        .executeTakeFirst(),
  },
  'select by id': {
    'raw pg': () => pool.query({ name: 'raw_select', text: RAW.select, values: [anyId()] }),
    'SDK, validation on': () => validated.soc.posts.findById(anyId()),
    'SDK, validation off': () => unvalidated.soc.posts.findById(anyId()),
    'plain Kysely': () => kysely.selectFrom('soc_posts').selectAll().where('id', '=', anyId()).executeTakeFirst(),
  },
  'page of 20': {
    'raw pg': async () => {
      const { rows } = await pool.query({ name: 'raw_page', text: RAW.page, values: [author.id, ...cursorValues, 21] });
      return rows.slice(0, 20);
    },
    'SDK, validation on': () =>
      validated.soc.posts.page({ where: { author_id: author.id }, orderBy: { created_at: 'desc' }, limit: 20, after: cursor }),
    'SDK, validation off': () =>
      unvalidated.soc.posts.page({ where: { author_id: author.id }, orderBy: { created_at: 'desc' }, limit: 20, after: cursor }),
    'plain Kysely': () =>
      kysely
        .selectFrom('soc_posts')
        .selectAll()
        .where('author_id', '=', author.id)
        .where((eb) =>
          eb.or([
            eb('created_at', '<', new Date(cursorValues[0] as string)),
            eb.and([eb('created_at', '=', new Date(cursorValues[0] as string)), eb('id', '<', cursorValues[1] as string)]),
          ]),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(21)
        .execute(),
  },
};

async function throughput(op: Op, ms: number): Promise<number> {
  let count = 0;
  const started = performance.now();
  const end = started + ms;
  const worker = async () => {
    while (performance.now() < end) {
      await op();
      count++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return count / ((performance.now() - started) / 1000);
}

const shuffle = <T>(items: T[]): T[] => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
};

// Warm-up: every statement prepared on every connection, JIT warm.
for (const ops of Object.values(variants)) for (const op of Object.values(ops)) await throughput(op, 300);

const results: Record<string, Record<string, { ops: number[]; ratios: number[] }>> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const [operation, ops] of Object.entries(variants)) {
    const measured: Record<string, number> = {};
    for (const name of shuffle(Object.keys(ops))) measured[name] = await throughput(ops[name] as Op, OP_MS);
    for (const [name, value] of Object.entries(measured)) {
      const entry = ((results[operation] ??= {})[name] ??= { ops: [], ratios: [] });
      entry.ops.push(value);
      entry.ratios.push(value / (measured['raw pg'] as number));
    }
  }
}

const rows: string[][] = [];
for (const [operation, byVariant] of Object.entries(results)) {
  for (const [name, { ops, ratios }] of Object.entries(byVariant)) {
    rows.push([`${operation}: ${name}`, `${fmtOps(median(ops))} ops/s`, name === 'raw pg' ? '1.00×' : fmtRatio(median(ratios))]);
    if (name === 'SDK, validation on' || name === 'SDK, validation off') {
      const r = median(ratios);
      report.figure({
        name: `${operation}, ${name}`,
        value: `${fmtOps(median(ops))} ops/s vs raw pg ${fmtOps(median(byVariant['raw pg']?.ops ?? []))} ops/s`,
        ratio: r,
        ...(name === 'SDK, validation on' ? { target: '≥ 0.9×', met: r >= 0.9 } : {}),
      });
    }
  }
}
report.log('');
report.log(`${ROUNDS} rounds × ${OP_MS} ms per variant, ${CONCURRENCY} in flight, pool of ${POOL_SIZE}`);
report.table(['operation', 'throughput', 'vs raw pg'], rows);

await kysely.destroy();
await pool.end().catch(() => {});
if (!keepDatabases()) await dropBenchDatabases(dbName);
report.finish({ rounds: ROUNDS, opMs: OP_MS, concurrency: CONCURRENCY, pool: POOL_SIZE, results });
