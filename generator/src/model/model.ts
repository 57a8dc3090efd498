import type { SourceLocation } from '../spec/problem.js';

/**
 * The model: one typed, resolved, sorted, immutable description of the database.
 *
 * The spec loader and the database introspector both produce it; every later stage
 * (emitters, lint, diff, drift) reads only this. Tables, enums and modules are sorted by
 * name once, here; columns keep their declared order because column order is part of a
 * table's definition.
 */
export interface Model {
  readonly name: string;
  readonly description: string | null;
  /** The root spec file, relative to the project root (the folder holding the spec folder), e.g. `schema-spec/poultryco.yaml`. */
  readonly specFile: string;
  /** PostgreSQL schema the tables live in. */
  readonly schema: string;
  readonly teams: readonly Team[];
  readonly modules: readonly Module[];
  readonly enums: readonly EnumType[];
  readonly tables: readonly Table[];
  readonly naming: NamingConvention;
  readonly lint: LintConfig;
}

export type Phase = 'live' | 'y1' | 'y2';
export type TableStatus = 'live' | 'planned';

export interface Team {
  readonly key: string;
  readonly title: string;
  readonly handle: string | null;
  readonly description: string | null;
}

export interface ModuleTargets {
  readonly current: number;
  readonly y1: number;
  readonly y2: number;
}

export interface Module {
  readonly key: string;
  /** `usr_`, `ai__`; empty for core. */
  readonly prefix: string;
  readonly title: string;
  /** Team key. */
  readonly owner: string;
  readonly description: string | null;
  readonly targets: ModuleTargets;
  /** Module keys whose tables this module may reference (besides itself). */
  readonly references: readonly string[];
  /** Spec file holding the module's tables, relative to the project root (like Model.specFile); null when it has none. */
  readonly file: string | null;
  readonly location: SourceLocation | null;
}

export interface EnumType {
  readonly name: string;
  readonly module: string;
  readonly description: string | null;
  readonly values: readonly string[];
  readonly location: SourceLocation | null;
}

export interface LegacyName {
  readonly name: string;
  /** `renamed`: the table under its old name; `merged`: a duplicate whose rows move into this table. */
  readonly kind: 'renamed' | 'merged';
  readonly note: string | null;
}

export interface LintException {
  readonly rule: string;
  readonly reason: string;
  readonly location: SourceLocation | null;
}

export interface Table {
  readonly name: string;
  readonly module: string;
  readonly description: string | null;
  readonly status: TableStatus;
  /** `live` for live tables, the due year for planned ones. */
  readonly phase: Phase;
  readonly legacyNames: readonly LegacyName[];
  readonly renamedFrom: string | null;
  /** Rows are never updated (logs, likes, views), so the table needs no updated_at. */
  readonly appendOnly: boolean;
  readonly columns: readonly Column[];
  readonly primaryKey: PrimaryKey | null;
  readonly foreignKeys: readonly ForeignKey[];
  readonly uniques: readonly UniqueConstraint[];
  readonly checks: readonly CheckConstraint[];
  readonly indexes: readonly Index[];
  readonly exceptions: readonly LintException[];
  readonly location: SourceLocation | null;
}

/** A resolved column type. `sql` is the canonical spelling used in DDL and comparisons. */
export interface ColumnType {
  readonly kind: 'scalar' | 'enum';
  /** Scalar key from the type table (`varchar`, `timestamptz` …) or the enum's name. */
  readonly name: string;
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
  readonly isArray: boolean;
  /** e.g. `varchar(200)`, `numeric(10,2)[]`, `soc_post_status`. */
  readonly sql: string;
}

export type ColumnDefault =
  { readonly kind: 'literal'; readonly value: JsonValue; readonly sql: string } | { readonly kind: 'expression'; readonly sql: string };

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Declared shape of a json/jsonb value. */
export type JsonShape =
  | { readonly kind: 'scalar'; readonly type: 'string' | 'number' | 'integer' | 'boolean' | 'unknown' }
  | { readonly kind: 'array'; readonly element: JsonShape }
  | { readonly kind: 'object'; readonly properties: readonly JsonShapeProperty[] };

export interface JsonShapeProperty {
  readonly name: string;
  readonly optional: boolean;
  readonly shape: JsonShape;
}

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  readonly default: ColumnDefault | null;
  readonly identity: 'always' | 'by default' | null;
  /** Expression of a GENERATED ALWAYS … STORED column. */
  readonly generated: string | null;
  readonly description: string | null;
  readonly shape: JsonShape | null;
  /** Value bounds and non-blank text, enforced by a CHECK and by the validators. */
  readonly min: number | null;
  readonly max: number | null;
  readonly nonEmpty: boolean;
  readonly renamedFrom: string | null;
  readonly exceptions: readonly LintException[];
  readonly location: SourceLocation | null;
}

export type FkAction = 'cascade' | 'restrict' | 'no action' | 'set null' | 'set default';

export interface PrimaryKey {
  readonly name: string;
  readonly columns: readonly string[];
}

export interface ForeignKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly references: { readonly table: string; readonly columns: readonly string[] };
  readonly onDelete: FkAction;
  readonly onUpdate: FkAction;
  readonly location: SourceLocation | null;
}

export interface UniqueConstraint {
  readonly name: string;
  readonly columns: readonly string[];
  readonly nullsNotDistinct: boolean;
}

export interface CheckConstraint {
  readonly name: string;
  readonly expression: string;
}

export interface IndexKey {
  /** Set for a column key; null for an expression key. */
  readonly column: string | null;
  readonly expression: string | null;
  readonly descending: boolean;
}

export interface Index {
  readonly name: string;
  readonly keys: readonly IndexKey[];
  readonly unique: boolean;
  readonly using: 'btree' | 'gin' | 'gist' | 'hash' | 'brin';
  readonly where: string | null;
  readonly location: SourceLocation | null;
}

/** Name patterns for generated constraint, index and trigger names. Placeholders: {table}, {columns}, {name}. */
export interface NamingConvention {
  readonly primaryKey: string;
  readonly foreignKey: string;
  readonly unique: string;
  readonly check: string;
  readonly index: string;
  readonly uniqueIndex: string;
  readonly trigger: string;
}

export type Severity = 'error' | 'warn' | 'off';

export interface LintConfig {
  readonly rules: Readonly<Record<string, Severity>>;
  readonly options: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export const PHASE_ORDER: readonly Phase[] = ['live', 'y1', 'y2'];

/** Whether a table of `phase` is part of a build for `target` (live ⊂ y1 ⊂ y2). */
export function phaseIncludes(target: Phase, phase: Phase): boolean {
  return PHASE_ORDER.indexOf(phase) <= PHASE_ORDER.indexOf(target);
}

/** The model restricted to the tables of a phase (and enums those tables use). */
export function modelForPhase(model: Model, phase: Phase): Model {
  if (phase === 'y2') return model;
  const tables = model.tables.filter((t) => phaseIncludes(phase, t.phase));
  // An enum is left out only when every table using it is left out: an enum no table uses yet
  // is still part of the schema.
  const enumsOf = (ts: readonly Table[]) =>
    new Set(ts.flatMap((t) => t.columns.filter((c) => c.type.kind === 'enum').map((c) => c.type.name)));
  const usedHere = enumsOf(tables);
  const usedAnywhere = enumsOf(model.tables);
  return { ...model, tables, enums: model.enums.filter((e) => usedHere.has(e.name) || !usedAnywhere.has(e.name)) };
}
