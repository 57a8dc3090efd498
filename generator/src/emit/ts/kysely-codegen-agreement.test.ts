import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { Kysely, PGliteDialect, PostgresDialect as KyselyPostgresDialect } from 'kysely';
import { generate, PostgresDialect, type DatabaseMetadata } from 'kysely-codegen';
import pg from 'pg';
import { Project, ts, type Node, type Type } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { applyScript } from '../../db/apply-script.js';
import { connectDb } from '../../db/db-client.js';
import { modelForPhase } from '../../model/model.js';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { REPO_ROOT, REPO_SPEC } from '../../test-support/paths.js';

/*
 * Applies the live DDL to a fresh database, runs kysely-codegen on it, and compares with the
 * TypeScript checker every table's columns, nullability and select/insert/update types with the
 * SDK's (packages/db/src/generated). Types are compared by assignability both ways, so
 * `Generated<Timestamp>` and `ColumnType<Date, Date | string | undefined, Date | string>` agree.
 * kysely-codegen runs with the SDK's value mapping; every difference left must be one of
 * DELIBERATE (each a row of docs/sdk-types.md), and each of those must still occur.
 */

const GENERATED_DIR = join(REPO_ROOT, 'packages', 'db', 'src', 'generated');
const SCHEMA_SQL = join(REPO_ROOT, 'packages', 'db', 'sql', 'schema.sql');
const DOC = join(REPO_ROOT, 'docs', 'sdk-types.md');

/**
 * kysely-codegen set to return what the SDK's drivers return (packages/db/src/driver/type-parsers.ts).
 * int8 and numeric need no mapping: its defaults (`Int8`, `Numeric`) already select a string.
 * On the command line: --date-parser string --type-mapping '{"timestamp":"string","interval":"string","bytea":"Uint8Array"}'
 */
const DATE_PARSER = 'string';
const TYPE_MAPPING = { timestamp: 'string', interval: 'string', bytea: 'Uint8Array' };

type Aspect = 'column' | 'nullability' | 'select' | 'insert' | 'update';

interface Difference {
  readonly table: string;
  readonly column: string;
  readonly aspect: Aspect;
  readonly ours: string;
  readonly theirs: string;
  /** Ours is assignable to theirs: a narrower type, a required key theirs makes optional, a key left out. */
  readonly oursNarrower: boolean;
}

/** What the spec says of a column, as far as the deliberate differences depend on it. */
interface ColumnFacts {
  readonly json: boolean;
  readonly shape: boolean;
  readonly generatedAlways: boolean;
}

interface Deliberate {
  /** The row of docs/sdk-types.md that explains it. */
  readonly id: string;
  applies(difference: Difference, column: ColumnFacts): boolean;
}

const JSON_VALUE = /\bJson(Value|Object|Array)\b/;

const DELIBERATE: readonly Deliberate[] = [
  {
    // PostgreSQL rejects writing a GENERATED ALWAYS column (identity or stored expression): ours
    // leaves it out of insert and update; kysely-codegen makes it Generated<> (optional, writable).
    id: 'generated-always',
    applies: (d, c) => c.generatedAlways && (d.aspect === 'insert' || d.aspect === 'update') && d.ours === '(absent)',
  },
  {
    // The spec declares the value's shape: ours is that interface (required on insert when NOT
    // NULL without default); kysely-codegen has only its JsonValue, null included.
    id: 'json-shape',
    applies: (d, c) => c.shape && d.aspect !== 'column' && JSON_VALUE.test(d.theirs) && !JSON_VALUE.test(d.ours),
  },
  {
    // No declared shape: ours is Json, whose objects cannot hold `undefined` (JSON has none).
    id: 'json-no-undefined',
    applies: (d, c) => c.json && !c.shape && d.aspect !== 'column' && d.oursNarrower,
  },
];

interface Fresh {
  readonly kysely: Kysely<unknown>;
  close(): Promise<void>;
}

