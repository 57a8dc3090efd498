import type { Column, JsonShape } from '../model/model.js';
import { SCALAR_TYPES, type ScalarType } from '../model/pg-types.js';
import { UnsupportedRegex } from '../regex/pg-regex-parser.js';
import { Json, Unsupported, type Value } from './check-eval.js';
import { toJsRegExp } from './check-regexp.js';
import { LANGUAGES, STATES, TOPICS } from './india-data.js';
import type { Prng } from './prng.js';
import { sampleRegex } from './regex-sample.js';
import type { Scene } from './scene.js';
import { textFor } from './text-values.js';

export type Category = ScalarType['category'] | 'enum';

/** What the seeder knows about one column it writes. */
export interface ColumnSpec {
  readonly column: Column;
  readonly category: Category;
  readonly enumValues: readonly string[];
  /** Patterns the column must match, from checks like `slug ~ '^[a-z0-9-]+$'`. */
  readonly patterns: readonly string[];
  /** Patterns it must not contain, from checks like `tag !~ '[#[:space:]]'`. */
  readonly forbidden: readonly string[];
  /** A check says `col = lower(col)`. */
  readonly lowerCase: boolean;
}

export interface ValueContext {
  readonly random: Prng;
  readonly scene: Scene;
  readonly table: string;
  readonly noun: string;
  readonly module: string;
  /** Redraws after a failed check vary more (json kinds, nulls). */
  readonly attempt: number;
  /** The value must differ from the other rows' (a unique key collided): make it from the row's serial. */
  readonly distinct: boolean;
}

/** Instants fall between these (UTC); names that read as an end lean later, starts earlier. */
const T0 = Date.UTC(2023, 0, 1);
const T1 = Date.UTC(2025, 9, 31);
const LATE = /(end|finish|expire|until|due|close|complete|resolved|retired|cancel|last|revoked|converted|to$|_to_)/;
const EARLY = /(start|begin|open|issued|requested|joined|from|first|created|released|deployed|submitted)/;

export const categoryOf = (column: Column): Category =>
  column.type.kind === 'enum' ? 'enum' : (SCALAR_TYPES[column.type.name]?.category ?? 'text');

export function valueFor(spec: ColumnSpec, ctx: ValueContext): unknown {
  const { column } = spec;
  if (column.type.isArray) {
    const n = column.nonEmpty ? ctx.random.int(1, 3) : ctx.random.int(0, 3);
    if (spec.category === 'enum') return ctx.random.sample(spec.enumValues, Math.max(n, column.nonEmpty ? 1 : 0));
    const items = new Set<string | number>();
    for (let i = 0; i < n * 2 && items.size < n; i++) items.add(scalarValue(spec, ctx) as string | number);
    return [...items];
  }
  return scalarValue(spec, ctx);
}

