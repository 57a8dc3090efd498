import type { DbClient } from '../db/db-client.js';
import type { ImportWarning } from '../introspect/import-warning.js';
import { modelFromCatalog } from '../introspect/introspect.js';
import { readCatalog } from '../introspect/read-catalog.js';
import { isUpdatedAtTrigger } from '../introspect/updated-at-trigger.js';
import type { Model } from '../model/model.js';

/** A sequence owned by a column (identity or serial). */
export interface OwnedSequence {
  readonly table: string;
  readonly column: string;
  readonly name: string;
}

/**
 * A database as the migration planner sees it: the model (what `gen import` reads), plus the
 * two kinds of names the model does not hold but a migration renames: each table's updated_at
 * trigger and the sequences columns own. All come from one catalog read.
 */
export interface DatabaseState {
  readonly model: Model;
  /** Table → name of the trigger that keeps its updated_at current. */
  readonly updatedAtTriggers: ReadonlyMap<string, string>;
  readonly sequences: readonly OwnedSequence[];
  readonly warnings: readonly ImportWarning[];
}

/** Reads a schema into the planner's view of it (the introspector leaves the migration history table out). */
export async function readDatabaseState(db: DbClient, schema: string, reference: Model | null): Promise<DatabaseState> {
  const snapshot = await readCatalog(db, schema);
  const { model, warnings } = modelFromCatalog(snapshot, reference);
  const updatedAtTriggers = new Map<string, string>();
  for (const t of snapshot.triggers) if (isUpdatedAtTrigger(t) && !updatedAtTriggers.has(t.table)) updatedAtTriggers.set(t.table, t.name);
  const sequences = snapshot.columns.flatMap((c) => (c.ownedSequence ? [{ table: c.table, column: c.name, name: c.ownedSequence }] : []));
  return { model, updatedAtTriggers, sequences, warnings };
}
