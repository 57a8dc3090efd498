import { z } from 'zod';
import { compareDecimals, parseDecimal, roundDecimal, type Decimal } from './decimal.js';
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
  numeric: (precision?: number, scale = 0) => {
    const schema = z.union([z.string(), z.number()]).refine(
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
    );
    const rounded = (v: string | number) => {
      const d = parseDecimal(v);
      return d === null ? v : roundDecimal(d, scale);
    };
    return precision === undefined ? schema : storing(schema, rounded);
  },
  numericString: () => z.string(),
  date: () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  time: () => z.string().regex(/^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/, 'must be a time HH:MM[:SS]'),
  timestamptz: () => z.union([z.date(), z.iso.datetime({ offset: true, local: false })]),
  timestamp: () => z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/, 'must be a timestamp YYYY-MM-DD HH:MM[:SS]'),
  interval: () => z.string().min(1),
  json: (): z.ZodType<Json> => jsonValue,
  bytea: () => z.instanceof(Uint8Array),
  inet: () => z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]),
  /** varchar(n): at most n characters (code points, as PostgreSQL counts), or more if the rest is spaces. */
  varchar: (length: number) =>
    storing(z.string().refine(fitsLength(length), `must be at most ${length} characters`), (v) => truncated(v, length)),
  /** char(n): as varchar(n); PostgreSQL pads a shorter value with spaces, and CHECKs see it padded. */
  char: (length: number) =>
    storing(z.string().refine(fitsLength(length), `must be at most ${length} characters`), (v) => padded(truncated(v, length), length)),
  /** real: within single precision's range (PostgreSQL rejects what would round to infinity or to zero); CHECKs see it rounded. */
  real: () => storing(z.number().refine(fitsReal, 'must fit in real (single precision)'), Math.fround),

  /**
   * A column's CHECK rules (built by the helpers below), applied to the value as the column
   * stores it. One call per column keeps the generated lines short and flat.
   * @example pg.checked(pg.varchar(80), pg.matches(slugPattern), pg.chars(3, null))
   */
  checked: <T extends z.ZodType>(schema: T, ...rules: readonly CheckRule[]): T => {
    const stored = storedValues.get(schema) ?? ((v: unknown) => v);
    let checked = schema;
    for (const rule of rules) checked = checked.refine((v) => rule.test(stored(v)), rule.message);
    return checked;
  },
  /** `col ~ 'pattern'`, the pattern translated to a JavaScript RegExp with the same matches. */
  matches: (pattern: RegExp): CheckRule => ({ test: (v) => typeof v !== 'string' || pattern.test(v), message: `must match ${pattern}` }),
  /** `length(col)` bounds, in characters (code points; JavaScript's .length counts UTF-16 units). */
  chars: (min: number | null, max: number | null): CheckRule => ({
    test: (v) => {
      if (typeof v !== 'string') return true;
      if (min === null && max !== null && v.length <= max) return true;
      const n = charCount(v);
      return (min === null || n >= min) && (max === null || n <= max);
    },
    message:
      min === null
        ? `must be at most ${max} characters`
        : max === null
          ? `must be at least ${min} characters`
          : `must be ${min} to ${max} characters`,
  }),
  /** `col <op> bound` on a numeric column, compared exactly (no rounding through floats). */
  compare: (op: CompareOp, bound: number | string): CheckRule => {
    const limit = parseDecimal(bound) ?? ZERO;
    const holds = COMPARISONS[op];
    // A JS number compares with the bound as its decimal spelling would when the bound is the
    // shortest spelling of a double: distinct doubles have distinct, equally ordered shortest
    // spellings. That covers the common case (integers, `min: 0`) without parsing text.
    const fast = String(Number(bound)) === String(bound) ? Number(bound) : null;
    return {
      test: (v) => {
        if (typeof v === 'number' && fast !== null) return Number.isNaN(v) || holds(v < fast ? -1 : v > fast ? 1 : 0);
        // numeric(p,s) hands over its stored value already parsed and rounded.
        const value = isDecimal(v) ? v : parseDecimal(v as string | number | bigint);
        return value === null || holds(compareDecimals(value, limit));
      },
      message: `must be ${COMPARISON_WORDS[op]} ${bound}`,
    };
  },
  /** `col <> 'text'`. */
  notEqual: (text: string): CheckRule => ({ test: (v) => v !== text, message: `must not be ${JSON.stringify(text)}` }),
  /** Text that must not be empty or only white space (the spec's nonEmpty). */
  notBlank: (): CheckRule => ({ test: (v) => typeof v !== 'string' || /\S/.test(v), message: 'must not be blank' }),
};

/** One CHECK condition on a column's value, for pg.checked. */
export interface CheckRule {
  readonly test: (value: unknown) => boolean;
  readonly message: string;
}

const ZERO: Decimal = { negative: false, digits: '', exponent: 0 };

type CompareOp = '<' | '<=' | '>' | '>=' | '<>';

const COMPARISONS: Readonly<Record<CompareOp, (order: number) => boolean>> = {
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0,
  '<>': (o) => o !== 0,
};
const COMPARISON_WORDS: Readonly<Record<CompareOp, string>> = {
  '<': 'less than',
  '<=': 'at most',
  '>': 'greater than',
  '>=': 'at least',
  '<>': 'other than',
};

/**
 * The value a column stores for an accepted input, where the two differ: char(n) pads, varchar(n)
 * drops spaces past n, numeric(p,s) rounds to s places, real rounds to single precision. A CHECK
 * sees the stored value, so pg.checked tests that. Kept beside the schema the type helper made,
 * as a zod schema has no place for it.
 */
const storedValues = new WeakMap<z.ZodType, (value: unknown) => unknown>();

function storing<T extends z.ZodType>(schema: T, stored: (value: z.output<T>) => unknown): T {
  storedValues.set(schema, stored as (value: unknown) => unknown);
  return schema;
}

const fitsReal = (v: number) => v === 0 || (Number.isFinite(Math.fround(v)) && Math.fround(v) !== 0);

/** Characters (code points) in s, as PostgreSQL's length() counts them. */
function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
}

/** The UTF-16 offset just past the first `count` characters of s, or s.length when it has no more. */
function charOffset(s: string, count: number): number {
  let i = 0;
  for (let n = 0; n < count && i < s.length; n++) {
    const unit = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    i += unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return i;
}

/**
 * Whether a string fits varchar(n)/char(n): PostgreSQL counts characters, and stores a longer
 * value cut to n when all it cuts is spaces.
 */
const fitsLength = (length: number) => (s: string) => s.length <= length || /^ *$/.test(s.slice(charOffset(s, length)));

function isDecimal(v: unknown): v is Decimal {
  return typeof v === 'object' && v !== null && 'digits' in v;
}

/** s as a varchar(n) or char(n) column stores it (before char's padding). */
function truncated(s: string, length: number): string {
  if (s.length <= length) return s;
  const end = charOffset(s, length);
  return /^ *$/.test(s.slice(end)) ? s.slice(0, end) : s;
}

/** s padded with spaces to `length` characters, as char(n) stores it. */
function padded(s: string, length: number): string {
  const missing = length - charCount(s);
  return missing > 0 ? s + ' '.repeat(missing) : s;
}