function scalarValue(spec: ColumnSpec, ctx: ValueContext): unknown {
  const { column, category } = spec;
  const name = column.name;
  const r = ctx.random;
  switch (category) {
    case 'enum':
      return r.pick(spec.enumValues);
    case 'uuid':
      return r.uuid();
    case 'boolean':
      return r.bool(/^(is|has)_(deleted|blocked|banned|spam|suspended|archived)/.test(name) ? 0.1 : 0.5);
    case 'integer':
    case 'decimal':
    case 'float':
      return numberValue(spec, ctx);
    case 'date':
      return isoDate(instant(name, r));
    case 'timestamp':
      return column.type.name === 'timestamptz'
        ? new Date(instant(name, r))
        : new Date(instant(name, r)).toISOString().slice(0, 19).replace('T', ' ');
    case 'time':
      return `${String(r.int(5, 21)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])}:00`;
    case 'interval':
      return r.pick(['1 day', '2 hours', '00:30:00', '7 days', '1 mon', '90 days']);
    case 'json':
      return column.shape ? jsonOf(column.shape, name, ctx) : jsonValue(name, ctx);
    case 'binary':
      return Uint8Array.from({ length: r.int(16, 32) }, () => r.int(0, 255));
    case 'network':
      return `${r.pick([49, 103, 106, 117, 122, 157, 182, 223])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    case 'text':
      return textValue(spec, ctx);
  }
}

function textValue(spec: ColumnSpec, ctx: ValueContext): string {
  const { column } = spec;
  const max = column.type.length;
  let text: string;
  if (column.type.isArray && /state/.test(column.name)) text = ctx.random.pick(STATES).code;
  else if (column.type.isArray && /lang/.test(column.name)) text = ctx.random.pick(LANGUAGES);
  else if (column.type.isArray && /tag|topic|keyword/.test(column.name)) text = ctx.random.pick(TOPICS);
  else text = textFor({ column: column.name, table: ctx.table, noun: ctx.noun, module: ctx.module, scene: ctx.scene, maxLength: max });
  if (spec.lowerCase) text = text.toLowerCase();
  const scrub = (t: string) => spec.forbidden.reduce((out, p) => out.replace(new RegExp(toJsRegExp(p)?.source ?? '(?!)', 'gu'), ''), t);
  text = scrub(text);
  const fits = (t: string) => spec.patterns.every((p) => toJsRegExp(p)?.test(t) ?? true) && scrub(t) === t;
  if (ctx.distinct) {
    const serial = String(ctx.scene.serial);
    const base = max !== null ? text.slice(0, Math.max(0, max - serial.length - 1)) : text;
    text = [`${base} ${serial}`, `${base}-${serial}`, `${base}_${serial}`, `${base}${serial}`].find(fits) ?? `${base}${serial}`;
  }
  if (max !== null && text.length > max) text = text.slice(0, max).trimEnd();
  for (const pattern of spec.patterns) {
    const re = toJsRegExp(pattern);
    if (re && !re.test(text)) text = matching(pattern, re, max, text, ctx) ?? text;
  }
  if (column.nonEmpty && text.trim() === '') text = 'x';
  return text;
}

/**
 * A string matching `pattern` that fits `max`, or null when the pattern is beyond the sampler.
 * A pattern anchored only at the start (`^/`) keeps the usual text after the sampled part.
 */
function matching(pattern: string, re: RegExp, max: number | null, text: string, ctx: ValueContext): string | null {
  try {
    for (let i = 0; i < 20; i++) {
      let s = sampleRegex(pattern, ctx.random);
      if (!pattern.endsWith('$')) s += pattern.startsWith('^') ? text : ` ${text}`;
      if (max !== null) s = s.slice(0, max);
      if (re.test(s)) return s;
    }
  } catch (error) {
    if (!(error instanceof UnsupportedRegex)) throw error;
  }
  return null;
}

interface NumberRule {
  readonly pattern: RegExp;
  readonly min: number;
  readonly max: number;
}

/** Plausible ranges by column name; the first match wins, then the column's bounds and type clip it. */
const NUMBER_RULES: readonly NumberRule[] = [
  { pattern: /latitude/, min: 8, max: 32 },
  { pattern: /longitude/, min: 68.5, max: 96 },
  { pattern: /egg.*(price|rate)|suggested_price|prevailing_price|(^|_)price_(min|max)$/, min: 420, max: 640 },
  { pattern: /broiler|bird_rate|live_weight/, min: 80, max: 150 },
  { pattern: /gst_rate|tax_rate|_pct$|percent|percentage|rate_percent|traffic/, min: 0, max: 28 },
  { pattern: /rating|stars|nps/, min: 1, max: 5 },
  { pattern: /score|confidence|probability|weight$/, min: 0, max: 1 },
  { pattern: /year/, min: 1995, max: 2025 },
  { pattern: /weekday|day_of_week/, min: 1, max: 7 },
  { pattern: /month$/, min: 1, max: 12 },
  { pattern: /hour/, min: 0, max: 23 },
  { pattern: /_ms$|latency|duration_ms/, min: 20, max: 5000 },
  { pattern: /minutes/, min: 5, max: 240 },
  { pattern: /seconds/, min: 5, max: 3600 },
  { pattern: /days/, min: 1, max: 365 },
  { pattern: /bytes|size/, min: 1_000, max: 5_000_000 },
  { pattern: /bird|capacity|flock|chicks|eggs/, min: 500, max: 50_000 },
  { pattern: /lgd_code|_code$/, min: 1, max: 999_999 },
  { pattern: /sort_order|position|rank|priority|level|step|line_number|attempt|index|version/, min: 1, max: 10 },
  { pattern: /max_attempts|max_/, min: 10, max: 20 },
  { pattern: /count|views|likes|comments|shares|clicks|impressions|followers|members|signups|reach|saves|sent|opens/, min: 0, max: 500 },
  { pattern: /amount|price|cost|fee|total|mrp|value|inr|paid|balance|budget|salary|revenue|spent/, min: 50, max: 250_000 },
  { pattern: /quantity|qty|units|stock/, min: 1, max: 1000 },
  { pattern: /acres|area|width|height|length|depth/, min: 1, max: 500 },
];

function numberValue(spec: ColumnSpec, ctx: ValueContext): number | string {
  const { column, category } = spec;
  const type = column.type;
  const rule = NUMBER_RULES.find((n) => n.pattern.test(column.name));
  let lo = rule?.min ?? 0;
  let hi = rule?.max ?? 1000;
  // The type's own limits: integer ranges, numeric(p,s) digits.
  const range = SCALAR_TYPES[type.name]?.range;
  const digits = type.precision !== null ? 10 ** (type.precision - (type.scale ?? 0)) - 10 ** -(type.scale ?? 0) : null;
  const typeMin = range ? Math.max(Number(range[0]), -1e12) : digits !== null ? -digits : -1e12;
  const typeMax = range ? Math.min(Number(range[1]), 1e12) : digits !== null ? digits : 1e12;
  const min = Math.max(column.min ?? typeMin, typeMin);
  const max = Math.min(column.max ?? typeMax, typeMax);
  lo = Math.min(Math.max(lo, min), max);
  hi = Math.max(Math.min(hi, max), lo);
  const scale = category === 'integer' ? 0 : category === 'decimal' ? (type.scale ?? 2) : 3;
  const factor = 10 ** Math.min(scale, 6);
  const value = ctx.distinct ? Math.min(lo + ctx.scene.serial, max) : Math.round((lo + ctx.random.next() * (hi - lo)) * factor) / factor;
  if (category === 'integer') {
    const n = Math.min(Math.max(Math.round(value), Math.ceil(min)), Math.floor(max));
    return type.name === 'bigint' || type.name === 'bigserial' ? String(n) : n;
  }
  const clipped = Math.min(Math.max(value, min), max);
  return category === 'decimal' ? clipped.toFixed(scale) : clipped;
}

function instant(name: string, r: Prng): number {
  const span = T1 - T0;
  const offset = LATE.test(name) ? 0.55 + r.next() * 0.45 : EARLY.test(name) ? r.next() * 0.45 : r.next();
  return T0 + Math.floor((offset * span) / 1000) * 1000;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function jsonValue(name: string, ctx: ValueContext): unknown {
  const r = ctx.random;
  // Redraws cycle through JSON kinds: some checks tie a value's kind to another column.
  const kind =
    ctx.attempt === 0
      ? /s$|list|items|attachments|options/.test(name)
        ? 'array'
        : 'object'
      : r.pick(['object', 'array', 'string', 'number', 'boolean']);
  switch (kind) {
    case 'array':
      return Array.from({ length: r.int(1, 3) }, () => r.pick(TOPICS));
    case 'string':
      return r.pick(TOPICS);
    case 'number':
      return r.int(1, 100);
    case 'boolean':
      return r.bool();
    default:
      return { source: r.pick(['android', 'ios', 'web', 'import']), district: ctx.scene.district, version: r.int(1, 9) };
  }
}

function jsonOf(shape: JsonShape, name: string, ctx: ValueContext): unknown {
  const r = ctx.random;
  switch (shape.kind) {
    case 'array':
      return Array.from({ length: r.int(1, 3) }, () => jsonOf(shape.element, name, ctx));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of shape.properties) if (!p.optional || r.bool(0.7)) out[p.name] = jsonOf(p.shape, p.name, ctx);
      return out;
    }
    case 'scalar':
      switch (shape.type) {
        case 'string':
          return /url|link/.test(name)
            ? `https://poultryco.in/${ctx.noun.replace(/_/g, '-')}/${ctx.scene.serial}`
            : textFor({ column: name, table: ctx.table, noun: ctx.noun, module: ctx.module, scene: ctx.scene, maxLength: 200 });
        case 'number':
          return r.int(1, 10_000) / 100;
        case 'integer':
          return r.int(0, 1000);
        case 'boolean':
          return r.bool();
        case 'unknown':
          return jsonValue(name, ctx);
      }
  }
}

