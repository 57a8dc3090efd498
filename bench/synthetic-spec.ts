/**
 * Synthetic specs of any size, for the scaling benchmarks (2,000 and 5,000 tables).
 *
 * The tables are shaped like the real spec's on average (schema-spec/: 11.8 columns, 1.8
 * foreign keys, 1.9 indexes, 0.7 uniques, 3 checks and 0.8 enums per table; descriptions on
 * every table and some columns; a jsonb shape now and then), in modules of 25 tables that
 * reference the core `profiles` table, earlier tables of their own module and the module
 * before them. Deterministic: the same size gives the same files. The specs pass `gen lint`.
 *
 *   npx tsx bench/synthetic-spec.ts --tables 2000 --out /tmp/spec-2000
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg } from './lib/repo.js';

const TABLES_PER_MODULE = 25;

const NOUNS = [
  'farm',
  'shed',
  'flock',
  'batch',
  'hatchery',
  'feed',
  'vaccine',
  'order',
  'invoice',
  'payment',
  'dealer',
  'trader',
  'market',
  'price',
  'zone',
  'route',
  'truck',
  'driver',
  'crate',
  'tray',
  'egg',
  'broiler',
  'layer',
  'chick',
  'visit',
  'doctor',
  'sample',
  'report',
  'alert',
  'ticket',
  'review',
  'rating',
  'listing',
  'offer',
  'quote',
  'contract',
  'supplier',
  'warehouse',
  'stock',
  'loan',
  'claim',
  'policy',
  'training',
  'course',
  'lesson',
  'event',
  'stall',
  'session',
  'member',
  'group',
];
const QUALIFIERS = ['daily', 'weekly', 'regional', 'draft', 'archived', 'shared', 'pending', 'seasonal', 'bulk', 'local'];
const STATUS_VALUES = ['draft', 'active', 'paused', 'closed', 'archived', 'rejected'];
const KIND_VALUES = ['standard', 'premium', 'trial', 'internal', 'partner'];
const DESCRIPTIONS = [
  'Recorded by the farm manager at the end of each day.',
  'Shown on the dealer dashboard and in the weekly summary email.',
  'Entered by field staff during a visit; corrected by the district coordinator.',
  'Imported nightly from the partner feed; never edited by hand.',
  'Kept for audit, and retained for seven years.',
];

/** mulberry32: small, fast and good enough to vary shapes deterministically. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface TableSketch {
  readonly name: string;
  readonly singular: string;
}

/** Writes `<dir>/poultryco.yaml` and `<dir>/modules/*.yaml` for a spec of `tables` tables; returns the root file. */
export function writeSyntheticSpec(dir: string, tables: number, seed = 1): string {
  if (tables < 2) throw new RangeError('a synthetic spec needs at least 2 tables (profiles and one more)');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'modules'), { recursive: true });
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const moduleCount = Math.ceil((tables - 1) / TABLES_PER_MODULE);
  const moduleKeys = Array.from({ length: moduleCount }, (_, i) => `m${String(i + 1).padStart(3, '0')}`);

  writeFileSync(join(dir, 'poultryco.yaml'), rootFile(moduleKeys, tables));
  writeFileSync(join(dir, 'modules', 'core.yaml'), CORE_FILE);

  let remaining = tables - 1;
  const previous: TableSketch[][] = [];
  for (const [m, key] of moduleKeys.entries()) {
    const count = Math.min(TABLES_PER_MODULE, remaining);
    remaining -= count;
    const sketches = tableNames(key, count, m);
    const lines = [`version: 1`, `module: ${key}`, '', 'enums:'];
    lines.push(`  ${key}_status:`, `    description: Lifecycle of a ${key} record.`, `    values: [${STATUS_VALUES.join(', ')}]`);
    // ~0.8 enums per table: one shared status enum plus a kind enum for most tables.
    const kindEnums = sketches.filter((_, i) => i % 5 !== 4);
    for (const t of kindEnums) lines.push(`  ${t.singular}_kind:`, `    values: [${KIND_VALUES.join(', ')}]`);
    lines.push('', 'tables:');
    const referenceable = previous[m - 1] ?? [];
    for (const [i, t] of sketches.entries()) {
      lines.push(...tableLines(key, t, i, sketches.slice(0, i), referenceable, kindEnums.includes(t), random, pick));
    }
    previous.push(sketches);
    writeFileSync(join(dir, 'modules', `${key}.yaml`), `${lines.join('\n')}\n`);
  }
  return join(dir, 'poultryco.yaml');
}

function tableNames(key: string, count: number, moduleIndex: number): TableSketch[] {
  const names: TableSketch[] = [];
  for (let i = 0; names.length < count; i++) {
    const noun = NOUNS[(i + moduleIndex * 7) % NOUNS.length] as string;
    const qualifier = i < NOUNS.length ? '' : `${QUALIFIERS[Math.floor(i / NOUNS.length) % QUALIFIERS.length]}_`;
    const singular = `${key}_${qualifier}${noun}`;
    names.push({ name: `${singular}s`, singular });
  }
  return names;
}

