import type { ColumnType } from './model.js';

/**
 * PostgreSQL scalar types the spec supports, as data: how each is spelled in SQL, which
 * parameters it takes, which extension it needs, and what the SDK returns for it.
 * Emitters and the introspector look types up here; nothing else maps types.
 */
export interface ScalarType {
  /** Canonical SQL spelling (without parameters). */
  readonly sql: string;
  /** Other spellings accepted in the spec and returned by the catalog (`format_type`). */
  readonly aliases: readonly string[];
  /** How the catalog's `format_type()` spells the stored type (serials are stored as their integer type). */
  readonly catalog: string;
  readonly params: 'none' | 'length' | 'precision';
  /** Extension that must be created before the type can be used. */
  readonly extension: string | null;
  /** For serial types: the integer type underneath (the column is NOT NULL with a sequence default). */
  readonly serialOf: string | null;
  /** TypeScript type of a selected value (packages/db/src/driver/type-parsers.ts makes it true at run time). */
  readonly ts: string;
  /** TypeScript type accepted on insert and update. */
  readonly tsInput: string;
  /** zod validator for input values; `{length}`, `{precision}`, `{scale}` are filled from the column type. */
  readonly zod: string;
  /** zod validator for selected values, where it differs from the input one. */
  readonly zodSelect: string;
  /** Broad category the lint rules and validators reason about. */
  readonly category:
    | 'uuid'
    | 'text'
    | 'integer'
    | 'decimal'
    | 'float'
    | 'boolean'
    | 'date'
    | 'time'
    | 'timestamp'
    | 'interval'
    | 'json'
    | 'binary'
    | 'network';
  /** Inclusive integer bounds, for validators. */
  readonly range: readonly [string, string] | null;
}

const scalar = (s: Partial<ScalarType> & Pick<ScalarType, 'sql' | 'ts' | 'category' | 'zod'>): ScalarType => ({
  catalog: s.sql,
  tsInput: s.ts,
  zodSelect: s.zod,
  aliases: [],
  params: 'none',
  extension: null,
  serialOf: null,
  range: null,
  ...s,
});

const INT2: readonly [string, string] = ['-32768', '32767'];
const INT4: readonly [string, string] = ['-2147483648', '2147483647'];
const INT8: readonly [string, string] = ['-9223372036854775808', '9223372036854775807'];

