import type { NamingConvention } from '../model/model.js';
import { conventionalName, DEFAULT_NAMING } from '../model/naming.js';
import { identifierProblem } from '../model/identifier.js';

export type NamingKind = keyof NamingConvention;

/** A named object of the database: what its generated name would be built from, and its real name. */
export interface NamedObject {
  readonly kind: NamingKind;
  readonly table: string;
  readonly columns: readonly string[];
  readonly name: string;
}

/** Conventions other tools use, tried after the spec's own (PostgreSQL's defaults, Rails). */
const KNOWN_PATTERNS: Readonly<Record<NamingKind, readonly string[]>> = {
  primaryKey: ['{table}_pkey'],
  foreignKey: ['{table}_{columns}_fkey'],
  unique: ['{table}_{columns}_key'],
  check: ['{table}_{name}_check', '{name}'],
  index: ['{table}_{columns}_idx', 'index_{table}_on_{columns}', 'idx_{table}_{columns}'],
  uniqueIndex: ['{table}_{columns}_key', '{table}_{columns}_idx', 'index_{table}_on_{columns}', 'uidx_{table}_{columns}'],
  trigger: [],
};

/**
 * The naming convention a database follows, so the imported spec can leave generated names out.
 * For each kind the pattern that names the most objects wins (the spec's own first on a tie).
 * A check's short name must be recoverable from every check name, so checks fall back to
 * `{name}` (full names) when no pattern fits them all. Primary keys and triggers cannot carry an
 * explicit name in the spec: those that do not fit the winning pattern are returned as `unkept`.
 */
export function inferNaming(
  objects: readonly NamedObject[],
  preferred: NamingConvention,
): { naming: NamingConvention; unkept: NamedObject[] } {
  const naming = { ...preferred };
  const unkept: NamedObject[] = [];
  for (const kind of Object.keys(DEFAULT_NAMING) as NamingKind[]) {
    const ofKind = objects.filter((o) => o.kind === kind);
    if (ofKind.length === 0) continue;
    const derived = kind === 'trigger' ? ofKind.map((o) => o.name.split(o.table).join('{table}')) : [];
    const candidates = [...new Set([preferred[kind], DEFAULT_NAMING[kind], ...KNOWN_PATTERNS[kind], ...derived])];
    const score = (pattern: string) => ofKind.filter((o) => fitsPattern(pattern, o)).length;
    let best = candidates[0] ?? preferred[kind];
    if (kind === 'check') {
      best = candidates.find((p) => score(p) === ofKind.length) ?? '{name}';
    } else {
      for (const c of candidates) if (score(c) > score(best)) best = c;
    }
    naming[kind] = best;
    if (kind === 'primaryKey' || kind === 'trigger') unkept.push(...ofKind.filter((o) => !fitsPattern(best, o)));
  }
  return { naming, unkept };
}

export function fitsPattern(pattern: string, o: NamedObject): boolean {
  if (o.kind === 'check') return checkShortName(pattern, o.table, o.name) !== null;
  return conventionalName(pattern, { table: o.table, columns: o.columns }) === o.name;
}

/** The short name that `pattern` turns into `name` (ck_{table}_{name}: ck_posts_one_page → one_page), or null. */
export function checkShortName(pattern: string, table: string, name: string): string | null {
  const [before = '', after] = pattern
    .replace(/\{table\}/g, table)
    .replace(/\{columns\}/g, '')
    .split('{name}');
  if (after === undefined) return null;
  if (!name.startsWith(before) || !name.endsWith(after) || name.length <= before.length + after.length) return null;
  const short = name.slice(before.length, name.length - after.length);
  return identifierProblem(short) === null && conventionalName(pattern, { table, name: short }) === name ? short : null;
}
