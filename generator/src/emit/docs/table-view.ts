import type { Column, ForeignKey, Index, Phase, Table } from '../../model/model.js';
import type { IncomingReference } from '../../analysis/relations.js';
import { cell, code, prose } from './markdown.js';
import { modulePage, tableAnchor } from './docs-paths.js';

/** One table's section of its module page, every string ready to print. */
export interface TableSectionView {
  readonly name: string;
  readonly description: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly columns: readonly {
    readonly name: string;
    readonly type: string;
    readonly nullable: string;
    readonly default: string;
    readonly description: string;
  }[];
  readonly keys: readonly string[];
  readonly indexes: readonly string[];
  readonly referencedBy: readonly string[];
}

/** Resolves where a table is documented, as seen from the page of `fromModule`. */
export type TableLinker = (table: string, fromModule: string) => string;

export function tableLinker(moduleOf: ReadonlyMap<string, string>): TableLinker {
  return (table, fromModule) => {
    const module = moduleOf.get(table);
    const target = module === undefined || module === fromModule ? `#${tableAnchor(table)}` : `${modulePage(module)}#${tableAnchor(table)}`;
    return `[${code(table)}](${target})`;
  };
}

export function tableSectionView(table: Table, incoming: readonly IncomingReference[], link: TableLinker): TableSectionView {
  const here = (name: string) => link(name, table.module);
  return {
    name: table.name,
    description: prose(table.description) || '_No description._',
    facts: facts(table),
    columns: table.columns.map((c) => ({
      name: code(c.name),
      type: cell(code(c.type.sql)),
      nullable: c.nullable ? 'yes' : 'no',
      default: cell(defaultText(c)),
      description: cell(columnDescription(c, table.foreignKeys, here)),
    })),
    keys: [
      ...(table.primaryKey ? [`Primary key ${code(table.primaryKey.name)} ${columnList(table.primaryKey.columns)}`] : []),
      ...table.foreignKeys.map((fk) => foreignKeyText(fk, here)),
      ...table.uniques.map((u) => `Unique ${code(u.name)} ${columnList(u.columns)}${u.nullsNotDistinct ? ', nulls not distinct' : ''}`),
      ...table.checks.map((c) => `Check ${code(c.name)}: ${code(c.expression)}`),
    ],
    indexes: table.indexes.map(indexText),
    referencedBy: incoming.map(
      ({ table: from, foreignKey }) =>
        `${here(from.name)} ${columnList(foreignKey.columns)} via ${code(foreignKey.name)}, on delete ${foreignKey.onDelete}`,
    ),
  };
}

const PHASE_TEXT: Readonly<Record<Phase, string>> = { live: 'live', y1: 'planned for Year 1', y2: 'planned for Year 2' };

export const statusText = (table: Table): string => PHASE_TEXT[table.phase];

function facts(table: Table): { label: string; value: string }[] {
  const out = [{ label: 'Status', value: statusText(table) }];
  if (table.legacyNames.length > 0) {
    const names = table.legacyNames.map((l) => `${code(l.name)} (${l.kind}${l.note ? `: ${prose(l.note)}` : ''})`);
    out.push({ label: 'Legacy names', value: names.join(', ') });
  }
  if (table.renamedFrom) out.push({ label: 'Renamed from', value: code(table.renamedFrom) });
  if (table.appendOnly) out.push({ label: 'Append-only', value: 'rows are never updated' });
  return out;
}

function defaultText(column: Column): string {
  if (column.identity) return `identity (${column.identity})`;
  if (column.generated) return `generated: ${code(column.generated)}`;
  return column.default ? code(column.default.sql) : '';
}

function columnDescription(column: Column, foreignKeys: readonly ForeignKey[], link: (table: string) => string): string {
  const parts = [prose(column.description)];
  const fk = foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === column.name);
  if (fk) parts.push(`→ ${link(fk.references.table)}`);
  if (column.renamedFrom) parts.push(`(was ${code(column.renamedFrom)})`);
  return parts.filter((p) => p !== '').join(' ');
}

function foreignKeyText(fk: ForeignKey, link: (table: string) => string): string {
  const actions = [`on delete ${fk.onDelete}`, ...(fk.onUpdate === 'no action' ? [] : [`on update ${fk.onUpdate}`])];
  return `Foreign key ${code(fk.name)} ${columnList(fk.columns)} → ${link(fk.references.table)} ${columnList(fk.references.columns)}, ${actions.join(', ')}`;
}

function indexText(index: Index): string {
  const keys = index.keys.map((k) => `${k.column ?? k.expression ?? ''}${k.descending ? ' desc' : ''}`).join(', ');
  const kind = [index.unique ? 'unique' : null, index.using === 'btree' ? null : index.using].filter((k) => k !== null).join(' ');
  return `${code(index.name)}${kind ? ` (${kind})` : ''}: ${code(keys)}${index.where ? ` where ${code(index.where)}` : ''}`;
}

const columnList = (columns: readonly string[]) => `(${columns.map(code).join(', ')})`;
