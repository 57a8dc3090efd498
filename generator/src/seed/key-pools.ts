import type { Row } from './table-seeder.js';

interface View {
  readonly columns: readonly string[];
  rows: Row[];
}

/**
 * The rows made so far, by table, that foreign keys pick their parents from. A key to columns
 * other than the primary key (a unique key, a composite one) sees only rows where all of them
 * are set.
 */
export class KeyPools {
  private readonly rows = new Map<string, Row[]>();
  /** Per table, per referenced column list. */
  private readonly views = new Map<string, Map<string, View>>();

  add(table: string, row: Row): void {
    let rows = this.rows.get(table);
    if (!rows) this.rows.set(table, (rows = []));
    rows.push(row);
    for (const view of this.views.get(table)?.values() ?? []) if (complete(row, view.columns)) view.rows.push(row);
  }

  /** Rows of `table` that can be referenced through `columns`. */
  get(table: string, columns: readonly string[]): readonly Row[] {
    let views = this.views.get(table);
    if (!views) this.views.set(table, (views = new Map()));
    const key = columns.join(',');
    let view = views.get(key);
    if (!view) {
      view = { columns, rows: (this.rows.get(table) ?? []).filter((r) => complete(r, columns)) };
      views.set(key, view);
    }
    return view.rows;
  }

  remove(table: string, gone: readonly Row[]): void {
    const set = new Set(gone);
    const rows = this.rows.get(table);
    if (rows)
      this.rows.set(
        table,
        rows.filter((r) => !set.has(r)),
      );
    for (const view of this.views.get(table)?.values() ?? []) view.rows = view.rows.filter((r) => !set.has(r));
  }
}

const complete = (row: Row, columns: readonly string[]): boolean => columns.every((c) => row[c] !== null && row[c] !== undefined);
