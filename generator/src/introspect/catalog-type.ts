import type { ColumnType } from '../model/model.js';
import { parseColumnType } from '../model/column-type.js';
import { SCALAR_TYPES } from '../model/pg-types.js';
import type { CatalogColumn, CatalogType } from './catalog-snapshot.js';

/** Type-table key by the catalog's spelling (`character varying` → varchar); serial types are stored as integers. */
const KEY_BY_CATALOG: ReadonlyMap<string, string> = new Map(
  Object.entries(SCALAR_TYPES)
    .filter(([, t]) => t.serialOf === null && t.extension === null)
    .map(([key, t]) => [t.catalog, key] as const),
);
/** Types an extension provides, found by name in whatever schema the extension lives. */
const KEY_BY_EXTENSION_TYPE: ReadonlyMap<string, string> = new Map(
  Object.entries(SCALAR_TYPES)
    .filter(([, t]) => t.extension !== null)
    .map(([key, t]) => [t.sql, key] as const),
);
const SERIAL_OF: Readonly<Record<string, string>> = { smallint: 'smallserial', integer: 'serial', bigint: 'bigserial' };
const NEXTVAL = /^nextval\('(?:[^']|'')+'::regclass\)$/;

export type CatalogTypeResult =
  { readonly type: ColumnType; readonly serial: boolean; readonly note: string | null } | { readonly unsupported: string };

/**
 * The model type of a catalog column, through the same parser the spec uses (so the
 * ColumnType is exactly what the spec would produce). A serial column (an integer with a
 * nextval default on its own sequence) comes back as serial. `note` says what was
 * approximated (a domain's base type, a dropped precision); `unsupported` why the column
 * cannot be in the model at all.
 */
export function catalogColumnType(
  column: CatalogColumn,
  schema: string,
  enums: ReadonlySet<string>,
  domains: ReadonlyMap<string, CatalogType> = new Map(),
): CatalogTypeResult {
  let spelling: string;
  let note: string | null = null;
  if (column.scalarKind === 'e') {
    if (column.scalarSchema !== schema)
      return {
        unsupported: `type ${column.declaredType} is an enum of schema ${column.scalarSchema}; only enums of ${schema} are imported`,
      };
    spelling = column.scalarName;
  } else {
    const key =
      column.scalarSchema === 'pg_catalog' ? KEY_BY_CATALOG.get(column.scalarSpelling) : KEY_BY_EXTENSION_TYPE.get(column.scalarName);
    if (key === undefined) return { unsupported: `type ${column.declaredType} is not supported by the spec` };
    const scalar = SCALAR_TYPES[key];
    const mod = column.typmod;
    spelling = key;
    if (scalar?.params === 'length') {
      if (mod < 4) {
        spelling = 'text';
        note = `${column.declaredType} without a length is imported as text (the spec's ${key} needs one)`;
      } else {
        spelling = `${key}(${mod - 4})`;
      }
    } else if (scalar?.params === 'precision' && mod >= 4) {
      const packed = mod - 4;
      const precision = (packed >> 16) & 0xffff;
      const scale = ((packed & 0x7ff) ^ 1024) - 1024;
      if (scale < 0 || scale > precision) return { unsupported: `type ${column.declaredType} has a scale the spec cannot express` };
      spelling = `${key}(${precision},${scale})`;
    } else if (scalar?.params === 'none' && mod >= 0) {
      note = `${column.declaredType}: the precision or fields are not represented; imported as ${key}`;
    }
  }
  const serial =
    !column.isArray &&
    column.identity === '' &&
    column.ownedSequence !== null &&
    NEXTVAL.test(column.default ?? '') &&
    (column.default ?? '').includes(`'${column.ownedSequence.replace(/'/g, "''")}'`) &&
    SERIAL_OF[spelling] !== undefined;
  if (serial) spelling = SERIAL_OF[spelling] ?? spelling;
  const parsed = parseColumnType(`${spelling}${column.isArray ? '[]' : ''}`, enums);
  if (typeof parsed === 'string') return { unsupported: parsed };
  const domain = column.domain !== null ? domains.get(column.domain) : undefined;
  const domainNote = column.domain
    ? `has domain ${column.domain}, imported as its base type ${column.domainBase}${domain?.checks ? `; the domain's ${domain.checks} is not represented` : ''}${domain?.notNull ? '; its NOT NULL is not represented' : ''}`
    : null;
  return { type: parsed, serial, note: [domainNote, note].filter((n) => n !== null).join('; ') || null };
}
