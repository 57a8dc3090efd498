import { addForeignKey, createIndex, createTable, tableComments } from '../../emit/ddl/ddl-statements.js';
import { dependencyOrder } from '../../emit/ddl/table-order.js';
import type { Table } from '../../model/model.js';
import { quoteIdent as q, quoteLiteral } from '../../sql/quote.js';
import {
  addColumn,
  addGeneratedColumn,
  alterColumn,
  dropColumn,
  dropGeneratedColumn,
  generatedColumnsToRecreate,
} from './column-changes.js';
import { planConstraintChange } from './constraint-changes.js';
import type { PlanContext } from './plan-context.js';

/** Tables: create the new (with their keys, indexes and comments), drop the gone, change the rest. */
export function planTables(ctx: PlanContext): void {
  const byTable = new Map<string, typeof ctx.differences>();
  for (const d of ctx.differences) if (d.table !== null) byTable.set(d.table, [...(byTable.get(d.table) ?? []), d]);

  const created = dependencyOrder(
    [...byTable.keys()].flatMap((n) => (ctx.beforeTables.has(n) ? [] : [ctx.afterTables.get(n)].filter((t) => t !== undefined))),
  );
  for (const t of created) createTableWithParts(ctx, t);

  // A table that references another dropped table goes first.
  const dropped = dependencyOrder(
    [...byTable.keys()].flatMap((n) => (ctx.afterTables.has(n) ? [] : [ctx.beforeTables.get(n)].filter((t) => t !== undefined))),
  ).reverse();
  for (const t of dropped)
    ctx.add('drop-tables', `DROP TABLE ${q(t.name)};`, {
      destructive: `drops table ${t.name} and all its rows (if it was renamed, give the new table renamedFrom: ${t.name} in the spec)`,
    });

  for (const [name, diffs] of byTable) {
    const before = ctx.beforeTables.get(name);
    const after = ctx.afterTables.get(name);
    if (!before || !after) continue;
    const columnDiffs = new Map<string, typeof diffs>();
    for (const d of diffs) {
      if (d.object === 'table' && d.property === 'description')
        ctx.add('comments', `COMMENT ON TABLE ${q(name)} IS ${after.description === null ? 'NULL' : quoteLiteral(after.description)};`);
      else if (d.object === 'column') columnDiffs.set(d.name, [...(columnDiffs.get(d.name) ?? []), d]);
      else if (d.object !== 'table') planConstraintChange(ctx, d);
    }
    const regenerated = generatedColumnsToRecreate(before, after, columnDiffs);
    for (const c of regenerated) dropGeneratedColumn(ctx, name, c);
    for (const [column, cds] of columnDiffs) {
      const a = after.columns.find((c) => c.name === column);
      const b = before.columns.find((c) => c.name === column);
      if (a && !b) addColumn(ctx, name, a);
      else if (b && !a) dropColumn(ctx, name, column);
      else if (a && b && !regenerated.includes(a)) alterColumn(ctx, after, b, a, cds);
    }
    for (const c of regenerated) addGeneratedColumn(ctx, after, c);
  }
}

function createTableWithParts(ctx: PlanContext, table: Table): void {
  ctx.add('create-tables', createTable(table));
  for (const fk of table.foreignKeys) ctx.add('add-foreign-keys', addForeignKey(table.name, fk));
  for (const index of table.indexes) ctx.add('create-indexes', createIndex(table.name, index));
  for (const comment of tableComments(table)) ctx.add('comments', comment);
}