export const SCALAR_TYPES: Readonly<Record<string, ScalarType>> = {
  uuid: scalar({ sql: 'uuid', ts: 'string', category: 'uuid', zod: 'z.guid()' }),
  text: scalar({ sql: 'text', ts: 'string', category: 'text', zod: 'z.string()' }),
  varchar: scalar({
    sql: 'varchar',
    catalog: 'character varying',
    aliases: ['character varying'],
    params: 'length',
    ts: 'string',
    category: 'text',
    // PostgreSQL counts characters, zod's .max() UTF-16 units: 60 emoji are 120 units.
    zod: 'pg.varchar({length})',
  }),
  char: scalar({
    sql: 'char',
    catalog: 'character',
    aliases: ['character', 'bpchar'],
    params: 'length',
    ts: 'string',
    category: 'text',
    zod: 'pg.char({length})',
  }),
  citext: scalar({ sql: 'citext', extension: 'citext', ts: 'string', category: 'text', zod: 'z.string()' }),
  smallint: scalar({ sql: 'smallint', aliases: ['int2'], ts: 'number', category: 'integer', range: INT2, zod: 'pg.int2()' }),
  integer: scalar({ sql: 'integer', aliases: ['int', 'int4'], ts: 'number', category: 'integer', range: INT4, zod: 'pg.int4()' }),
  // int8 comes back as a string: a JS number loses precision past 2^53.
  bigint: scalar({
    sql: 'bigint',
    aliases: ['int8'],
    ts: 'string',
    tsInput: 'string | number | bigint',
    category: 'integer',
    range: INT8,
    zod: 'pg.int8()',
    zodSelect: 'pg.int8String()',
  }),
  smallserial: scalar({
    sql: 'smallserial',
    catalog: 'smallint',
    aliases: ['serial2'],
    serialOf: 'smallint',
    ts: 'number',
    category: 'integer',
    range: INT2,
    zod: 'pg.int2()',
  }),
  serial: scalar({
    sql: 'serial',
    catalog: 'integer',
    aliases: ['serial4'],
    serialOf: 'integer',
    ts: 'number',
    category: 'integer',
    range: INT4,
    zod: 'pg.int4()',
  }),
  bigserial: scalar({
    sql: 'bigserial',
    catalog: 'bigint',
    aliases: ['serial8'],
    serialOf: 'bigint',
    ts: 'string',
    tsInput: 'string | number | bigint',
    category: 'integer',
    range: INT8,
    zod: 'pg.int8()',
    zodSelect: 'pg.int8String()',
  }),
  // numeric comes back as a string: exact decimals (prices) must not pass through floats.
  numeric: scalar({
    sql: 'numeric',
    aliases: ['decimal'],
    params: 'precision',
    ts: 'string',
    tsInput: 'string | number',
    category: 'decimal',
    zod: 'pg.numeric({precision}, {scale})',
    zodSelect: 'pg.numericString()',
  }),
  real: scalar({ sql: 'real', aliases: ['float4'], ts: 'number', category: 'float', zod: 'pg.real()' }),
  'double precision': scalar({ sql: 'double precision', aliases: ['float8'], ts: 'number', category: 'float', zod: 'z.number()' }),
  boolean: scalar({ sql: 'boolean', aliases: ['bool'], ts: 'boolean', category: 'boolean', zod: 'z.boolean()' }),
  // date is a calendar day, not an instant: returned as 'YYYY-MM-DD' so no time zone shifts it.
  date: scalar({ sql: 'date', ts: 'string', category: 'date', zod: 'pg.date()' }),
  time: scalar({
    sql: 'time',
    catalog: 'time without time zone',
    aliases: ['time without time zone'],
    ts: 'string',
    category: 'time',
    zod: 'pg.time()',
  }),
  timestamptz: scalar({
    sql: 'timestamptz',
    catalog: 'timestamp with time zone',
    aliases: ['timestamp with time zone'],
    ts: 'Date',
    tsInput: 'Date | string',
    category: 'timestamp',
    zod: 'pg.timestamptz()',
    zodSelect: 'z.date()',
  }),
  // timestamp (without time zone) names no instant: returned as written ('2024-03-01 10:00:00'), never shifted by the client's zone.
  timestamp: scalar({
    sql: 'timestamp',
    catalog: 'timestamp without time zone',
    aliases: ['timestamp without time zone'],
    ts: 'string',
    category: 'timestamp',
    zod: 'pg.timestamp()',
  }),
  // interval as PostgreSQL prints it ('1 day 02:00:00'), identical on every driver.
  interval: scalar({ sql: 'interval', ts: 'string', category: 'interval', zod: 'pg.interval()' }),
  jsonb: scalar({ sql: 'jsonb', ts: 'Json', category: 'json', zod: 'pg.json()' }),
  json: scalar({ sql: 'json', ts: 'Json', category: 'json', zod: 'pg.json()' }),
  bytea: scalar({ sql: 'bytea', ts: 'Uint8Array', category: 'binary', zod: 'pg.bytea()' }),
  inet: scalar({ sql: 'inet', ts: 'string', category: 'network', zod: 'pg.inet()' }),
};

const BY_SPELLING: ReadonlyMap<string, string> = new Map(
  Object.entries(SCALAR_TYPES).flatMap(([key, t]) => [[key, key] as const, ...t.aliases.map((a) => [a, key] as const)]),
);

/** The type-table key for a spelling (`int4` → `integer`), or undefined when unsupported. */
export function scalarKey(spelling: string): string | undefined {
  return BY_SPELLING.get(spelling.toLowerCase());
}

export const SUPPORTED_TYPE_NAMES: readonly string[] = Object.keys(SCALAR_TYPES);

/** The type as `format_type()` prints it (`character varying(40)`, `numeric(10,2)[]`), for comparing with a catalog. */
export function catalogTypeSql(type: ColumnType): string {
  const base = type.kind === 'enum' ? type.name : (SCALAR_TYPES[type.name]?.catalog ?? type.name);
  const params = type.length !== null ? `(${type.length})` : type.precision !== null ? `(${type.precision},${type.scale ?? 0})` : '';
  return `${base}${params}${type.isArray ? '[]' : ''}`;
}
