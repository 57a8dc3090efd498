import type { Insertable, Selectable, Updateable } from 'kysely';
import { NotFoundError, QueryError, ValidationError, toDatabaseError, type QueryOption } from '../errors.js';
import type { Executor } from '../driver/executor.js';
import type { RowValidator, TableDefinition } from '../table.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { ident, StatementCache, type Statement } from './statement.js';

export type SortDirection = 'asc' | 'desc';
/** Equality filters on the table's own columns; `null` matches IS NULL. */
export type Where<Row> = { readonly [K in keyof Row]?: Row[K] };
export type OrderBy<Row> = { readonly [K in keyof Row]?: SortDirection };

export interface FindManyOptions<Row> {
  readonly where?: Where<Row>;
  readonly orderBy?: OrderBy<Row>;
  readonly limit?: number;
  readonly offset?: number;
}

export interface PageOptions<Row> {
  readonly where?: Where<Row>;
  readonly orderBy?: OrderBy<Row>;
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string | null;
}

export interface Page<Row> {
  readonly rows: Row[];
  /** Cursor of the following page, or null when this is the last one. */
  readonly next: string | null;
}

export interface RepositoryOptions {
  /** Validate inserts and updates with the generated zod schemas (default true). */
  readonly validate: boolean;
  /** Largest `limit` a read may ask for; larger ones are capped. */
  readonly maxLimit: number;
}

const CURSOR_COLUMN = '__cursor_';
const NONE: readonly string[] = [];
const NO_ORDER = { key: '', sql: () => '' };

/** A page query of one shape: its statement and how many cursor columns follow the row's own. */
interface PagePlan {
  readonly statement: Statement;
  readonly cursorColumns: number;
}

/**
 * The value of a single-column primary key. Every such key in the spec is `id`; a table with a
 * composite key has no `IdOf` (never), so findById and friends do not compile there: use findByKey.
 */
type IdOf<Row> = Row extends { readonly id: infer I } ? I : never;

/**
 * CRUD for one table. SQL is generated once per table and column set and sent as named
 * prepared statements; only values travel as parameters. Column names in `where` and
 * `orderBy` are checked against the table at run time as well as by the types.
 */
export class Repository<T, Row = Selectable<T>, New = Insertable<T>, Changes = Updateable<T>> {
  private readonly statements = new StatementCache();
  private readonly pagePlans = new Map<string, PagePlan>();
  private readonly columns: ReadonlySet<string>;
  private readonly table: string;
  private readonly returning: string;

  constructor(
    readonly definition: TableDefinition<T>,
    private readonly executor: Executor,
    private readonly options: RepositoryOptions,
  ) {
    this.columns = new Set(definition.columns);
    this.table = ident(definition.name);
    this.returning = definition.columns.map(ident).join(', ');
  }

  /**
   * Inserts one row and returns it as stored (defaults filled in).
   * @example const post = await db.soc.posts.insert({ author_id, content: 'Layer prices up in Namakkal' });
   */
  async insert(row: New): Promise<Row> {
    const values = this.validated(this.definition.insertSchema, row);
    const keys = Object.keys(values).filter((k) => values[k] !== undefined);
    const statement = this.statements.get(`insert:${keys.join(',')}`, () =>
      keys.length === 0
        ? `INSERT INTO ${this.table} DEFAULT VALUES RETURNING ${this.returning}`
        : `INSERT INTO ${this.table} (${keys.map(ident).join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${this.returning}`,
    );
    const rows = await this.run(
      statement,
      keys.map((k) => values[k]),
    );
    return rows[0] as Row;
  }

  /**
   * Inserts the row, or on conflict with `onConflict` (a unique key) updates the other given columns.
   * @example await db.soc.postLikes.upsert({ post_id, profile_id }, { onConflict: ['post_id', 'profile_id'] });
   */
  async upsert(row: New, options: { onConflict: readonly (keyof Row & string)[] }): Promise<Row> {
    const values = this.validated(this.definition.insertSchema, row);
    const keys = Object.keys(values).filter((k) => values[k] !== undefined);
    this.checkColumns(options.onConflict, 'onConflict');
    const updates = keys.filter((k) => !options.onConflict.includes(k as keyof Row & string));
    const statement = this.statements.get(`upsert:${keys.join(',')}|${options.onConflict.join(',')}`, () => {
      // With nothing to update, a no-op update still makes RETURNING yield the existing row.
      const set = (updates.length > 0 ? updates : [options.onConflict[0] ?? ''])
        .map((k) => `${ident(k)} = EXCLUDED.${ident(k)}`)
        .join(', ');
      return `INSERT INTO ${this.table} (${keys.map(ident).join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (${options.onConflict.map(ident).join(', ')}) DO UPDATE SET ${set} RETURNING ${this.returning}`;
    });
    const rows = await this.run(
      statement,
      keys.map((k) => values[k]),
    );
    return rows[0] as Row;
  }