function tableLines(
  key: string,
  t: TableSketch,
  index: number,
  earlier: readonly TableSketch[],
  previousModule: readonly TableSketch[],
  hasKind: boolean,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): string[] {
  const noun = t.singular.slice(key.length + 1);
  const softDelete = index % 3 === 0;
  const lines = [
    `  ${t.name}:`,
    `    description: One ${noun.replace(/_/g, ' ')} of module ${key}. ${pick(DESCRIPTIONS)}`,
    `    use: [id, timestamps${softDelete ? ', soft_delete' : ''}]`,
    '    columns:',
    `      profile_id: { type: uuid, references: profiles, onDelete: cascade, description: Member who owns the ${noun.replace(/_/g, ' ')}. }`,
  ];
  const fkColumns = ['profile_id'];
  const parent = earlier.length > 0 ? earlier[Math.floor(random() * earlier.length)] : undefined;
  if (parent && random() < 0.6) {
    const column = `${parent.singular.slice(key.length + 1)}_id`;
    lines.push(`      ${column}: { type: uuid, nullable: true, references: ${parent.name}, onDelete: set null }`);
    fkColumns.push(column);
  }
  const other = previousModule.length > 0 && random() < 0.3 ? previousModule[Math.floor(random() * previousModule.length)] : undefined;
  if (other && !fkColumns.includes(`${other.singular}_id`)) {
    lines.push(`      ${other.singular}_id: { type: uuid, nullable: true, references: ${other.name}, onDelete: set null }`);
    fkColumns.push(`${other.singular}_id`);
  }
  lines.push(
    `      name: { type: varchar(120), nonEmpty: true, description: Display name. }`,
    `      notes: text?`,
    `      status: { type: ${key}_status, default: draft }`,
  );
  if (hasKind) lines.push(`      kind: { type: ${t.singular}_kind, default: standard }`);
  lines.push(
    `      quantity: { type: integer, default: 0, min: 0 }`,
    `      amount_inr: { type: "numeric(12,2)", nullable: true, min: 0 }`,
  );
  if (random() < 0.5) lines.push(`      is_verified: { type: boolean, default: false }`);
  if (random() < 0.5) lines.push(`      starts_on: date?`, `      ends_on: date?`);
  if (random() < 0.3) lines.push(`      tags: { type: "text[]", default: [] }`);
  if (random() < 0.12) {
    lines.push(
      '      metadata:',
      '        type: jsonb',
      '        default: {}',
      '        shape:',
      '          source?: string',
      '          score?: number',
      '          labels?: [string]',
    );
  } else if (random() < 0.2) {
    lines.push(`      contact_email: citext?`);
  }
  const checks: string[] = [];
  if (lines.some((l) => l.includes('starts_on'))) checks.push('ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on');
  checks.push("status <> 'archived' OR quantity = 0");
  if (checks.length > 0) {
    lines.push('    checks:');
    for (const [i, expression] of checks.entries()) lines.push(`      - { name: rule_${i + 1}, expression: "${expression}" }`);
  }
  if (random() < 0.74) lines.push('    unique:', '      - [profile_id, name]');
  lines.push('    indexes:');
  // Every foreign key gets an index led by its column (the fk-indexed lint rule), as in the real spec.
  for (const c of fkColumns) if (c !== 'profile_id' || !lines.includes('      - [profile_id, name]')) lines.push(`      - columns: [${c}]`);
  lines.push(`      - columns: [status, created_at desc]`);
  return lines;
}

function rootFile(moduleKeys: readonly string[], tables: number): string {
  const lines = [
    'version: 1',
    `name: synthetic_${tables}`,
    `description: A synthetic spec of ${tables} tables for the scaling benchmarks.`,
    'schema: public',
    '',
    'teams:',
    '  core:',
    '    title: Core team',
    '    handle: "@poultryco/core"',
    '  apps:',
    '    title: Application team',
    '    handle: "@poultryco/apps"',
    '',
    'modules:',
    '  core:',
    '    prefix: ""',
    '    title: Core',
    '    owner: core',
    '    targets: { current: 1, y1: 1, y2: 1 }',
    '    references: []',
  ];
  for (const [i, key] of moduleKeys.entries()) {
    const refs = ['core', ...(i > 0 ? [moduleKeys[i - 1]] : [])];
    lines.push(
      `  ${key}:`,
      `    prefix: ${key}_`,
      `    title: Module ${key}`,
      `    owner: apps`,
      `    targets: { current: ${TABLES_PER_MODULE}, y1: ${TABLES_PER_MODULE}, y2: ${TABLES_PER_MODULE} }`,
      `    references: [${refs.join(', ')}]`,
    );
  }
  lines.push(
    '',
    'columnSets:',
    '  id:',
    '    placement: start',
    '    columns:',
    '      id: { type: uuid, primaryKey: true, default: gen_random_uuid() }',
    '  timestamps:',
    '    placement: end',
    '    columns:',
    '      created_at: { type: timestamptz, default: now() }',
    '      updated_at: { type: timestamptz, default: now() }',
    '  soft_delete:',
    '    placement: end',
    '    columns:',
    '      deleted_at: { type: timestamptz, nullable: true, description: When the row was soft-deleted. }',
    '',
    'naming:',
    '  primaryKey: pk_{table}',
    '  foreignKey: fk_{table}_{columns}',
    '  unique: uq_{table}_{columns}',
    '  check: ck_{table}_{name}',
    '  index: ix_{table}_{columns}',
    '  uniqueIndex: ux_{table}_{columns}',
    '  trigger: trg_{table}_updated_at',
  );
  return `${lines.join('\n')}\n`;
}

const CORE_FILE = `version: 1
module: core
tables:
  profiles:
    description: Every member of the platform.
    use: [id, timestamps]
    columns:
      display_name: { type: varchar(120), nonEmpty: true }
      email: { type: citext, unique: true }
`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const tables = Number(arg('tables') ?? 2000);
  const out = arg('out');
  if (!out || !Number.isInteger(tables)) {
    process.stderr.write('usage: npx tsx bench/synthetic-spec.ts --tables <n> --out <dir>\n');
    process.exit(2);
  }
  process.stdout.write(`${writeSyntheticSpec(out, tables)}\n`);
}
