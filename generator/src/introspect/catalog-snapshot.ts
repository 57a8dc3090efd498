/**
 * What the catalog says about one schema, as rows, before anything is interpreted. The reader
 * fills it with a few set-based queries; everything after works on it without a database.
 * Expressions are PostgreSQL's pretty-printed text, read with search_path set to the schema,
 * so the schema's own names come back unqualified.
 */
export interface CatalogSnapshot {
  readonly schema: string;
  readonly serverVersion: number;
  readonly relations: readonly CatalogRelation[];
  readonly columns: readonly CatalogColumn[];
  readonly constraints: readonly CatalogConstraint[];
  readonly indexes: readonly CatalogIndex[];
  readonly enums: readonly CatalogEnum[];
  readonly triggers: readonly CatalogTrigger[];
  readonly functions: readonly CatalogFunction[];
  readonly policies: readonly { readonly table: string; readonly name: string }[];
  /** Domains, composite and range types of the schema. */
  readonly types: readonly CatalogType[];
  readonly otherSchemas: readonly { readonly name: string; readonly tables: number; readonly views: number }[];
  readonly extensions: readonly { readonly name: string; readonly schema: string }[];
}

export interface CatalogRelation {
  readonly name: string;
  /** pg_class.relkind: r table, p partitioned table, v view, m materialized view, f foreign table, S sequence. */
  readonly kind: string;
  readonly isPartition: boolean;
  /** p permanent, u unlogged. */
  readonly persistence: string;
  readonly rowSecurity: boolean;
  readonly comment: string | null;
  readonly options: readonly string[] | null;
  readonly inheritsFrom: string | null;
  readonly partitionKey: string | null;
  /** For a sequence: owned by a column (serial or identity). */
  readonly owned: boolean;
}

export interface CatalogColumn {
  readonly table: string;
  readonly name: string;
  readonly notNull: boolean;
  /** '', 'a' (always) or 'd' (by default). */
  readonly identity: string;
  /** '', 's' (stored) or 'v' (virtual, PostgreSQL 18). */
  readonly generated: string;
  readonly default: string | null;
  readonly comment: string | null;
  /** format_type of the declared type, for messages. */
  readonly declaredType: string;
  /** Set when the declared type is a domain (of this schema, or `schema.name` of another): its name and base type. */
  readonly domain: string | null;
  readonly domainBase: string | null;
  readonly isArray: boolean;
  /** The element type (of an array) or the type itself: name, schema, pg_type.typtype, format_type(oid, NULL). */
  readonly scalarName: string;
  readonly scalarSchema: string;
  readonly scalarKind: string;
  readonly scalarSpelling: string;
  /** atttypmod (the domain's typmod for a domain): length, precision and scale live here. */
  readonly typmod: number;
  readonly customCollation: boolean;
  /** Sequence owned by this column (serial: deptype a; identity: i). */
  readonly ownedSequence: string | null;
}

export interface CatalogConstraint {
  readonly table: string;
  readonly name: string;
  /** p, f, u, c, x (exclusion), t (constraint trigger). */
  readonly type: string;
  readonly columns: readonly string[];
  readonly refSchema: string | null;
  readonly refTable: string | null;
  readonly refColumns: readonly string[];
  /** confupdtype / confdeltype: a no action, r restrict, c cascade, n set null, d set default. */
  readonly onUpdate: string;
  readonly onDelete: string;
  /** s simple, f full, p partial. */
  readonly matchType: string;
  readonly deferrable: boolean;
  readonly validated: boolean;
  readonly noInherit: boolean;
  /** CHECK expression (pretty), for checks. */
  readonly expression: string | null;
  readonly definition: string;
  readonly comment: string | null;
  readonly nullsNotDistinct: boolean;
  /** ON DELETE SET NULL (columns) (PostgreSQL 15+). */
  readonly partialSetNull: boolean;
}

export interface CatalogIndexKey {
  /** The column for a plain column key; null for an expression. */
  readonly column: string | null;
  /** pg_get_indexdef for this key: the column name or the expression. */
  readonly definition: string;
  /** pg_index.indoption bits: 1 DESC, 2 NULLS FIRST. */
  readonly option: number;
  readonly defaultOpclass: boolean;
  readonly opclass: string;
  /** The key's collation (quoted) when it is not the column's or the database default. */
  readonly collation: string | null;
}

/** An index that implements no constraint (those behind primary keys, unique and exclusion constraints are read as the constraint). */
export interface CatalogIndex {
  readonly table: string;
  readonly name: string;
  readonly unique: boolean;
  readonly method: string;
  readonly predicate: string | null;
  readonly keys: readonly CatalogIndexKey[];
  /** Columns beyond the keys (INCLUDE). */
  readonly includeCount: number;
  readonly valid: boolean;
  readonly nullsNotDistinct: boolean;
  readonly comment: string | null;
  readonly options: readonly string[] | null;
  readonly definition: string;
}

export interface CatalogEnum {
  readonly name: string;
  readonly values: readonly string[];
  readonly comment: string | null;
}

export interface CatalogTrigger {
  readonly table: string;
  readonly name: string;
  readonly function: string;
  readonly functionSource: string;
  /** pg_trigger.tgtype bits: 1 ROW, 2 BEFORE, 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE, 64 INSTEAD. */
  readonly type: number;
  readonly args: string;
  readonly definition: string;
}

export interface CatalogFunction {
  readonly name: string;
  readonly args: string;
  /** f function, p procedure, a aggregate, w window. */
  readonly kind: string;
  readonly source: string;
}

export interface CatalogType {
  readonly name: string;
  /** domain, composite type or range type. */
  readonly kind: string;
  /** For a domain: its CHECK constraints and whether it is NOT NULL. */
  readonly checks: string | null;
  readonly notNull: boolean;
}
