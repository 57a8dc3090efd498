import type { Column } from '../model/model.js';
import { singleLineSql, stripOuterParens } from '../sql/sql-text.js';
import type { CatalogColumn } from './catalog-snapshot.js';
import { catalogColumnType } from './catalog-type.js';
import { catalogDefault } from './catalog-default.js';
import type { TableContext } from './table-context.js';

/**
 * A table's columns in catalog order. A column whose type the spec cannot hold is left out with
 * a warning, and its name is returned in `dropped` so constraints and indexes on it go too.
 */
export function importColumns(rows: readonly CatalogColumn[], ctx: TableContext): { columns: Column[]; dropped: Set<string> } {
  const columns: Column[] = [];
  const dropped = new Set<string>();
  const enumNames = new Set(ctx.enums.keys());
  for (const row of rows) {
    const typed = catalogColumnType(row, ctx.schema, enumNames, ctx.domains);
    if ('unsupported' in typed) {
      ctx.warn('unsupported-type', `column ${row.name}: ${typed.unsupported}; the column is left out`);
      dropped.add(row.name);
      continue;
    }
    const { type, serial } = typed;
    if (typed.note) ctx.warn(row.domain ? 'domain' : 'type-approximated', `column ${row.name} ${typed.note}`);
    if (row.customCollation) ctx.warn('collation', `column ${row.name} has a non-default collation, which the spec does not represent`);
    if (row.generated === 'v')
      ctx.warn('virtual-generated', `column ${row.name} is a virtual generated column; the spec creates it STORED`);
    const generated = row.generated !== '' && row.default !== null ? singleLineSql(stripOuterParens(row.default)) : null;
    const identity = row.identity === 'a' ? 'always' : row.identity === 'd' ? 'by default' : null;
    const hasOwnDefault = !serial && identity === null && generated === null && row.default !== null;
    columns.push({
      name: row.name,
      type,
      nullable: !row.notNull,
      default: hasOwnDefault ? catalogDefault(row.default ?? '', type, type.kind === 'enum' ? ctx.enums.get(type.name) : undefined) : null,
      identity,
      generated,
      description: row.comment,
      shape: null,
      min: null,
      max: null,
      nonEmpty: false,
      renamedFrom: null,
      exceptions: [],
      location: null,
    });
  }
  return { columns, dropped };
}
