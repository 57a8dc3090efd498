import type { ZodType } from 'zod';

/** What the repositories need to know about a table; generated per table by `gen build`. */
export interface TableDefinition<T> {
  readonly name: string;
  readonly module: string;
  readonly columns: readonly (keyof T & string)[];
  readonly primaryKey: readonly (keyof T & string)[];
  /** Enum-array columns: drivers return them as '{a,b}' text, so the SDK parses them. */
  readonly enumArrayColumns: readonly (keyof T & string)[];
  readonly insertSchema: ZodType;
  readonly updateSchema: ZodType;
  /** Type-only carrier of the Kysely table interface. */
  readonly __table?: T;
}

/** Binds a table definition to its Kysely interface (curried so T is given and the rest inferred). */
export const defineTable =
  <T>() =>
  (definition: Omit<TableDefinition<T>, '__table'>): TableDefinition<T> =>
    definition;
