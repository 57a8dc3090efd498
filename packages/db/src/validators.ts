import { z } from 'zod';
import type { Json } from './json.js';

/**
 * zod validators for PostgreSQL types, used by the generated schemas. Each accepts what the
 * column's input type accepts and rejects what the database would reject.
 */
const intRange = (min: number, max: number, name: string) => z.number().int(`must be an integer (${name})`).min(min).max(max);

const INT8_MIN = -(2n ** 63n);
const INT8_MAX = 2n ** 63n - 1n;
const inInt8 = (v: string | number | bigint) => {
  const n = typeof v === 'bigint' ? v : BigInt(v);
  return n >= INT8_MIN && n <= INT8_MAX;
};

const toNumberish = (v: string | number | bigint): number => Number(v);

const jsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

export const pg = {
  int2: () => intRange(-32768, 32767, 'smallint'),
  int4: () => intRange(-2147483648, 2147483647, 'integer'),
  /** bigint input: a decimal string, a safe integer or a bigint, within int8. */
  int8: () =>
    z
      .union([
        z.string().regex(/^-?\d+$/, 'must be a whole number'),
        z.number().int().refine(Number.isSafeInteger, 'must be a safe integer'),
        z.bigint(),
      ])
      .refine(inInt8, 'must fit in bigint (int8)'),
  int8String: () => z.string().regex(/^-?\d+$/),
  /**
   * numeric(p,s) input. PostgreSQL rounds extra fractional digits but rejects a value whose
   * integer part has more than p - s digits; that is the rule enforced here.
   */
  numeric: (precision?: number, scale = 0) =>
    z.union([z.string(), z.number()]).refine(
      (v) => {
        const text = typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(20) : '') : v.trim();
        const match = /^[+-]?(\d*)(?:\.(\d*))?$/.exec(text);
        if (!match || (match[1] === '' && (match[2] ?? '') === '')) return false;
        if (precision === undefined) return true;
        return (match[1] ?? '').replace(/^0+/, '').length <= precision - scale;
      },
      precision === undefined
        ? 'must be a decimal number'
        : `must be a decimal number with at most ${precision - scale} digits before the point`,
    ),
  numericString: () => z.string(),
  /** The spec's min/max on a numeric column, for number, numeric and bigint inputs alike. */
  bounded: <T extends z.ZodType<string | number | bigint>>(schema: T, min: number | null, max: number | null): T => {
    let bounded = schema;
    if (min !== null) bounded = bounded.refine((v) => toNumberish(v) >= min, `must be at least ${min}`);
    if (max !== null) bounded = bounded.refine((v) => toNumberish(v) <= max, `must be at most ${max}`);
    return bounded;
  },
  date: () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  time: () => z.string().regex(/^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/, 'must be a time HH:MM[:SS]'),
  timestamptz: () => z.union([z.date(), z.iso.datetime({ offset: true, local: false })]),
  timestamp: () => z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/, 'must be a timestamp YYYY-MM-DD HH:MM[:SS]'),
  interval: () => z.string().min(1),
  json: (): z.ZodType<Json> => jsonValue,
  bytea: () => z.instanceof(Uint8Array),
  inet: () => z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]),
  /** Text that must not be empty or only white space (the spec's nonEmpty). */
  nonBlank: <T extends z.ZodString>(schema: T) => schema.regex(/\S/, 'must not be blank'),
};
