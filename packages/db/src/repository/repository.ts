import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ZodType } from 'zod';
import { NotFoundError, ValidationError, toDatabaseError } from '../errors.js';
import type { Executor } from '../driver/executor.js';
import type { TableDefinition } from '../table.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { ident, StatementCache } from './statement.js';

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

type PkOf<T, D> = D extends TableDefinition<T> ? keyof T & string : never;

/**
 * CRUD for one table. SQL is generated once per table and column set and sent as named
 * prepared statements; only values travel as parameters. Column names in `where` and
 * `orderBy` are checked against the table at run time as well as by the types.
 */
export class Repository<T, Row = Selectable<T>, New = Insertable<T>, Changes = Updateable<T>> {
  private readonly statements = new StatementCache();
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
  async findById(id: Row[PkOf<Row, TableDefinition<T>> & keyof Row]): Promise<Row | undefined> {
    const pk = this.singleKey();
    const statement = this.statements.get('findById', () => `SELECT ${this.returning} FROM ${this.table} WHERE ${ident(pk)} = $1`);
    return (await this.run(statement, [id]))[0] as Row | undefined;
  }

  /** The row with this primary key; throws NotFoundError when there is none. */
  async getById(id: Row[PkOf<Row, TableDefinition<T>> & keyof Row]): Promise<Row> {
    const row = await this.findById(id);
    if (!row) throw new NotFoundError(this.definition.name, { [this.singleKey()]: id });
    return row;
  }

