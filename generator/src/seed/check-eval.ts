import type { Expr } from './check-expression.js';
import { toJsRegExp } from './check-regexp.js';

/**
 * Evaluates a parsed CHECK expression against a row, with SQL's three-valued logic: a CHECK
 * passes when its expression is true or NULL. Values are compared the way PostgreSQL compares
 * them for the types seed rows hold (numbers, text, dates and instants, booleans, arrays, json).
 * Whatever the evaluator does not know raises Unsupported, and the database has the last word.
 */
export type Value = null | boolean | number | string | Date | Json | readonly Value[];

/** A json/jsonb value, kept apart from text and arrays. */
export class Json {
  constructor(readonly value: unknown) {}
}

export class Unsupported extends Error {}

/** How the row's raw value of a column becomes a comparable value. */
export type ColumnReader = (name: string) => Value;

const MS_PER_DAY = 86_400_000;

export function evaluate(e: Expr, read: ColumnReader): Value {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'col':
      return read(e.name);
    case 'not': {
      const v = truth(evaluate(e.e, read));
      return v === null ? null : !v;
    }
    case 'neg': {
      const v = evaluate(e.e, read);
      return v === null ? null : -num(v);
    }
    case 'isnull': {
      const isNull = evaluate(e.e, read) === null;
      return e.not ? !isNull : isNull;
    }
    case 'istrue': {
      const v = truth(evaluate(e.e, read));
      return e.not ? v !== e.value : v === e.value;
    }
    case 'distinct': {
      const l = evaluate(e.l, read);
      const r = evaluate(e.r, read);
      const same = l === null || r === null ? l === r : compare(l, r) === 0;
      return e.not ? same : !same;
    }
    case 'bin':
      return binary(e.op, e.l, e.r, read);
    case 'in': {
      const v = evaluate(e.e, read);
      if (v === null) return null;
      let sawNull = false;
      for (const item of e.list) {
        const w = evaluate(item, read);
        if (w === null) sawNull = true;
        else if (compare(v, w) === 0) return !e.not;
      }
      return sawNull ? null : e.not;
    }
    case 'between': {
      const v = evaluate(e.e, read);
      const lo = evaluate(e.lo, read);
      const hi = evaluate(e.hi, read);
      if (v === null || lo === null || hi === null) return null;
      const inside = compare(v, lo) >= 0 && compare(v, hi) <= 0;
      return e.not ? !inside : inside;
    }
    case 'like': {
      const v = evaluate(e.e, read);
      const p = evaluate(e.pattern, read);
      if (v === null || p === null) return null;
      const source = `^${[...String(p)].map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`;
      const match = new RegExp(source, e.ci ? 'is' : 's').test(String(v));
      return e.not ? !match : match;
    }
    case 'case': {
      const subject = e.subject ? evaluate(e.subject, read) : undefined;
      for (const [when, then] of e.whens) {
        const w = evaluate(when, read);
        const hit = subject === undefined ? truth(w) === true : subject !== null && w !== null && compare(subject, w) === 0;
        if (hit) return evaluate(then, read);
      }
      return e.else ? evaluate(e.else, read) : null;
    }
    case 'cast':
      return cast(evaluate(e.e, read), e.type);
    case 'array':
      return e.items.map((i) => evaluate(i, read));
    case 'call':
      return call(e.name, e.args, read);
  }
}

/** Whether a row satisfies a check: true or NULL passes, as in PostgreSQL. */
export function passes(e: Expr, read: ColumnReader): boolean {
  return truth(evaluate(e, read)) !== false;
}

function truth(v: Value): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw new Unsupported(`not a boolean: ${String(v)}`);
}

function num(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  throw new Unsupported(`not a number: ${String(v)}`);
}

