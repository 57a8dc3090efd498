import type { DbClient } from '../db/db-client.js';
import type {
  CatalogColumn,
  CatalogConstraint,
  CatalogEnum,
  CatalogFunction,
  CatalogIndex,
  CatalogRelation,
  CatalogSnapshot,
  CatalogTrigger,
  CatalogType,
} from './catalog-snapshot.js';

/** A failure to read the catalog that the user can act on (missing schema, old server, no privilege). */
export class IntrospectionError extends Error {}

const MIN_SERVER_VERSION = 120000;
const TABLE_KINDS = `('r', 'p')`;
/** Objects that belong to an extension are the extension's business, not the schema's. */
const notFromExtension = (classTable: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '${classTable}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`;

/**
 * Reads everything the model can hold (and what it cannot, to warn about) from one schema, in
 * one read-only transaction so the picture is consistent. search_path is set to the schema for
 * the transaction: PostgreSQL then prints the schema's own types and sequences unqualified, the
 * way the spec writes them.
 */
export async function readCatalog(db: DbClient, schema: string): Promise<CatalogSnapshot> {
  await db.exec('BEGIN READ ONLY');
  try {
    const snapshot = await readInTransaction(db, schema);
    await db.exec('COMMIT');
    return snapshot;
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => undefined);
    if (error instanceof IntrospectionError) throw error;
    const e = error as { code?: string; message?: string };
    if (e.code === '42501')
      throw new IntrospectionError(`permission denied while reading the catalog of schema "${schema}": ${e.message ?? ''}`);
    throw new IntrospectionError(`reading the catalog of schema "${schema}" failed: ${e.message ?? String(error)}`);
  }
}

async function readInTransaction(db: DbClient, schema: string): Promise<CatalogSnapshot> {
  const version = Number((await db.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]?.v ?? 0);
  if (version < MIN_SERVER_VERSION)
    throw new IntrospectionError(`PostgreSQL ${Math.floor(version / 10000)} is not supported; gen import and gen check need 12 or later`);
  const exists = await db.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema]);
  if (exists.rows.length === 0) {
    const { rows } = await db.query<{ name: string }>(
      `SELECT DISTINCT n.nspname AS name FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid
        WHERE c.relkind IN ${TABLE_KINDS} AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1`,
    );
    throw new IntrospectionError(
      `schema "${schema}" does not exist in this database${rows.length ? ` (schemas with tables: ${rows.map((r) => r.name).join(', ')})` : ''}; pass --schema`,
    );
  }
  // The schema first, then where extensions live (public here, `extensions` on Supabase), so
  // citext's operators print as `~`, not `OPERATOR(public.~)`.
  await db.query(
    `SELECT set_config('search_path', string_agg(quote_ident(s), ', ' ORDER BY o), true), set_config('TimeZone', 'UTC', true)
       FROM (SELECT $1::text AS s, 0 AS o UNION SELECT DISTINCT n.nspname, 1 FROM pg_extension e
               JOIN pg_namespace n ON n.oid = e.extnamespace WHERE n.nspname NOT IN ('pg_catalog', $1)) AS path`,
    [schema],
  );
  await db.query(`SELECT set_config('DateStyle', 'ISO, YMD', true), set_config('IntervalStyle', 'postgres', true)`);
  const pg15 = version >= 150000;
  const params = [schema];
  return {
    schema,
    serverVersion: version,
    relations: (await db.query<CatalogRelation>(RELATIONS, params)).rows,
    columns: (await db.query<CatalogColumn>(COLUMNS, params)).rows.map((c) => ({ ...c, typmod: Number(c.typmod) })),
    constraints: (await db.query<CatalogConstraint>(constraintsSql(pg15), params)).rows,
    indexes: (await db.query<CatalogIndex>(indexesSql(pg15), params)).rows.map((i) => ({
      ...i,
      keys: typeof i.keys === 'string' ? (JSON.parse(i.keys) as CatalogIndex['keys']) : i.keys,
      includeCount: Number(i.includeCount),
    })),
    enums: (await db.query<CatalogEnum>(ENUMS, params)).rows,
    triggers: (await db.query<CatalogTrigger>(TRIGGERS, params)).rows.map((t) => ({ ...t, type: Number(t.type) })),
    functions: (await db.query<CatalogFunction>(FUNCTIONS, params)).rows,
    policies: (await db.query<{ table: string; name: string }>(POLICIES, params)).rows,
    types: (await db.query<CatalogType>(TYPES, params)).rows,
    otherSchemas: (await db.query<{ name: string; tables: number; views: number }>(OTHER_SCHEMAS, params)).rows,
    extensions: (await db.query<{ name: string; schema: string }>(EXTENSIONS)).rows,
  };
}

