import type { DbClient } from '../db/db-client.js';

/** Catalog reads shared by the DDL tests: what the database really holds, by table. */
export interface CatalogColumn {
  table: string;
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
  identity: string;
  generated: string;
  comment: string | null;
}

export async function catalogColumns(db: DbClient, schema: string): Promise<CatalogColumn[]> {
  const { rows } = await db.query<CatalogColumn>(
    `SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            pg_get_expr(d.adbin, d.adrelid) AS "default", a.attidentity AS identity, a.attgenerated AS generated,
            col_description(c.oid, a.attnum) AS comment
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
    [schema],
  );
  return rows;
}

export interface CatalogConstraint {
  table: string;
  name: string;
  type: string;
  definition: string;
}

export async function catalogConstraints(db: DbClient, schema: string): Promise<CatalogConstraint[]> {
  const { rows } = await db.query<CatalogConstraint>(
    `SELECT c.relname AS "table", k.conname AS name, k.contype AS type, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND k.contype IN ('p', 'f', 'u', 'c')
      ORDER BY 1, 2`,
    [schema],
  );
  return rows;
}

export async function catalogIndexes(db: DbClient, schema: string): Promise<{ table: string; name: string; definition: string }[]> {
  const { rows } = await db.query<{ table: string; name: string; definition: string }>(
    `SELECT tablename AS "table", indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = $1 ORDER BY 1, 2`,
    [schema],
  );
  return rows;
}

export async function catalogTables(db: DbClient, schema: string): Promise<{ name: string; comment: string | null }[]> {
  const { rows } = await db.query<{ name: string; comment: string | null }>(
    `SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY 1`,
    [schema],
  );
  return rows;
}

export async function catalogEnums(db: DbClient, schema: string): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
       JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 ORDER BY t.typname, e.enumsortorder`,
    [schema],
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.name, [...(out.get(r.name) ?? []), r.value]);
  return out;
}

export async function catalogTriggers(db: DbClient, schema: string): Promise<{ table: string; name: string }[]> {
  const { rows } = await db.query<{ table: string; name: string }>(
    `SELECT c.relname AS "table", t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND NOT t.tgisinternal ORDER BY 1, 2`,
    [schema],
  );
  return rows;
}