/** A stored value as the check evaluator compares it. */
export function readValue(spec: ColumnSpec, raw: unknown): Value {
  if (raw === null) return null;
  if (raw === undefined) throw new Unsupported(`${spec.column.name} is filled by the database`);
  if (spec.column.type.isArray) return (raw as unknown[]).map((v) => readScalar(spec.category, v));
  return readScalar(spec.category, raw);
}

function readScalar(category: Category, raw: unknown): Value {
  switch (category) {
    case 'integer':
    case 'decimal':
    case 'float':
      return Number(raw);
    case 'date':
      return new Date(`${String(raw)}T00:00:00Z`);
    case 'timestamp':
      return raw instanceof Date ? raw : new Date(`${String(raw).replace(' ', 'T')}Z`);
    case 'json':
      return new Json(raw);
    case 'binary':
      return `\\x${Buffer.from(raw as Uint8Array).toString('hex')}`;
    default:
      return raw as string | boolean;
  }
}

/** An evaluator value written back into a column (a check's `total = a + b` solved for total). */
export function writeValue(spec: ColumnSpec, value: Value): unknown {
  if (value === null) return null;
  const { category, column } = spec;
  if (column.type.isArray || value instanceof Json || Array.isArray(value)) throw new Unsupported('composite assignment');
  switch (category) {
    case 'integer': {
      const n = Math.round(Number(value));
      return column.type.name === 'bigint' ? String(n) : n;
    }
    case 'decimal':
      return Number(value).toFixed(column.type.scale ?? 2);
    case 'float':
      return Number(value);
    case 'date':
      return isoDate((value instanceof Date ? value : new Date(String(value))).getTime());
    case 'timestamp':
      return value instanceof Date
        ? column.type.name === 'timestamptz'
          ? value
          : value.toISOString().slice(0, 19).replace('T', ' ')
        : value;
    case 'text':
    case 'enum':
      return String(value);
    case 'boolean':
      return Boolean(value);
  }
  throw new Unsupported(`assignment to a ${category} column`);
}
