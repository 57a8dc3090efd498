import type { CatalogType } from './catalog-snapshot.js';
import type { ImportWarning } from './import-warning.js';

/** What the per-table import steps share: the schema, its enums and tables, and where warnings go. */
export interface TableContext {
  readonly schema: string;
  readonly table: string;
  readonly enums: ReadonlyMap<string, readonly string[]>;
  /** The schema's domains, for what their columns lose. */
  readonly domains: ReadonlyMap<string, CatalogType>;
  /** Tables that are part of the import (foreign keys may only point at these). */
  readonly tables: ReadonlySet<string>;
  warn(code: string, message: string): void;
}

export function tableContext(base: Omit<TableContext, 'table' | 'warn'>, table: string, warnings: ImportWarning[]): TableContext {
  return { ...base, table, warn: (code, message) => void warnings.push({ code, table, message }) };
}
