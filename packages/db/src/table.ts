/**
 * What the repositories need of a generated zod schema. Structural rather than zod's own type:
 * a service that imports `createDb` then never loads zod's declarations (95 files its compiler
 * would otherwise read; see BENCHMARKS.md, figure 3). Every zod schema satisfies it.
 */
export interface RowValidator {
  safeParse(input: unknown): RowValidation;
}

export type RowValidation =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly error: { readonly issues: readonly ValidatorIssue[] } };

export interface ValidatorIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** What the repositories need to know about a table; generated per table by `gen build`. */
export interface TableDefinition<T> {
  readonly name: string;
  readonly module: string;
  readonly columns: readonly (keyof T & string)[];
  readonly primaryKey: readonly (keyof T & string)[];
  /** Enum-array columns: drivers return them as '{a,b}' text, so the SDK parses them. */
  readonly enumArrayColumns: readonly (keyof T & string)[];
  readonly insertSchema: RowValidator;
  readonly updateSchema: RowValidator;
  /** Type-only carrier of the Kysely table interface. */
  readonly __table?: T;
}

/** Binds a table definition to its Kysely interface (curried so T is given and the rest inferred). */
export const defineTable =
  <T>() =>
  (definition: Omit<TableDefinition<T>, '__table'>): TableDefinition<T> =>
    definition;