function binary(op: string, le: Expr, re: Expr, read: ColumnReader): Value {
  if (op === 'and' || op === 'or') {
    const l = truth(evaluate(le, read));
    if (op === 'and' && l === false) return false;
    if (op === 'or' && l === true) return true;
    const r = truth(evaluate(re, read));
    if (op === 'and') return r === false ? false : l === null || r === null ? null : true;
    return r === true ? true : l === null || r === null ? null : false;
  }
  const l = evaluate(le, read);
  const r = evaluate(re, read);
  if (l === null || r === null) return null;
  switch (op) {
    case '=':
      return compare(l, r) === 0;
    case '<>':
      return compare(l, r) !== 0;
    case '<':
      return compare(l, r) < 0;
    case '<=':
      return compare(l, r) <= 0;
    case '>':
      return compare(l, r) > 0;
    case '>=':
      return compare(l, r) >= 0;
    case '+':
    case '-':
      if (l instanceof Date && typeof r === 'number') return new Date(l.getTime() + (op === '+' ? r : -r) * MS_PER_DAY);
      if (l instanceof Date && r instanceof Date && op === '-') return Math.round((l.getTime() - r.getTime()) / MS_PER_DAY);
      return op === '+' ? num(l) + num(r) : num(l) - num(r);
    case '*':
      return num(l) * num(r);
    case '/':
      if (num(r) === 0) throw new Unsupported('division by zero');
      return num(l) / num(r);
    case '%':
      return num(l) % num(r);
    case '||':
      if (Array.isArray(l) || Array.isArray(r)) return [...(Array.isArray(l) ? l : [l]), ...(Array.isArray(r) ? r : [r])];
      return text(l) + text(r);
    case '~':
    case '~*':
    case '!~':
    case '!~*': {
      const re = toJsRegExp(text(r), op.endsWith('*'));
      if (!re) throw new Unsupported(`regular expression ${text(r)}`);
      return re.test(text(l)) === !op.startsWith('!');
    }
    case '<@':
    case '@>': {
      const [inner, outer] = op === '<@' ? [l, r] : [r, l];
      if (!Array.isArray(inner) || !Array.isArray(outer)) throw new Unsupported(`${op} on non-arrays`);
      return inner.every((x: Value) => outer.some((y: Value) => x !== null && y !== null && compare(x, y) === 0));
    }
    case '&&':
      if (!Array.isArray(l) || !Array.isArray(r)) throw new Unsupported('&& on non-arrays');
      return l.some((x: Value) => r.some((y: Value) => x !== null && y !== null && compare(x, y) === 0));
  }
  throw new Unsupported(`operator ${op}`);
}

function text(v: Value): string {
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Json || Array.isArray(v)) throw new Unsupported('text of a composite value');
  return String(v);
}

/** -1, 0 or 1, for two non-null values of comparable types. */
export function compare(l: Value, r: Value): number {
  if (l instanceof Date || r instanceof Date) {
    const a = l instanceof Date ? l.getTime() : toDate(l).getTime();
    const b = r instanceof Date ? r.getTime() : toDate(r).getTime();
    return Math.sign(a - b);
  }
  if (typeof l === 'number' || typeof r === 'number') {
    // Decimals are exact in PostgreSQL; in floating point 0.1 + 0.2 misses 0.3 by 5e-17.
    const a = num(l);
    const b = num(r);
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : Math.sign(a - b);
  }
  if (typeof l === 'boolean' && typeof r === 'boolean') return l === r ? 0 : l ? 1 : -1;
  if (typeof l === 'string' && typeof r === 'string') return l === r ? 0 : l < r ? -1 : 1;
  if (Array.isArray(l) && Array.isArray(r)) {
    for (let i = 0; i < Math.min(l.length, r.length); i++) {
      const c = compare(l[i] as Value, r[i] as Value);
      if (c !== 0) return c;
    }
    return Math.sign(l.length - r.length);
  }
  throw new Unsupported('comparison of unlike values');
}

