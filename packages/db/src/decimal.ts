/**
 * Decimal numbers as text ('12.50', '-3', '1e-7'), compared and rounded exactly, as PostgreSQL
 * compares numeric and integer values with a CHECK's bound. Going through a JS number would
 * round: '0.1000000000000000001' > 0.1 must hold, and '1e-400' > 0 too.
 */
export interface Decimal {
  readonly negative: boolean;
  /** Significant digits without leading or trailing zeros; '' for zero. */
  readonly digits: string;
  /** The value is digits × 10^exponent. */
  readonly exponent: number;
}

const DECIMAL = /^\s*([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,9}))?\s*$/;

/** The decimal a number, bigint or numeric text stands for (a number by its shortest spelling), or null. */
export function parseDecimal(value: string | number | bigint): Decimal | null {
  const match = DECIMAL.exec(String(value));
  if (!match) return null;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return null;
  return normalize(sign === '-', whole + fraction, Number(exponent) - fraction.length);
}

function normalize(negative: boolean, digits: string, exponent: number): Decimal {
  const significant = digits.replace(/^0+/, '');
  const trimmed = significant.replace(/0+$/, '');
  if (trimmed === '') return { negative: false, digits: '', exponent: 0 };
  return { negative, digits: trimmed, exponent: exponent + (significant.length - trimmed.length) };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const signA = a.digits === '' ? 0 : a.negative ? -1 : 1;
  const signB = b.digits === '' ? 0 : b.negative ? -1 : 1;
  if (signA !== signB || signA === 0) return Math.sign(signA - signB);
  const order = compareMagnitudes(a, b);
  return order === 0 ? 0 : signA * order;
}

function compareMagnitudes(a: Decimal, b: Decimal): number {
  // Position of the leading digit first; then the digits, aligned at it.
  const leadA = a.digits.length + a.exponent;
  const leadB = b.digits.length + b.exponent;
  if (leadA !== leadB) return leadA < leadB ? -1 : 1;
  const width = Math.max(a.digits.length, b.digits.length);
  const x = a.digits.padEnd(width, '0');
  const y = b.digits.padEnd(width, '0');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rounded to `scale` fractional digits, half away from zero, as numeric(p, scale) stores it. */
export function roundDecimal(d: Decimal, scale: number): Decimal {
  if (d.exponent >= -scale) return d;
  const keep = d.digits.length - (-scale - d.exponent);
  if (keep < 0) return normalize(false, '', 0);
  const kept = d.digits.slice(0, keep);
  const roundUp = (d.digits[keep] ?? '0') >= '5';
  return normalize(d.negative, roundUp ? increment(kept) : kept, -scale);
}

function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
}
