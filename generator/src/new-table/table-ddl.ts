import {
  addForeignKey,
  createIndex,
  createUpdatedAtTrigger,
  hasUpdatedAt,
  requiredExtensions,
  tableBodyLines,
  tableComments,
} from '../emit/ddl/ddl-statements.js';
import type { Model, Table } from '../model/model.js';
import { quoteIdent as q, quoteLiteral } from '../sql/quote.js';

/**
 * The DDL that adds one table (and its new enums) to a database that has the rest of the
 * schema: the statements `gen build` puts into schema.sql for it, in the same order, so it
 * can start the table's migration. The updated_at trigger uses the schema's set_updated_at().
 */
export function newTableDdl(model: Model, table: Table, newEnums: readonly string[]): string {
  const out: string[] = [];
  for (const ext of requiredExtensions({ ...model, tables: [table] }))
    out.push(`CREATE EXTENSION IF NOT EXISTS ${q(ext)} WITH SCHEMA public;`);
  for (const e of model.enums.filter((e) => newEnums.includes(e.name)))
    out.push(`CREATE TYPE ${q(e.name)} AS ENUM (${e.values.map(quoteLiteral).join(', ')});`);
  out.push(
    `CREATE TABLE ${q(table.name)} (\n${tableBodyLines(table)
      .map((l) => `  ${l}`)
      .join('\n')}\n);`,
  );
  for (const fk of table.foreignKeys) out.push(addForeignKey(table.name, fk));
  for (const ix of table.indexes) out.push(createIndex(table.name, ix));
  if (hasUpdatedAt(table)) out.push(createUpdatedAtTrigger(model, table));
  out.push(...tableComments(table));
  return `${out.join('\n')}\n`;
}
