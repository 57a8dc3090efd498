import type { DbClient } from '../db/db-client.js';
import { quoteIdent as q } from '../sql/quote.js';
import type { DatabaseState } from './database-state.js';
import { planChanges } from './plan/plan-changes.js';
import { defaultSequenceName } from './plan/sequence-names.js';
import { updatedAtTriggerName } from '../emit/ddl/ddl-statements.js';

/**
 * The SQL that builds a database's structure on an empty schema: the model's DDL, then the
 * trigger and sequence names the model does not hold.
 */
export function structureStatements(state: DatabaseState): string[] {
  const empty: DatabaseState = {
    model: { ...state.model, tables: [], enums: [] },
    updatedAtTriggers: new Map(),
    sequences: [],
    warnings: [],
  };
  const statements = planChanges(empty, state.model).map((s) => s.sql);
  for (const t of state.model.tables) {
    const made = updatedAtTriggerName(state.model, t.name);
    const real = state.updatedAtTriggers.get(t.name);
    if (real === undefined) statements.push(`DROP TRIGGER IF EXISTS ${q(made)} ON ${q(t.name)};`);
    else if (real !== made) statements.push(`ALTER TRIGGER ${q(made)} ON ${q(t.name)} RENAME TO ${q(real)};`);
  }
  for (const s of state.sequences) {
    const made = defaultSequenceName(s.table, s.column);
    if (s.name !== made) statements.push(`ALTER SEQUENCE ${q(made)} RENAME TO ${q(s.name)};`);
  }
  return statements;
}

/**
 * A copy of a database's structure (no rows) in a schema of an embedded PGlite, so that every
 * name a migration planned on the copy mentions is a name in the original. The planner renames
 * and drops things there, never in the database it read. Leaves search_path on the schema.
 */
export async function scratchCopy(db: DbClient, schema: string, state: DatabaseState): Promise<void> {
  try {
    await db.exec(`CREATE SCHEMA ${q(schema)}; SET search_path TO ${q(schema)}, public;`);
    await db.exec(`BEGIN;\n${structureStatements(state).join('\n')}\nCOMMIT;`);
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw new Error(`cannot copy the database's structure into an embedded PGlite: ${(error as Error).message}`);
  }
}