const RELATIONS = `
SELECT c.relname AS name, c.relkind AS kind, c.relispartition AS "isPartition", c.relpersistence AS persistence,
       c.relrowsecurity AS "rowSecurity", obj_description(c.oid, 'pg_class') AS comment, c.reloptions::text[] AS options,
       (SELECT string_agg(p.relname, ', ' ORDER BY p.relname) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent
         WHERE h.inhrelid = c.oid) AS "inheritsFrom",
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS "partitionKey",
       EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')) AS owned
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY c.relname`;

const COLUMNS = `
SELECT c.relname AS "table", a.attname AS name, a.attnotnull AS "notNull", a.attidentity::text AS identity,
       a.attgenerated::text AS generated, pg_get_expr(d.adbin, d.adrelid, true) AS "default",
       col_description(c.oid, a.attnum) AS comment, format_type(a.atttypid, a.atttypmod) AS "declaredType",
       CASE WHEN dt.typtype = 'd' THEN CASE WHEN dn.nspname = $1 THEN dt.typname ELSE dn.nspname || '.' || dt.typname END END AS domain,
       CASE WHEN dt.typtype = 'd' THEN format_type(dt.typbasetype, dt.typtypmod) END AS "domainBase",
       (et.typcategory = 'A' AND et.typelem <> 0) AS "isArray",
       st.typname AS "scalarName", sn.nspname AS "scalarSchema", st.typtype::text AS "scalarKind",
       format_type(st.oid, NULL) AS "scalarSpelling",
       CASE WHEN dt.typtype = 'd' THEN dt.typtypmod ELSE a.atttypmod END AS typmod,
       (a.attcollation <> 0 AND a.attcollation <> st.typcollation) AS "customCollation",
       seq.relname AS "ownedSequence"
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type dt ON dt.oid = a.atttypid
  JOIN pg_namespace dn ON dn.oid = dt.typnamespace
  JOIN pg_type et ON et.oid = CASE WHEN dt.typtype = 'd' THEN dt.typbasetype ELSE dt.oid END
  JOIN pg_type st ON st.oid = CASE WHEN et.typcategory = 'A' AND et.typelem <> 0 THEN et.typelem ELSE et.oid END
  JOIN pg_namespace sn ON sn.oid = st.typnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN (SELECT DISTINCT ON (dep.refobjid, dep.refobjsubid) dep.refobjid, dep.refobjsubid, s.relname
               FROM pg_depend dep
               JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
               JOIN pg_namespace qn ON qn.oid = s.relnamespace AND qn.nspname = $1
              WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
              ORDER BY dep.refobjid, dep.refobjsubid, s.relname) AS seq ON seq.refobjid = c.oid AND seq.refobjsubid = a.attnum
-- Tables that belong to an extension are left out with the relations; their columns are never looked up.
 WHERE n.nspname = $1 AND c.relkind IN ${TABLE_KINDS} AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY c.relname, a.attnum`;

const columnNames = (keys: string, rel: string) =>
  `ARRAY(SELECT a.attname FROM unnest(${keys}) WITH ORDINALITY AS u(num, ord)
           JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = u.num ORDER BY u.ord)::text[]`;

const constraintsSql = (pg15: boolean) => `
SELECT c.relname AS "table", k.conname AS name, k.contype::text AS type,
       ${columnNames('k.conkey', 'k.conrelid')} AS columns,
       rn.nspname AS "refSchema", rc.relname AS "refTable", ${columnNames('k.confkey', 'k.confrelid')} AS "refColumns",
       k.confupdtype::text AS "onUpdate", k.confdeltype::text AS "onDelete", k.confmatchtype::text AS "matchType",
       k.condeferrable AS deferrable, k.convalidated AS validated, k.connoinherit AS "noInherit",
       CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid, true) END AS expression,
       pg_get_constraintdef(k.oid, true) AS definition, obj_description(k.oid, 'pg_constraint') AS comment,
       ${pg15 ? 'coalesce(ix.indnullsnotdistinct, false)' : 'false'} AS "nullsNotDistinct",
       ${pg15 ? 'k.confdelsetcols IS NOT NULL' : 'false'} AS "partialSetNull"
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class rc ON rc.oid = k.confrelid
  LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
  LEFT JOIN pg_index ix ON ix.indexrelid = k.conindid
 WHERE n.nspname = $1 AND c.relkind IN ${TABLE_KINDS} AND NOT c.relispartition AND k.contype IN ('p', 'f', 'u', 'c', 'x', 't')
 ORDER BY c.relname, k.conname`;