  /** The row with this (composite) primary key, or undefined. */
  async findByKey(key: Partial<Row>): Promise<Row | undefined> {
    const pk = this.definition.primaryKey;
    if (pk.length === 0) throw new TypeError(`${this.definition.name} has no primary key`);
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
    const { clause, values } = this.where(options.where, 1);
    const order = this.orderBy(options.orderBy);
    const limit = this.limit(options.limit);
    const offset = options.offset ?? 0;
    const keys = Object.keys(options.where ?? {}).map(
      (k) => `${k}${(options.where as Record<string, unknown>)[k] === null ? ':null' : ''}`,
    );
    const statement = this.statements.get(
      `findMany:${keys.join(',')}|${order.key}`,
      () => `SELECT ${this.returning} FROM ${this.table}${clause}${order.sql} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
    );
    return (await this.run(statement, [...values, limit, offset])) as Row[];
  }

  /**
   * Keyset pagination: stable under concurrent inserts, cost independent of depth. The primary
   * key is appended to the order so the order is total.
   * @example const { rows, next } = await db.soc.posts.page({ orderBy: { created_at: 'desc' }, limit: 20, after });
   */
  async page(options: PageOptions<Row> = {}): Promise<Page<Row>> {
    const order = [...Object.entries(options.orderBy ?? {})] as [string, SortDirection][];
    this.checkColumns(
      order.map(([c]) => c),
      'orderBy',
    );
    for (const c of this.definition.primaryKey) if (!order.some(([o]) => o === c)) order.push([c, order[0]?.[1] ?? 'asc']);
    const { clause, values } = this.where(options.where, 1);
    const limit = this.limit(options.limit);
    const after = options.after ? decodeCursor(options.after, order.length) : null;
    let seek = '';
    if (after) {
      // (a, b, id) after (x, y, z) for any mix of directions: a > x OR (a = x AND b > y) OR …
      const base = values.length;
      const terms = order.map(([column, dir], i) => {
        const equal = order.slice(0, i).map(([c], j) => `${ident(c)} = $${base + j + 1}`);
        return [...equal, `${ident(column)} ${dir === 'desc' ? '<' : '>'} $${base + i + 1}`].join(' AND ');
      });
      seek = `${clause ? ' AND' : ' WHERE'} (${terms.map((t) => `(${t})`).join(' OR ')})`;
      values.push(...after);
    }
    const orderSql = ` ORDER BY ${order.map(([c, d]) => `${ident(c)} ${d === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`;
    const whereKeys = Object.keys(options.where ?? {}).map(
      (k) => `${k}${(options.where as Record<string, unknown>)[k] === null ? ':null' : ''}`,
    );
    const statement = this.statements.get(
      `page:${whereKeys.join(',')}|${order.map((o) => o.join(' ')).join(',')}|${after ? 'after' : 'first'}`,
      () => `SELECT ${this.returning} FROM ${this.table}${clause}${seek}${orderSql} LIMIT $${values.length + 1}`,
    );
    const rows = (await this.run(statement, [...values, limit + 1])) as Row[];
    const more = rows.length > limit;
    if (more) rows.pop();
    const last = rows[rows.length - 1] as Record<string, unknown> | undefined;
    return { rows, next: more && last ? encodeCursor(order.map(([c]) => last[c])) : null };
  }

  /**
   * Applies `changes` to the row with this primary key and returns it; NotFoundError when missing.
   * @example await db.soc.posts.update(post.id, { content: 'edited' });
   */
  async update(id: Row[PkOf<Row, TableDefinition<T>> & keyof Row], changes: Changes): Promise<Row> {
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
  async delete(id: Row[PkOf<Row, TableDefinition<T>> & keyof Row]): Promise<boolean> {
    const pk = this.singleKey();
    const statement = this.statements.get('delete', () => `DELETE FROM ${this.table} WHERE ${ident(pk)} = $1 RETURNING ${ident(pk)}`);
    return (await this.run(statement, [id])).length > 0;
  }

  /**
   * Number of rows matching `where`.
   * @example await db.soc.posts.count({ author_id });
   */
  async count(where?: Where<Row>): Promise<number> {
    const { clause, values } = this.where(where, 1);
    const keys = Object.keys(where ?? {}).map((k) => `${k}${(where as Record<string, unknown>)[k] === null ? ':null' : ''}`);
    const statement = this.statements.get(`count:${keys.join(',')}`, () => `SELECT count(*)::int AS n FROM ${this.table}${clause}`);
    const rows = (await this.run(statement, values)) as { n: number }[];
    return Number(rows[0]?.n ?? 0);
  }

  private async run(statement: { name: string; text: string }, values: readonly unknown[]): Promise<unknown[]> {
    try {
      return await this.executor.query(statement.text, values, statement.name);
    } catch (error) {
      throw toDatabaseError(error, this.definition.name);
    }
  }

  private validated(schema: ZodType, input: unknown): Record<string, unknown> {
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

  private where(where: Where<Row> | undefined, first: number): { clause: string; values: unknown[] } {
    const entries = Object.entries(where ?? {}) as [string, unknown][];
    this.checkColumns(
      entries.map(([k]) => k),
      'where',
    );
    const values: unknown[] = [];
    const terms = entries.map(([column, value]) => {
      if (value === null) return `${ident(column)} IS NULL`;
      values.push(value);
      return `${ident(column)} = $${first + values.length - 1}`;
    });
    return { clause: terms.length > 0 ? ` WHERE ${terms.join(' AND ')}` : '', values };
  }

  private orderBy(orderBy: OrderBy<Row> | undefined): { sql: string; key: string } {
    const entries = Object.entries(orderBy ?? {}) as [string, SortDirection][];
    this.checkColumns(
      entries.map(([c]) => c),
      'orderBy',
    );
    for (const [, d] of entries)
      if (d !== 'asc' && d !== 'desc') throw new TypeError(`orderBy direction must be 'asc' or 'desc', not ${String(d)}`);
    if (entries.length === 0) return { sql: '', key: '' };
    return {
      sql: ` ORDER BY ${entries.map(([c, d]) => `${ident(c)} ${d === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`,
      key: entries.map((e) => e.join(' ')).join(','),
    };
  }

  private limit(limit: number | undefined): number {
    if (limit === undefined) return this.options.maxLimit;
    if (!Number.isInteger(limit) || limit < 0) throw new TypeError('limit must be a non-negative integer');
    return Math.min(limit, this.options.maxLimit);
  }

  private checkColumns(columns: readonly string[], where: string): void {
    for (const c of columns) {
      if (!this.columns.has(c)) throw new TypeError(`${this.definition.name} has no column "${c}" (in ${where})`);
    }
  }

  private singleKey(): string {
    const pk = this.definition.primaryKey;
    if (pk.length !== 1) throw new TypeError(`${this.definition.name} has a composite primary key (${pk.join(', ')}); use findByKey`);
    return pk[0] as string;
  }

  private keyValue(key: Partial<Row>, column: string): unknown {
    const value = (key as Record<string, unknown>)[column];
    if (value === undefined) throw new TypeError(`findByKey on ${this.definition.name} needs ${column}`);
    return value;
  }
}