/** The live DDL in a fresh database: a new database on the server, else a new PGlite. */
async function freshDatabase(ddl: string): Promise<Fresh> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const pglite = await PGlite.create({ extensions: { citext } });
    await pglite.exec(ddl);
    const kysely = new Kysely<unknown>({ dialect: new PGliteDialect({ pglite }) });
    return { kysely, close: () => kysely.destroy() };
  }
  // A database of its own, not a schema: kysely-codegen introspects every schema it can see.
  const name = `codegen_${randomBytes(6).toString('hex')}`;
  const admin = await connectDb(url);
  await admin.exec(`CREATE DATABASE ${name}`);
  const dropDatabase = async () => {
    await admin.exec(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.close();
  };
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  try {
    const client = await connectDb(dbUrl.toString());
    await applyScript(client, ddl).finally(() => client.close());
  } catch (error) {
    await dropDatabase();
    throw error;
  }
  const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: 4 });
  // pool.end() resolves before its sockets close, so DROP … WITH (FORCE) may terminate a session
  // already on its way out (57P01); the pool reports that as an error nobody needs to handle.
  pool.on('error', () => {});
  const kysely = new Kysely<unknown>({ dialect: new KyselyPostgresDialect({ pool }) });
  return {
    kysely,
    close: async () => {
      await kysely.destroy();
      await dropDatabase();
    },
  };
}

