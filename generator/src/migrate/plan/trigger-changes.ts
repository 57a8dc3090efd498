import { createUpdatedAtTrigger, hasUpdatedAt, SET_UPDATED_AT_FUNCTION, updatedAtTriggerName } from '../../emit/ddl/ddl-statements.js';
import { quoteIdent as q } from '../../sql/quote.js';
import type { PlanContext } from './plan-context.js';
import { defaultSequenceName } from './sequence-names.js';

/**
 * The updated_at triggers, which the model does not list: every table with an updated_at
 * column has one, under the convention's name; a table without the column has none.
 */
export function planTriggers(ctx: PlanContext): void {
  const create: string[] = [];
  for (const table of ctx.after.tables) {
    const name = updatedAtTriggerName(ctx.after, table.name);
    const existing = ctx.beforeTables.has(table.name) ? ctx.before.updatedAtTriggers.get(table.name) : undefined;
    if (hasUpdatedAt(table) && existing === undefined) create.push(createUpdatedAtTrigger(ctx.after, table, name));
    else if (hasUpdatedAt(table) && existing !== name)
      ctx.add('rename-objects', `ALTER TRIGGER ${q(existing ?? '')} ON ${q(table.name)} RENAME TO ${q(name)};`);
    else if (!hasUpdatedAt(table) && existing !== undefined) ctx.add('drop-objects', `DROP TRIGGER ${q(existing)} ON ${q(table.name)};`);
  }
  // CREATE OR REPLACE: the function may be there already; a migration that needs it never depends on that.
  if (create.length > 0) ctx.add('triggers', SET_UPDATED_AT_FUNCTION);
  for (const sql of create) ctx.add('triggers', sql);
}

/** Sequences of identity and serial columns get PostgreSQL's own name for them, as if the table had been created under its new name. */
export function planSequences(ctx: PlanContext): void {
  for (const s of ctx.before.sequences) {
    const table = ctx.afterTables.get(s.table);
    if (!table?.columns.some((c) => c.name === s.column)) continue;
    const expected = defaultSequenceName(s.table, s.column);
    if (s.name !== expected) ctx.add('rename-objects', `ALTER SEQUENCE ${q(s.name)} RENAME TO ${q(expected)};`);
  }
}
