import type { EnumType, ForeignKey, Table } from '../model/model.js';
import { SCALAR_TYPES } from '../model/pg-types.js';
import { passes, Unsupported, type Value } from './check-eval.js';
import { columnsOf, parseOrNull, type Expr } from './check-expression.js';
import { collectHints } from './check-hints.js';
import { satisfy, type RowEditor } from './check-solver.js';
import { categoryOf, readValue, valueFor, writeValue, type ColumnSpec, type ValueContext } from './column-values.js';
import { Prng } from './prng.js';
import { Scene } from './scene.js';
import { isSoft } from './seed-order.js';
import type { KeyPools } from './key-pools.js';
import { normalised, UniqueKeys, type UniqueKey } from './unique-keys.js';

export type Row = Record<string, unknown>;

interface CheckSpec {
  readonly name: string;
  /** null: the evaluator cannot read it; the database decides. */
  readonly expr: Expr | null;
  readonly columns: ReadonlySet<string>;
}

interface KeySpec {
  readonly fk: ForeignKey;
  readonly soft: boolean;
  readonly deferred: boolean;
  /** Its columns are a unique key of the table. */
  readonly unique: boolean;
}

const MAX_ATTEMPTS = 40;
/** Rows in a row that cannot be made before the table is given up (an exhausted unique key space). */
const MAX_CONSECUTIVE_FAILURES = 25;

/**
 * Makes the rows of one table: values by column type and name, foreign keys from the rows
 * already made for their parents, redrawn until the table's checks (evaluated here) and unique
 * keys hold. A row that cannot be made within MAX_ATTEMPTS is skipped, and counted by reason.
 */
export class TableSeeder {
  readonly columns: readonly ColumnSpec[];
  readonly keys: readonly KeySpec[];
  readonly checks: readonly CheckSpec[];
  readonly uniques: UniqueKeys;
  /** Rows made so far (kept for deferred keys and self-references). */
  readonly rows: Row[] = [];
  readonly skipped = new Map<string, number>();
  private readonly byName: ReadonlyMap<string, ColumnSpec>;
  /** Columns of a unique key (not a foreign key): their redraws are made distinct. */
  private readonly uniqueColumns: ReadonlySet<string>;
  private readonly random: Prng;
  private readonly noun: string;
  private made = 0;
  private failuresInARow = 0;
  /** Gave up: MAX_CONSECUTIVE_FAILURES rows in a row could not be made (a unique key's values ran out). */
  exhausted = false;
  private lastReason = '';

  constructor(
    readonly table: Table,
    enums: ReadonlyMap<string, EnumType>,
    private readonly pools: KeyPools,
    deferred: readonly ForeignKey[],
    seed: string | number,
    prefix: string,
  ) {
    this.random = Prng.derive(seed, table.name);
    this.noun = table.name.slice(prefix.length);
    this.checks = table.checks.map((c) => {
      const expr = parseOrNull(c.expression);
      return { name: c.name, expr, columns: expr ? columnsOf(expr) : new Set<string>() };
    });
    const hints = collectHints(this.checks.flatMap((c) => (c.expr ? [c.expr] : [])));
    this.columns = table.columns
      .filter((c) => c.generated === null && c.identity === null && SCALAR_TYPES[c.type.name]?.serialOf == null)
      .map((column) => ({
        column,
        category: categoryOf(column),
        enumValues: column.type.kind === 'enum' ? (enums.get(column.type.name)?.values ?? []) : [],
        patterns: hints.patterns.get(column.name) ?? [],
        forbidden: hints.forbidden.get(column.name) ?? [],
        lowerCase: hints.lower.has(column.name),
      }));
    this.byName = new Map(this.columns.map((c) => [c.column.name, c]));
    this.uniques = new UniqueKeys(table);
    // Composite keys first: their choice fixes columns that single-column keys then agree with.
    this.keys = [...table.foreignKeys]
      .sort((a, b) => b.columns.length - a.columns.length)
      .map((fk) => ({
        fk,
        soft: isSoft(table, fk),
        deferred: deferred.includes(fk),
        unique: this.uniques.covers(fk.columns),
      }));
    this.uniqueColumns = new Set([...this.uniques.columns].filter((c) => !this.isKeyColumn(c)));
  }

