import type { Column, EnumType, ForeignKey, Index, Model, Table } from '../../model/model.js';
import { SCALAR_TYPES } from '../../model/pg-types.js';
import { conventionalName } from '../../model/naming.js';
import { quoteIdent as q, quoteLiteral } from '../../sql/quote.js';

/** SQL for the pieces of a schema, shared by the schema emitter and the migration planner. */

export function columnDefinition(column: Column): string {
  const parts = [q(column.name), column.type.sql];
  if (column.identity) parts.push(`GENERATED ${column.identity.toUpperCase()} AS IDENTITY`);
  if (column.generated) parts.push(`GENERATED ALWAYS AS (${column.generated}) STORED`);
  if (!column.nullable) parts.push('NOT NULL');
  if (column.default) parts.push(`DEFAULT ${column.default.sql}`);
  return parts.join(' ');
}

export const columnList = (columns: readonly string[]): string => columns.map(q).join(', ');

export const createExtension = (name: string): string => `CREATE EXTENSION IF NOT EXISTS ${q(name)} WITH SCHEMA public;`;

export const createEnumType = (e: EnumType): string => `CREATE TYPE ${q(e.name)} AS ENUM (${e.values.map(quoteLiteral).join(', ')});`;

/** The function every updated_at trigger calls. */
export const SET_UPDATED_AT_FUNCTION = `CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;`;

/** CREATE TABLE with columns and inline primary key, unique and check constraints; foreign keys come separately. */
export function createTable(table: Table): string {
  return `CREATE TABLE ${q(table.name)} (\n${tableBodyLines(table)
    .map((line) => `  ${line}`)
    .join('\n')}\n);`;
}

/** Column definitions and inline constraints (primary key, unique, check) of CREATE TABLE. */
export function tableBodyLines(table: Table): string[] {
  const items = table.columns.map(columnDefinition);
  if (table.primaryKey) items.push(`CONSTRAINT ${q(table.primaryKey.name)} PRIMARY KEY (${columnList(table.primaryKey.columns)})`);
  for (const u of table.uniques)
    items.push(`CONSTRAINT ${q(u.name)} UNIQUE${u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''} (${columnList(u.columns)})`);
  for (const c of table.checks) items.push(`CONSTRAINT ${q(c.name)} CHECK (${c.expression})`);
  return items.map((line, i) => (i < items.length - 1 ? `${line},` : line));
}

export function addForeignKey(table: string, fk: ForeignKey): string {
  const actions = [
    fk.onDelete !== 'no action' ? ` ON DELETE ${fk.onDelete.toUpperCase()}` : '',
    fk.onUpdate !== 'no action' ? ` ON UPDATE ${fk.onUpdate.toUpperCase()}` : '',
  ].join('');
  return `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(fk.name)} FOREIGN KEY (${columnList(fk.columns)}) REFERENCES ${q(fk.references.table)} (${columnList(fk.references.columns)})${actions};`;
}

export function createIndex(table: string, index: Index): string {
  const keys = index.keys.map((k) => `${k.column !== null ? q(k.column) : `(${k.expression})`}${k.descending ? ' DESC' : ''}`).join(', ');
  const using = index.using === 'btree' ? '' : ` USING ${index.using}`;
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${q(index.name)} ON ${q(table)}${using} (${keys})${index.where ? ` WHERE ${index.where}` : ''};`;
}

export const hasUpdatedAt = (table: Table): boolean =>
  table.columns.some((c) => c.name === 'updated_at' && SCALAR_TYPES[c.type.name]?.category === 'timestamp' && !c.type.isArray);

export const updatedAtTriggerName = (model: Model, table: string): string => conventionalName(model.naming.trigger, { table });

export function createUpdatedAtTrigger(model: Model, table: Table, name = updatedAtTriggerName(model, table.name)): string {
  return `CREATE TRIGGER ${q(name)} BEFORE UPDATE ON ${q(table.name)} FOR EACH ROW EXECUTE FUNCTION set_updated_at();`;
}

export const enumComment = (e: EnumType): string =>
  `COMMENT ON TYPE ${q(e.name)} IS ${e.description === null ? 'NULL' : quoteLiteral(e.description)};`;

export function tableComments(table: Table): string[] {
  const out: string[] = [];
  if (table.description) out.push(`COMMENT ON TABLE ${q(table.name)} IS ${quoteLiteral(table.description)};`);
  for (const c of table.columns)
    if (c.description) out.push(`COMMENT ON COLUMN ${q(table.name)}.${q(c.name)} IS ${quoteLiteral(c.description)};`);
  return out;
}

export function requiredExtensions(model: Model): string[] {
  const used = new Set<string>();
  for (const t of model.tables)
    for (const c of t.columns) {
      const ext = c.type.kind === 'scalar' ? SCALAR_TYPES[c.type.name]?.extension : null;
      if (ext) used.add(ext);
    }
  return [...used].sort();
}