  /** The row with this primary key, or undefined. */
  async findById(id: IdOf<Row>): Promise<Row | undefined> {
    const pk = this.singleKey();
    const statement = this.statements.get('findById', () => `SELECT ${this.returning} FROM ${this.table} WHERE ${ident(pk)} = $1`);
    return (await this.run(statement, [id]))[0] as Row | undefined;
  }

  /** The row with this primary key; throws NotFoundError when there is none. */
  async getById(id: IdOf<Row>): Promise<Row> {
    const row = await this.findById(id);
    if (!row) throw new NotFoundError(this.definition.name, { [this.singleKey()]: id });
    return row;
  }

  /** The row with this (composite) primary key, or undefined. */
  async findByKey(key: Partial<Row>): Promise<Row | undefined> {
    const pk = this.definition.primaryKey;
    if (pk.length === 0) throw new QueryError(this.definition.name, 'key', `${this.definition.name} has no primary key`);
    const statement = this.statements.get(
      'findByKey',
      () => `SELECT ${this.returning} FROM ${this.table} WHERE ${pk.map((c, i) => `${ident(c)} = $${i + 1}`).join(' AND ')}`,
    );
    return (
      await this.run(
        statement,
        pk.map((c) => this.keyValue(key, c)),
      )
    )[0] as Row | undefined;
  }

