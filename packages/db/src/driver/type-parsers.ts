import { parseTextArray } from './pg-array.js';

/**
 * How values come back, decided once for both drivers so the generated types are true and
 * node-postgres and PGlite return identical values:
 *
 * | type | value | why |
 * | --- | --- | --- |
 * | bigint (int8) | string | JS numbers lose precision past 2^53 (PGlite would return a BigInt) |
 * | numeric | string | exact decimals (prices) must not pass through floats |
 * | date | 'YYYY-MM-DD' | a calendar day; as a Date it would shift with the client's time zone |
 * | timestamp | 'YYYY-MM-DD HH:MM:SS' | names no instant; as a Date it would be read in local time |
 * | timestamptz | Date | an instant |
 * | interval | '1 day 02:00:00' | PostgreSQL's own text (node-postgres would return an object) |
 * | bytea | Uint8Array | not a Buffer: identical on both drivers |
 * | enum arrays | string[] | both drivers return '{a,b}' text for arrays of enum types |
 * | arrays of the above | arrays of the same | element by element |
 */
export type Parser = (value: string) => unknown;

const asText: Parser = (value) => value;
const asTextArray: Parser = (value) => parseTextArray(value);
const asBytes: Parser = (value) => {
  // bytea_output = hex: '\x0102…'
  const hex = value.startsWith('\\x') ? value.slice(2) : value;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

/** Parsers by type OID that both drivers use. Enum array OIDs are added at connect time. */
export const BASE_PARSERS: ReadonlyMap<number, Parser> = new Map<number, Parser>([
  [20, asText], // int8
  [1016, asTextArray], // int8[]
  [1700, asText], // numeric
  [1231, asTextArray], // numeric[]
  [1082, asText], // date
  [1182, asTextArray], // date[]
  [1114, asText], // timestamp
  [1115, asTextArray], // timestamp[]
  [1186, asText], // interval
  [1187, asTextArray], // interval[]
]);

/** Parsers for node-postgres, which also needs bytea as a plain Uint8Array. */
export function pgParsers(enumArrayOids: readonly number[]): Map<number, Parser> {
  const parsers = new Map(BASE_PARSERS);
  parsers.set(17, asBytes);
  for (const oid of enumArrayOids) parsers.set(oid, asTextArray);
  return parsers;
}

export function pgliteParsers(enumArrayOids: readonly number[]): Record<number, Parser> {
  const parsers: Record<number, Parser> = Object.fromEntries(BASE_PARSERS);
  for (const oid of enumArrayOids) parsers[oid] = asTextArray;
  return parsers;
}

/** Finds the array types of every enum, whose values the drivers would return as text. */
export const ENUM_ARRAY_OIDS_SQL = `SELECT t.typarray AS oid FROM pg_type t WHERE t.typtype = 'e' AND t.typarray <> 0`;