/** Runs kysely-codegen into a temporary file; returns its text and the metadata it worked from. */
async function runKyselyCodegen(kysely: Kysely<unknown>): Promise<{ source: string; metadata: DatabaseMetadata }> {
  const dir = await mkdtemp(join(tmpdir(), 'kysely-codegen-'));
  try {
    let metadata: DatabaseMetadata | null = null;
    const outFile = join(dir, 'db.d.ts');
    await generate({
      db: kysely,
      dialect: new PostgresDialect({ dateParser: DATE_PARSER }),
      typeMapping: TYPE_MAPPING,
      defaultSchemas: ['public'],
      outFile,
      postprocess: async ({ metadata: m }) => (metadata = m),
    });
    if (!metadata) throw new Error('kysely-codegen produced no metadata');
    return { source: await readFile(outFile, 'utf8'), metadata };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function columnFacts(): Map<string, ColumnFacts> {
  const model = modelForPhase(loadModelOrThrow(REPO_SPEC), 'live');
  const facts = new Map<string, ColumnFacts>();
  for (const table of model.tables) {
    for (const c of table.columns) {
      facts.set(`${table.name}.${c.name}`, {
        json: c.type.kind === 'scalar' && (c.type.name === 'jsonb' || c.type.name === 'json'),
        shape: c.shape !== null,
        generatedAlways: c.identity === 'always' || c.generated !== null,
      });
    }
  }
  return facts;
}

interface Row {
  readonly keys: ReadonlyMap<string, { readonly type: Type; readonly optional: boolean }>;
}

/**
 * Both DB interfaces, as Kysely's Selectable / Insertable / Updateable see them, read with the
 * checker from one probe file next to the generated types.
 */
function compare(codegenSource: string): { differences: Difference[]; tables: number; columns: number } {
  const project = new Project({
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    },
  });
  project.createSourceFile(join(GENERATED_DIR, '__kysely_codegen__.ts'), codegenSource, { overwrite: true });
  const kinds = ['Selectable', 'Insertable', 'Updateable'] as const;
  const probe = project.createSourceFile(
    join(GENERATED_DIR, '__agreement_probe__.ts'),
    [
      "import type { Insertable, Selectable, Updateable } from 'kysely';",
      "import type { DB as Ours } from './database.js';",
      "import type { DB as Theirs } from './__kysely_codegen__.js';",
      ...kinds.flatMap((k) => [
        `export type Ours${k} = { [T in keyof Ours]: ${k}<Ours[T]> };`,
        `export type Theirs${k} = { [T in keyof Theirs]: ${k}<Theirs[T]> };`,
      ]),
    ].join('\n'),
    { overwrite: true },
  );
  const rows = (alias: string): Map<string, Row> => {
    const tables = new Map<string, Row>();
    for (const table of probe.getTypeAliasOrThrow(alias).getType().getProperties()) {
      const keys = new Map<string, { type: Type; optional: boolean }>();
      for (const column of table.getTypeAtLocation(probe).getProperties()) {
        keys.set(column.getName(), { type: column.getTypeAtLocation(probe), optional: column.hasFlags(ts.SymbolFlags.Optional) });
      }
      tables.set(table.getName(), { keys });
    }
    return tables;
  };
  const text = (type: Type) => type.getText(probe as Node, ts.TypeFormatFlags.NoTruncation);
  const differences: Difference[] = [];
  const [oursSelect, oursInsert, oursUpdate] = kinds.map((k) => rows(`Ours${k}`)) as [Map<string, Row>, Map<string, Row>, Map<string, Row>];
  const [theirsSelect, theirsInsert, theirsUpdate] = kinds.map((k) => rows(`Theirs${k}`)) as [
    Map<string, Row>,
    Map<string, Row>,
    Map<string, Row>,
  ];
  let columns = 0;
  for (const table of new Set([...oursSelect.keys(), ...theirsSelect.keys()])) {
    const ours = oursSelect.get(table);
    const theirs = theirsSelect.get(table);
    if (!ours || !theirs) {
      differences.push({
        table,
        column: '*',
        aspect: 'column',
        ours: ours ? 'table' : '(absent)',
        theirs: theirs ? 'table' : '(absent)',
        oursNarrower: false,
      });
      continue;
    }
    for (const column of new Set([...ours.keys.keys(), ...theirs.keys.keys()])) {
      columns++;
      const o = ours.keys.get(column);
      const t = theirs.keys.get(column);
      const add = (aspect: Aspect, oursText: string, theirsText: string, oursNarrower: boolean) =>
        differences.push({ table, column, aspect, ours: oursText, theirs: theirsText, oursNarrower });
      if (!o || !t) {
        add('column', o ? text(o.type) : '(absent)', t ? text(t.type) : '(absent)', false);
        continue;
      }
      const nullable = (type: Type) => type.isNull() || type.getUnionTypes().some((u) => u.isNull());
      if (nullable(o.type) !== nullable(t.type)) add('nullability', text(o.type), text(t.type), !nullable(o.type));
      else if (!sameType(o.type, t.type)) add('select', text(o.type), text(t.type), o.type.isAssignableTo(t.type));
      for (const [aspect, oursRows, theirsRows] of [
        ['insert', oursInsert, theirsInsert],
        ['update', oursUpdate, theirsUpdate],
      ] as const) {
        const oi = oursRows.get(table)?.keys.get(column);
        const ti = theirsRows.get(table)?.keys.get(column);
        const describe = (k: { type: Type; optional: boolean } | undefined) =>
          k ? `${k.optional ? '?: ' : ': '}${text(k.type)}` : '(absent)';
        if (!oi || !ti) {
          if (oi || ti) add(aspect, oi ? describe(oi) : '(absent)', describe(ti), !oi);
        } else if (oi.optional !== ti.optional || !sameType(oi.type, ti.type)) {
          add(aspect, describe(oi), describe(ti), (!oi.optional || ti.optional) && oi.type.isAssignableTo(ti.type));
        }
      }
    }
  }
  return { differences, tables: oursSelect.size, columns };
}

const sameType = (a: Type, b: Type): boolean => a.isAssignableTo(b) && b.isAssignableTo(a);

describe('agreement with kysely-codegen', () => {
  it('every table has the columns, nullability and select/insert/update types kysely-codegen gives it, but for the documented differences', async () => {
    const ddl = await readFile(SCHEMA_SQL, 'utf8');
    const database = await freshDatabase(ddl);
    const generated = await runKyselyCodegen(database.kysely).finally(() => database.close());
    const facts = columnFacts();
    const { differences, tables, columns } = compare(generated.source);
    expect(tables).toBe(generated.metadata.tables.length);
    expect(tables).toBeGreaterThanOrEqual(150);
    expect(columns).toBeGreaterThan(tables * 5);

    const used = new Set<string>();
    const unexplained = differences.filter((d) => {
      const column = facts.get(`${d.table}.${d.column}`);
      const rule = column && DELIBERATE.find((r) => r.applies(d, column));
      if (rule) used.add(rule.id);
      return !rule;
    });
    expect(unexplained.map((d) => `${d.table}.${d.column} ${d.aspect}: ours ${d.ours}, kysely-codegen ${d.theirs}`)).toEqual([]);
    // A rule nothing needs any more is a stale line in the docs.
    expect([...used].sort()).toEqual(DELIBERATE.map((r) => r.id).sort());
    const doc = await readFile(DOC, 'utf8');
    for (const rule of DELIBERATE) expect(doc, `docs/sdk-types.md explains ${rule.id}`).toContain(`\`${rule.id}\``);
  });
});
