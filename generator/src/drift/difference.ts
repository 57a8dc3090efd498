/**
 * One difference between two models: usually the spec (`expected`) and a live database
 * (`actual`). Structured so that `gen check` can print or serialise it and a migration can be
 * planned from it: what object, which property, both values.
 */
export interface Difference {
  /** The table it is in; null for enum types. */
  readonly table: string | null;
  /** The enum type it concerns, for enum differences. */
  readonly enum: string | null;
  readonly object: DriftObject;
  /** The object's name: the expected one when both sides have it, else the side that has it. */
  readonly name: string;
  /**
   * missing: only expected has it; extra: only actual has it; changed: both, differing in
   * `property`; renamed: the same structure under another name (`actual` holds the actual name).
   */
  readonly change: 'missing' | 'extra' | 'changed' | 'renamed';
  readonly property: string | null;
  /** The expected value (spec), as text; null when absent. */
  readonly expected: string | null;
  /** The actual value (database), as text; null when absent. */
  readonly actual: string | null;
  readonly message: string;
}

export type DriftObject =
  'table' | 'column' | 'primary key' | 'foreign key' | 'unique constraint' | 'check' | 'index' | 'enum' | 'enum value';

/** How the two sides are called in messages. */
export interface SideLabels {
  readonly expected: string;
  readonly actual: string;
}

export const SPEC_VS_DATABASE: SideLabels = { expected: 'the spec', actual: 'the database' };

export interface CompareOptions {
  readonly labels?: SideLabels;
  /**
   * Also compare what the spec says about a column beyond the catalog's own words: column
   * order, and min/max/nonEmpty (which the catalog holds only as checks). Round-trip tests use
   * it; `gen check` does not (a new column is always appended; a changed check is reported once).
   */
  readonly strict?: boolean;
}