  /**
   * Rows matching `where`, ordered, at most `limit` (capped by maxLimit).
   * @example await db.soc.posts.findMany({ where: { author_id }, orderBy: { created_at: 'desc' }, limit: 20 });
   */
  async findMany(options: FindManyOptions<Row> = {}): Promise<Row[]> {
    const filter = this.filter(options.where);
    const order = this.orderBy(options.orderBy);
    const limit = this.limit(options.limit);
    const offset = options.offset ?? 0;
    const { values } = filter;
    const statement = this.statements.get(
      `findMany:${filter.key}|${order.key}`,
      () =>
        `SELECT ${this.returning} FROM ${this.table}${this.whereSql(options.where)}${order.sql()} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
    );
    values.push(limit, offset);
    return (await this.run(statement, values)) as Row[];
  }

  /**
   * Keyset pagination: stable under concurrent inserts, cost independent of depth. The primary
   * key is appended to the order so the order is total.
   * @example const { rows, next } = await db.soc.posts.page({ orderBy: { created_at: 'desc' }, limit: 20, after });
   */
  async page(options: PageOptions<Row> = {}): Promise<Page<Row>> {
    const where = options.where as Record<string, unknown> | undefined;
    const orderBy = options.orderBy as Record<string, SortDirection> | undefined;
    const whereKeys = where ? Object.keys(where) : NONE;
    const orderKeys = orderBy ? Object.keys(orderBy) : NONE;
    this.checkColumns(orderKeys, 'orderBy');
    this.checkColumns(whereKeys, 'where');
    // The statement depends only on the shape of the call: which columns filter (and which are
    // null), the order, and whether it continues from a cursor. The SQL is built once per shape.
    let key = 'page:';
    for (const k of whereKeys) key += (where as Record<string, unknown>)[k] === null ? `${k}:null,` : `${k},`;
    key += '|';
    for (const k of orderKeys) key += `${k} ${(orderBy as Record<string, SortDirection>)[k]},`;
    key += options.after ? '|after' : '|first';
    let plan = this.pagePlans.get(key);
    if (!plan) {
      plan = this.planPage(whereKeys, where, orderKeys, orderBy, Boolean(options.after));
      this.pagePlans.set(key, plan);
    }
    const limit = this.limit(options.limit);
    const values: unknown[] = [];
    for (const k of whereKeys) {
      const v = (where as Record<string, unknown>)[k];
      if (v !== null) values.push(v);
    }
    if (options.after) for (const v of decodeCursor(options.after, plan.cursorColumns, this.definition.name)) values.push(v);
    values.push(limit + 1);
    const read = (await this.run(plan.statement, values, true)) as unknown[][];
    const more = read.length > limit;
    if (more) read.pop();
    // Rows come back as arrays: the row objects are built here from the table's columns, leaving
    // out the cursor columns after them (cheaper than letting the driver build objects and then
    // deleting from or copying every one).
    const columns = this.definition.columns;
    const rows = new Array<Row>(read.length);
    for (let r = 0; r < read.length; r++) {
      const values = read[r] as unknown[];
      // Filled from empty: a spread of a prepared all-columns object would copy a dictionary-mode
      // object (V8 keeps one that grew to 28 properties that way), ten times slower.
      const row: Record<string, unknown> = {};
      for (let c = 0; c < columns.length; c++) row[columns[c] as string] = values[c];
      rows[r] = row as Row;
    }
    const last = read[read.length - 1];
    const next = more && last ? encodeCursor(last.slice(columns.length)) : null;
    return { rows, next };
  }

  private planPage(
    whereKeys: readonly string[],
    where: Record<string, unknown> | undefined,
    orderKeys: readonly string[],
    orderBy: Record<string, SortDirection> | undefined,
    after: boolean,
  ): PagePlan {
    const order: [string, SortDirection][] = orderKeys.map((k) => [k, (orderBy as Record<string, SortDirection>)[k] as SortDirection]);
    // Checked here, once per shape of call: a direction is part of the plan's cache key.
    for (const [k, d] of order) if (d !== 'asc' && d !== 'desc') throw this.badDirection(k, d);
    for (const c of this.definition.primaryKey) if (!order.some(([o]) => o === c)) order.push([c, order[0]?.[1] ?? 'asc']);
    const terms: string[] = [];
    let n = 0;
    for (const k of whereKeys) terms.push((where as Record<string, unknown>)[k] === null ? `${ident(k)} IS NULL` : `${ident(k)} = $${++n}`);
    const clause = terms.length > 0 ? ` WHERE ${terms.join(' AND ')}` : '';
    let seek = '';
    if (after) {
      const base = n;
      n += order.length;
      const sameDirection = order.every(([, d]) => (d === 'desc') === (order[0]?.[1] === 'desc'));
      if (sameDirection) {
        // One direction throughout: a row comparison, which an index on the order columns serves
        // directly (it means exactly the expansion below).
        const op = order[0]?.[1] === 'desc' ? '<' : '>';
        seek = `(${order.map(([c]) => ident(c)).join(', ')}) ${op} (${order.map((_, i) => `$${base + i + 1}`).join(', ')})`;
      } else {
        // (a, b, id) after (x, y, z) for any mix of directions: a > x OR (a = x AND b > y) OR …
        const expanded = order.map(([column, dir], i) => {
          const equal = order.slice(0, i).map(([c], j) => `${ident(c)} = $${base + j + 1}`);
          return [...equal, `${ident(column)} ${dir === 'desc' ? '<' : '>'} $${base + i + 1}`].join(' AND ');
        });
        seek = `(${expanded.map((t) => `(${t})`).join(' OR ')})`;
      }
      seek = `${clause ? ' AND' : ' WHERE'} ${seek}`;
    }
    const orderSql = ` ORDER BY ${order.map(([c, d]) => `${ident(c)} ${d === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`;
    // The cursor keeps the order columns as PostgreSQL's text: a timestamptz read as a Date keeps
    // only milliseconds, and seeking from a truncated value repeats or skips rows on the server.
    const cursorSql = order.map(([c], i) => `, ${ident(c)}::text AS "${CURSOR_COLUMN}${i}"`).join('');
    const text = `SELECT ${this.returning}${cursorSql} FROM ${this.table}${clause}${seek}${orderSql} LIMIT $${n + 1}`;
    return { statement: this.statements.get(text, () => text), cursorColumns: order.length };
  }

  /**
   * Applies `changes` to the row with this primary key and returns it; NotFoundError when missing.
   * @example await db.soc.posts.update(post.id, { content: 'edited' });
   */
  async update(id: IdOf<Row>, changes: Changes): Promise<Row> {
    const pk = this.singleKey();
    const values = this.validated(this.definition.updateSchema, changes);
    const keys = Object.keys(values).filter((k) => values[k] !== undefined);
    if (keys.length === 0) return this.getById(id);
    const statement = this.statements.get(
      `update:${keys.join(',')}`,
      () =>
        `UPDATE ${this.table} SET ${keys.map((k, i) => `${ident(k)} = $${i + 1}`).join(', ')} WHERE ${ident(pk)} = $${keys.length + 1} RETURNING ${this.returning}`,
    );
    const row = (await this.run(statement, [...keys.map((k) => values[k]), id]))[0] as Row | undefined;
    if (!row) throw new NotFoundError(this.definition.name, { [pk]: id });
    return row;
  }

  /** Deletes the row with this primary key; true when a row was deleted. */
  async delete(id: IdOf<Row>): Promise<boolean> {
    const pk = this.singleKey();
    const statement = this.statements.get('delete', () => `DELETE FROM ${this.table} WHERE ${ident(pk)} = $1 RETURNING ${ident(pk)}`);
    return (await this.run(statement, [id])).length > 0;
  }

  /**
   * Number of rows matching `where`.
   * @example await db.soc.posts.count({ author_id });
   */
  async count(where?: Where<Row>): Promise<number> {
    const filter = this.filter(where);
    const statement = this.statements.get(
      `count:${filter.key}`,
      () => `SELECT count(*)::int AS n FROM ${this.table}${this.whereSql(where)}`,
    );
    const rows = (await this.run(statement, filter.values)) as { n: number }[];
    return Number(rows[0]?.n ?? 0);
  }

  private async run(statement: { name: string; text: string }, values: readonly unknown[], arrays?: boolean): Promise<unknown[]> {
    try {
      return await this.executor.query(statement.text, values, statement.name, arrays);
    } catch (error) {
      throw toDatabaseError(error, this.definition.name);
    }
  }

  private validated(schema: RowValidator, input: unknown): Record<string, unknown> {
    if (!this.options.validate) {
      const row = input as Record<string, unknown>;
      this.checkColumns(Object.keys(row), 'row');
      return row;
    }
    const result = schema.safeParse(input);
    if (!result.success) {
      throw new ValidationError(
        this.definition.name,
        result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      );
    }
    return result.data as Record<string, unknown>;
  }

  /**
   * A where filter's shape (which columns, which of them null) as a statement-cache key, and its
   * parameter values. The SQL itself (whereSql) is built only when the shape is new.
   */
  private filter(where: Where<Row> | undefined): { key: string; values: unknown[] } {
    const values: unknown[] = [];
    if (!where) return { key: '', values };
    const filter = where as Record<string, unknown>;
    const keys = Object.keys(filter);
    this.checkColumns(keys, 'where');
    let key = '';
    for (const k of keys) {
      const v = filter[k];
      if (v === null) key += `${k}:null,`;
      else {
        key += `${k},`;
        values.push(v);
      }
    }
    return { key, values };
  }

  /** ` WHERE a = $1 AND b IS NULL` for a filter, parameters numbered in the filter's key order. */
  private whereSql(where: Where<Row> | undefined): string {
    let n = 0;
    const terms = Object.entries(where ?? {}).map(([column, value]) =>
      value === null ? `${ident(column)} IS NULL` : `${ident(column)} = $${++n}`,
    );
    return terms.length > 0 ? ` WHERE ${terms.join(' AND ')}` : '';
  }

  private orderBy(orderBy: OrderBy<Row> | undefined): { sql: () => string; key: string } {
    if (!orderBy) return NO_ORDER;
    const order = orderBy as Record<string, SortDirection>;
    const keys = Object.keys(order);
    this.checkColumns(keys, 'orderBy');
    let key = '';
    for (const k of keys) {
      const d = order[k];
      if (d !== 'asc' && d !== 'desc') throw this.badDirection(k, d);
      key += key ? `,${k} ${d}` : `${k} ${d}`;
    }
    if (keys.length === 0) return NO_ORDER;
    return { key, sql: () => ` ORDER BY ${keys.map((k) => `${ident(k)} ${order[k] === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}` };
  }

  private limit(limit: number | undefined): number {
    if (limit === undefined) return this.options.maxLimit;
    if (!Number.isInteger(limit) || limit < 0)
      throw new QueryError(this.definition.name, 'limit', `limit must be a non-negative integer, not ${String(limit)}`);
    return Math.min(limit, this.options.maxLimit);
  }

  private checkColumns(columns: readonly string[], option: QueryOption): void {
    for (const c of columns) {
      if (!this.columns.has(c))
        throw new QueryError(this.definition.name, option, `${this.definition.name} has no column "${c}" (in ${option})`, c);
    }
  }

  private badDirection(column: string, direction: unknown): QueryError {
    return new QueryError(this.definition.name, 'orderBy', `orderBy direction must be 'asc' or 'desc', not ${String(direction)}`, column);
  }

  private singleKey(): string {
    const pk = this.definition.primaryKey;
    if (pk.length !== 1)
      throw new QueryError(
        this.definition.name,
        'id',
        pk.length === 0
          ? `${this.definition.name} has no primary key`
          : `${this.definition.name} has a composite primary key (${pk.join(', ')}); use findByKey`,
      );
    return pk[0] as string;
  }

  private keyValue(key: Partial<Row>, column: string): unknown {
    const value = (key as Record<string, unknown>)[column];
    if (value === undefined)
      throw new QueryError(this.definition.name, 'key', `findByKey on ${this.definition.name} needs ${column}`, column);
    return value;
  }
}
