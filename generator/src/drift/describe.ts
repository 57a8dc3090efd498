import type { Column, ColumnDefault, ForeignKey, Index } from '../model/model.js';

/** Short human descriptions of model objects, as drift messages show them. */

export const columnsText = (columns: readonly string[]): string => `(${columns.join(', ')})`;

export function defaultText(d: ColumnDefault | null): string {
  return d === null || (d.kind === 'literal' && d.value === null) ? 'none' : d.sql;
}

export function describeColumn(c: Column): string {
  const parts = [c.type.sql, c.nullable ? 'nullable' : 'NOT NULL'];
  if (c.identity) parts.push(`identity ${c.identity}`);
  if (c.generated) parts.push(`generated as ${c.generated}`);
  if (c.default) parts.push(`default ${defaultText(c.default)}`);
  return parts.join(', ');
}

export function indexKeysText(index: Index): string {
  return `(${index.keys.map((k) => `${k.column ?? k.expression ?? ''}${k.descending ? ' DESC' : ''}`).join(', ')})`;
}

export function describeIndex(index: Index): string {
  return `${index.unique ? 'UNIQUE ' : ''}${index.using === 'btree' ? '' : `USING ${index.using} `}${indexKeysText(index)}${index.where ? ` WHERE ${index.where}` : ''}`;
}

export function describeForeignKey(fk: ForeignKey): string {
  return `${columnsText(fk.columns)} → ${fk.references.table} ${columnsText(fk.references.columns)}`;
}

export const quoted = (text: string | null): string => (text === null ? 'none' : JSON.stringify(text));