  /**
   * Makes up to `count` more rows; fewer when rows had to be skipped. Conservative rows (remakes
   * of rows the database refused) leave every optional column empty, and their failures are
   * counted by the caller, under the database's reason.
   */
  generate(count: number, conservative = false): Row[] {
    const out: Row[] = [];
    for (let i = 0; i < count; i++) {
      if (this.exhausted) {
        // The rows not even tried count under the reason the table stopped for.
        if (!conservative) this.skip(this.lastReason, count - i);
        break;
      }
      const row = this.make(conservative);
      if (row) {
        out.push(row);
        this.accept(row);
        this.failuresInARow = 0;
      } else if (++this.failuresInARow >= MAX_CONSECUTIVE_FAILURES) this.exhausted = true;
    }
    return out;
  }

  /** Rows the database refused: out of the pools, so no child points at them. */
  forget(rows: readonly Row[]): void {
    const gone = new Set(rows);
    for (let i = this.rows.length - 1; i >= 0; i--) if (gone.has(this.rows[i] as Row)) this.rows.splice(i, 1);
    this.pools.remove(this.table.name, rows);
  }

  skip(reason: string, n = 1): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + n);
  }

  /**
   * Values for the deferred foreign keys of rows already stored, now that their parents exist:
   * the primary key and the key's columns of each row that takes one and still passes its checks.
   */
  deferredLinks(): { fk: ForeignKey; rows: Row[] }[] {
    const pk = this.table.primaryKey?.columns ?? [];
    const links: { fk: ForeignKey; rows: Row[] }[] = [];
    for (const key of this.keys.filter((k) => k.deferred)) {
      if (pk.length === 0) continue;
      const updates: Row[] = [];
      for (const row of this.rows) {
        if (!this.random.bool(0.7)) continue;
        const candidate = { ...row };
        if (!this.assignKey(candidate, key, 0, true) || this.failingCheck(candidate) || this.duplicate(candidate, key.fk.columns)) continue;
        Object.assign(row, candidate);
        this.reserve(row);
        updates.push(Object.fromEntries([...pk, ...key.fk.columns].map((c) => [c, row[c]])));
      }
      links.push({ fk: key.fk, rows: updates });
    }
    return links;
  }

  private accept(row: Row): void {
    this.rows.push(row);
    this.pools.add(this.table.name, row);
  }

  private make(conservative: boolean): Row | null {
    this.made++;
    let scene = new Scene(this.random, this.made);
    const row: Row = {};
    for (const spec of this.columns)
      if (!this.isKeyColumn(spec.column.name)) row[spec.column.name] = this.value(spec, scene, 0, conservative);
    const keyed = new Set<string>();
    for (const key of this.keys) {
      // A single-column key whose column a composite key already set agrees with it already.
      if (key.fk.columns.every((c) => keyed.has(c))) continue;
      if (!this.assignKey(row, key, 0, false)) return this.fail(`no rows in ${key.fk.references.table} to reference`, conservative);
      for (const c of key.fk.columns) if (row[c] != null) keyed.add(c);
    }
    let reason = '';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // Past the first tries, a fresh setting: another person, place and business for the redraws.
      if (attempt > 2) scene = new Scene(this.random, this.made);
      const check = this.failingCheck(row);
      if (check?.expr) {
        reason = `check ${check.name}`;
        const editor = this.editor(row, scene, attempt);
        satisfy(check.expr, editor);
        // Solving did not do it: draw the check's columns again and solve from there.
        if (!editor.holds(check.expr)) {
          editor.redraw(check.columns);
          satisfy(check.expr, editor);
        }
        continue;
      }
      const unique = this.duplicate(row);
      if (unique) {
        reason = `unique ${unique.name} (its values ran out)`;
        this.redraw(row, unique.columns, scene, attempt);
        continue;
      }
      this.reserve(row);
      return row;
    }
    return this.fail(reason, conservative);
  }

  /** The solver's handle on a row being made. */
  private editor(row: Row, scene: Scene, attempt: number): RowEditor {
    const read = this.read(row);
    return {
      holds: (e) => {
        try {
          return passes(e, read);
        } catch (error) {
          if (error instanceof Unsupported) return true;
          throw error;
        }
      },
      read,
      set: (column, value) => {
        const spec = this.byName.get(column);
        if (!spec || this.isKeyColumn(column)) return false;
        try {
          const raw = writeValue(spec, value);
          if (raw === null && !spec.column.nullable) return false;
          row[column] = raw;
          return true;
        } catch (error) {
          if (error instanceof Unsupported) return false;
          throw error;
        }
      },
      clear: (column) => {
        const spec = this.byName.get(column);
        if (!spec?.column.nullable) return false;
        const key = this.keys.find((k) => k.fk.columns.includes(column));
        for (const c of key ? key.fk.columns : [column]) if (this.byName.get(c)?.column.nullable) row[c] = null;
        return true;
      },
      fill: (column) => {
        if (row[column] !== null && row[column] !== undefined) return;
        const key = this.keys.find((k) => k.fk.columns.includes(column));
        if (key) this.assignKey(row, key, attempt, true);
        else {
          const spec = this.byName.get(column);
          if (spec) row[column] = valueFor(spec, this.context(scene, attempt, column));
        }
      },
      redraw: (columns) => this.redraw(row, new Set(columns), new Scene(this.random, this.made), attempt),
      snapshot: () => ({ ...row }),
      restore: (snapshot) => Object.assign(row, snapshot as Row),
      pick: (n) => this.random.int(0, n - 1),
    };
  }

  private fail(reason: string, conservative: boolean): null {
    if (!conservative) this.skip(reason);
    this.lastReason = reason;
    return null;
  }

  private isKeyColumn(name: string): boolean {
    return this.keys.some((k) => k.fk.columns.includes(name));
  }

  private value(spec: ColumnSpec, scene: Scene, attempt: number, conservative: boolean): unknown {
    const { column } = spec;
    if (column.nullable) {
      const usuallyEmpty =
        /deleted_at|archived_at|cancel|revoked|banned|suspend|error|failure|rejection|blocked|merged_into|replaced_by/.test(column.name);
      const p = conservative ? 1 : usuallyEmpty ? 0.9 : Math.min(0.8, 0.2 + 0.1 * attempt);
      if (this.random.bool(p)) return null;
    }
    return valueFor(spec, this.context(scene, attempt, column.name));
  }

  private context(scene: Scene, attempt: number, column: string): ValueContext {
    return {
      random: this.random,
      scene,
      table: this.table.name,
      noun: this.noun,
      module: this.table.module,
      attempt,
      distinct: attempt >= 2 && this.uniqueColumns.has(column),
    };
  }

  /** Sets a key's columns from a parent row; false when a NOT NULL key has no parent to point at. */
  private assignKey(row: Row, key: KeySpec, attempt: number, linking: boolean): boolean {
    const { fk } = key;
    const nullable = fk.columns.filter((c) => this.byName.get(c)?.column.nullable);
    const setNull = () => {
      for (const c of nullable) row[c] = null;
      return true;
    };
    if (key.deferred && !linking) return setNull();
    const pool = this.pools.get(fk.references.table, fk.references.columns);
    const candidates = pool.length;
    if (key.soft && !linking && (candidates === 0 || this.random.bool(Math.min(0.8, 0.25 + 0.1 * attempt)))) return setNull();
    if (candidates === 0) return false;
    // A key that is itself unique (one row per parent: details, settings, stats) takes the parents
    // in turn, so no two rows draw the same one; redraws and other keys pick at random.
    const parent = key.unique && attempt === 0 && !linking ? (pool[(this.made - 1) % candidates] as Row) : this.random.pick(pool);
    if (parent === row) return key.soft ? setNull() : false;
    fk.columns.forEach((c, i) => (row[c] = parent[fk.references.columns[i] as string]));
    return true;
  }

  private read(row: Row): (name: string) => Value {
    return (name) => {
      const spec = this.byName.get(name);
      if (!spec) throw new Unsupported(`${name} is not written by the seeder`);
      return readValue(spec, row[name]);
    };
  }

  private failingCheck(row: Row): CheckSpec | undefined {
    const read = this.read(row);
    return this.checks.find((c) => {
      if (!c.expr) return false;
      try {
        return !passes(c.expr, read);
      } catch (error) {
        if (error instanceof Unsupported) return false;
        throw error;
      }
    });
  }

  private redraw(row: Row, columns: ReadonlySet<string>, scene: Scene, attempt: number): void {
    for (const name of columns) {
      const key = this.keys.find((k) => k.fk.columns.includes(name));
      if (key) this.assignKey(row, key, attempt, false);
      else {
        const spec = this.byName.get(name);
        if (spec) row[name] = this.value(spec, scene, attempt, false);
      }
    }
  }

  private duplicate(row: Row, only?: readonly string[]): UniqueKey | undefined {
    return this.uniques.duplicate(this.read(row), (c) => normalised(this.byName.get(c), row[c]), only);
  }

  private reserve(row: Row): void {
    this.uniques.reserve(this.read(row), (c) => normalised(this.byName.get(c), row[c]));
  }
}
