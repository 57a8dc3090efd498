import type { Table } from '../model/model.js';
import { evaluate, Unsupported, type Value } from './check-eval.js';
import { columnsOf, parseOrNull, type Expr } from './check-expression.js';
import type { ColumnSpec } from './column-values.js';

/** One unique constraint or unique index of a table, with the keys rows made so far have taken. */
export interface UniqueKey {
  readonly name: string;
  /** Column keys, or expression keys (a unique index on lower(email)). */
  readonly keys: readonly ({ readonly column: string } | { readonly expr: Expr })[];
  /** A partial index's predicate: rows outside it take no key. */
  readonly where: Expr | null;
  readonly nullsNotDistinct: boolean;
  readonly columns: ReadonlySet<string>;
  readonly seen: Set<string>;
}

type Reader = (column: string) => Value;

/**
 * Every unique key of a table (primary key, unique constraints, unique indexes, partial ones
 * with their predicate), so a row that would collide is redrawn before the database refuses it.
 * An index expression the evaluator cannot read is left to the database.
 */
export class UniqueKeys {
  readonly keys: readonly UniqueKey[];
  /** Every column some unique key reads. */
  readonly columns: ReadonlySet<string>;

  constructor(table: Table) {
    const keys: UniqueKey[] = [];
    const add = (name: string, parts: UniqueKey['keys'], where: Expr | null, nullsNotDistinct: boolean) => {
      const columns = new Set<string>();
      for (const k of parts) for (const c of 'column' in k ? [k.column] : columnsOf(k.expr)) columns.add(c);
      if (where) columnsOf(where, columns);
      keys.push({ name, keys: parts, where, nullsNotDistinct, columns, seen: new Set() });
    };
    const columnKeys = (columns: readonly string[]) => columns.map((column) => ({ column }));
    if (table.primaryKey) add(table.primaryKey.name, columnKeys(table.primaryKey.columns), null, false);
    for (const u of table.uniques) add(u.name, columnKeys(u.columns), null, u.nullsNotDistinct);
    for (const index of table.indexes.filter((i) => i.unique)) {
      const parts = index.keys.map((k) => (k.column !== null ? { column: k.column } : { expr: parseOrNull(k.expression ?? '') }));
      if (parts.some((k) => 'expr' in k && k.expr === null)) continue;
      add(index.name, parts as UniqueKey['keys'], index.where ? parseOrNull(index.where) : null, false);
    }
    this.keys = keys;
    this.columns = new Set(keys.flatMap((k) => [...k.columns]));
  }

  /** Some unconditional unique key is exactly these columns (one row per parent, say). */
  covers(columns: readonly string[]): boolean {
    return this.keys.some((u) => !u.where && u.keys.length === columns.length && columns.every((c) => u.columns.has(c)));
  }

  /** The first key the row would collide on (among keys reading `only`, when given). */
  duplicate(read: Reader, value: Reader, only?: readonly string[]): UniqueKey | undefined {
    return this.keys.find((u) => (!only || only.some((c) => u.columns.has(c))) && u.seen.has(keyOf(u, read, value) ?? '\u0000'));
  }

  reserve(read: Reader, value: Reader): void {
    for (const u of this.keys) {
      const key = keyOf(u, read, value);
      if (key !== null) u.seen.add(key);
    }
  }
}

/** The row's key under `u`, or null when it takes none (NULLs are distinct; outside a partial index). */
function keyOf(u: UniqueKey, read: Reader, value: Reader): string | null {
  try {
    if (u.where && !evaluate(u.where, read)) return null;
    const parts: Value[] = u.keys.map((k) => ('column' in k ? value(k.column) : evaluate(k.expr, read)));
    if (!u.nullsNotDistinct && parts.some((p) => p === null)) return null;
    return JSON.stringify(parts);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** A stored value as a unique key compares it: citext ignores case; dates and json by their text. */
export function normalised(spec: ColumnSpec | undefined, raw: unknown): Value {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return raw.toISOString();
  if (spec?.column.type.name === 'citext') return String(raw).toLowerCase();
  return typeof raw === 'object' ? JSON.stringify(raw) : (raw as Value);
}