const indexesSql = (pg15: boolean) => `
SELECT c.relname AS "table", ic.relname AS name, i.indisunique AS "unique", am.amname AS method,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate, i.indnatts - i.indnkeyatts AS "includeCount",
       i.indisvalid AS valid, ${pg15 ? 'i.indnullsnotdistinct' : 'false'} AS "nullsNotDistinct",
       obj_description(i.indexrelid, 'pg_class') AS comment, ic.reloptions::text[] AS options,
       pg_get_indexdef(i.indexrelid) AS definition,
       (SELECT json_agg(json_build_object(
                 'column', att.attname,
                 'definition', pg_get_indexdef(i.indexrelid, k.n, true),
                 'option', i.indoption[k.n - 1],
                 'defaultOpclass', coalesce(opc.opcdefault, true),
                 'opclass', opc.opcname,
                 'collation', CASE WHEN i.indcollation[k.n - 1] NOT IN (0, coalesce(att.attcollation, 100))
                                   THEN (SELECT quote_ident(cl.collname) FROM pg_collation cl WHERE cl.oid = i.indcollation[k.n - 1]) END
               ) ORDER BY k.n)::text
          FROM generate_series(1, i.indnkeyatts) AS k(n)
          LEFT JOIN pg_attribute att ON att.attrelid = i.indrelid AND att.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
          LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[k.n - 1]) AS keys
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
 WHERE n.nspname = $1 AND c.relkind IN ${TABLE_KINDS} AND NOT c.relispartition
   -- The index behind a primary key, unique or exclusion constraint is read as that constraint.
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
 ORDER BY c.relname, ic.relname`;

const ENUMS = `
SELECT t.typname AS name, obj_description(t.oid, 'pg_type') AS comment,
       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS values
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE n.nspname = $1 AND t.typtype = 'e' AND ${notFromExtension('pg_type', 't.oid')}
 ORDER BY t.typname`;

const TRIGGERS = `
SELECT c.relname AS "table", t.tgname AS name, p.proname AS "function", p.prosrc AS "functionSource", t.tgtype::int AS type,
       encode(t.tgargs, 'escape') AS args, pg_get_triggerdef(t.oid, true) AS definition
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_proc p ON p.oid = t.tgfoid
 WHERE n.nspname = $1 AND NOT t.tgisinternal
 ORDER BY c.relname, t.tgname`;

const FUNCTIONS = `
SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args, p.prokind::text AS kind, p.prosrc AS source
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = $1 AND ${notFromExtension('pg_proc', 'p.oid')}
   -- A range type's constructor functions come and go with the type (an internal dependency).
   AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_proc'::regclass AND i.objid = p.oid AND i.deptype = 'i')
 ORDER BY p.proname, 2`;

const POLICIES = `
SELECT c.relname AS "table", pol.polname AS name
  FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = $1
 ORDER BY 1, 2`;

const TYPES = `
SELECT t.typname AS name, CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type' END AS kind,
       CASE WHEN t.typtype = 'd' THEN (SELECT string_agg(pg_get_constraintdef(k.oid, true), ' AND ' ORDER BY k.conname)
                                         FROM pg_constraint k WHERE k.contypid = t.oid) END AS checks,
       t.typtype = 'd' AND t.typnotnull AS "notNull"
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_class r ON r.oid = t.typrelid
 WHERE n.nspname = $1 AND (t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND r.relkind = 'c'))
   AND ${notFromExtension('pg_type', 't.oid')}
 ORDER BY 1`;

const OTHER_SCHEMAS = `
SELECT n.nspname AS name,
       (count(*) FILTER (WHERE c.relkind IN ('r', 'p')))::int AS tables,
       (count(*) FILTER (WHERE c.relkind IN ('v', 'm')))::int AS views
  FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid
 WHERE n.nspname <> $1 AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
   AND c.relkind IN ('r', 'p', 'v', 'm')
 GROUP BY n.nspname
 ORDER BY 1`;

const EXTENSIONS = `
SELECT e.extname AS name, n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace ORDER BY 1`;