function toDate(v: Value): Date {
  if (typeof v === 'string') {
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new Unsupported(`not a date: ${String(v)}`);
}

function cast(v: Value, type: string): Value {
  if (v === null) return null;
  const base = type.replace(/\[\]$/, '');
  if (type.endsWith('[]')) {
    if (!Array.isArray(v)) throw new Unsupported(`cast to ${type}`);
    return v.map((x: Value) => cast(x, base));
  }
  if (['int', 'integer', 'int2', 'int4', 'int8', 'smallint', 'bigint'].includes(base)) return Math.round(num(v));
  if (['numeric', 'decimal', 'real', 'double precision', 'float4', 'float8'].includes(base)) return num(v);
  if (['text', 'varchar', 'char', 'citext', 'bpchar'].includes(base)) return text(v);
  if (base === 'date') {
    const d = v instanceof Date ? v : toDate(v);
    return new Date(Math.floor(d.getTime() / MS_PER_DAY) * MS_PER_DAY);
  }
  if (base === 'timestamptz' || base === 'timestamp') return v instanceof Date ? v : toDate(v);
  if (base === 'json' || base === 'jsonb') return v instanceof Json ? v : new Json(JSON.parse(text(v)));
  if (base === 'boolean' || base === 'bool')
    return typeof v === 'boolean' ? v : ['t', 'true', 'yes', 'on', '1'].includes(text(v).toLowerCase());
  throw new Unsupported(`cast to ${type}`);
}

function call(name: string, argExprs: readonly Expr[], read: ColumnReader): Value {
  const args = argExprs.map((a) => evaluate(a, read));
  const [a, b] = args;
  if (name === 'coalesce') return args.find((v) => v !== null) ?? null;
  if (name === 'num_nonnulls' || name === 'num_nulls') {
    const nonNull = args.filter((v) => v !== null).length;
    return name === 'num_nonnulls' ? nonNull : args.length - nonNull;
  }
  if (name === 'greatest' || name === 'least') {
    const present = args.filter((v): v is Exclude<Value, null> => v !== null);
    if (present.length === 0) return null;
    return present.reduce((x, y) => (compare(x, y) > 0 === (name === 'greatest') ? x : y));
  }
  if (name === 'nullif') return a !== null && a !== undefined && b !== null && b !== undefined && compare(a, b) === 0 ? null : (a ?? null);
  if (a === undefined) throw new Unsupported(`function ${name}()`);
  if (a === null) return null;
  switch (name) {
    case 'length':
    case 'char_length':
      return [...text(a)].length;
    case 'btrim':
    case 'trim':
      return text(a).replace(/^ +| +$/g, '');
    case 'lower':
      return text(a).toLowerCase();
    case 'upper':
      return text(a).toUpperCase();
    case 'abs':
      return Math.abs(num(a));
    case 'position':
      return b === null || b === undefined ? null : text(b).indexOf(text(a)) + 1;
    case 'cardinality':
      if (!Array.isArray(a)) throw new Unsupported('cardinality of a non-array');
      return a.length;
    case 'array_length':
      if (!Array.isArray(a)) throw new Unsupported('array_length of a non-array');
      return a.length === 0 ? null : a.length;
    case 'jsonb_typeof':
    case 'json_typeof':
      return jsonType(a);
    case 'jsonb_array_length':
    case 'json_array_length':
      if (!(a instanceof Json) || !Array.isArray(a.value)) throw new Unsupported('json array length of a non-array');
      return a.value.length;
    case 'extract':
    case 'date_part':
      return b === null || b === undefined ? null : extract(text(a), b);
    case 'date_trunc':
      return b === null || b === undefined ? null : dateTrunc(text(a), b instanceof Date ? b : toDate(b));
  }
  throw new Unsupported(`function ${name}`);
}

function jsonType(v: Value): string {
  if (!(v instanceof Json)) throw new Unsupported('jsonb_typeof of a non-json value');
  const x = v.value;
  return x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x === 'object' ? 'object' : typeof x;
}

/** Date parts in UTC: seed instants are UTC and the seed's sessions run in UTC. */
function extract(field: string, v: Value): number {
  const d = v instanceof Date ? v : toDate(v);
  switch (field) {
    case 'year':
      return d.getUTCFullYear();
    case 'month':
      return d.getUTCMonth() + 1;
    case 'day':
      return d.getUTCDate();
    case 'hour':
      return d.getUTCHours();
    case 'minute':
      return d.getUTCMinutes();
    case 'dow':
      return d.getUTCDay();
    case 'isodow':
      return d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    case 'epoch':
      return d.getTime() / 1000;
  }
  throw new Unsupported(`extract(${field})`);
}

function dateTrunc(field: string, d: Date): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (field) {
    case 'year':
      return new Date(Date.UTC(y, 0, 1));
    case 'month':
      return new Date(Date.UTC(y, m, 1));
    case 'day':
      return new Date(Date.UTC(y, m, d.getUTCDate()));
    case 'week': {
      const day = new Date(Date.UTC(y, m, d.getUTCDate()));
      return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * MS_PER_DAY);
    }
  }
  throw new Unsupported(`date_trunc(${field})`);
}
