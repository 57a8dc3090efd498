import type { ColumnType, Model, Module, Table } from '../../model/model.js';
import { isIdentifying, isOneToOne, type ModuleDependency } from '../../analysis/relations.js';

/*
 * Mermaid text for the schema docs. GitHub renders it, so the output sticks to long-standing
 * syntax: erDiagram entities with typed attributes and PK/FK/UK markers, relationships with
 * quoted labels, and a plain `flowchart` with quoted node labels. A test parses every diagram
 * of the real spec with the mermaid package itself.
 */

/**
 * The module's tables with every column and their foreign keys. Tables of other modules they
 * reference are drawn as stubs holding only the referenced columns, so a module's diagram
 * stays readable however large the whole schema grows.
 */
export function moduleErDiagram(tables: readonly Table[], tablesByName: ReadonlyMap<string, Table>): string {
  const own = new Set(tables.map((t) => t.name));
  const stubColumns = new Map<string, Set<string>>();
  const relations: string[] = [];
  for (const table of tables) {
    for (const fk of table.foreignKeys) {
      const target = fk.references.table;
      if (!own.has(target)) {
        const columns = stubColumns.get(target) ?? new Set<string>();
        for (const c of fk.references.columns) columns.add(c);
        stubColumns.set(target, columns);
      }
      const optional = fk.columns.some((c) => table.columns.find((col) => col.name === c)?.nullable ?? false);
      const parentEnd = optional ? '|o' : '||';
      const childEnd = isOneToOne(table, fk) ? 'o|' : 'o{';
      const line = isIdentifying(table, fk) ? '--' : '..';
      relations.push(`  ${target} ${parentEnd}${line}${childEnd} ${table.name} : ${label(fk.columns.join(', '))}`);
    }
  }
  const lines = ['erDiagram'];
  for (const table of tables)
    lines.push(
      ...entity(
        table,
        table.columns.map((c) => c.name),
      ),
    );
  for (const [name, columns] of [...stubColumns].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const table = tablesByName.get(name);
    if (table)
      lines.push(
        ...entity(
          table,
          table.columns.map((c) => c.name).filter((c) => columns.has(c)),
        ),
      );
  }
  lines.push(...relations);
  return lines.join('\n');
}

function entity(table: Table, columnNames: readonly string[]): string[] {
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  const pkColumns = new Set(table.primaryKey?.columns ?? []);
  // UK marks a column unique on its own; a column of a composite unique key is not.
  const uniqueColumns = new Set([
    ...table.uniques.flatMap((u) => (u.columns.length === 1 ? u.columns : [])),
    ...table.indexes.flatMap((i) => (i.unique && i.where === null && i.keys.length === 1 && i.keys[0]?.column ? [i.keys[0].column] : [])),
  ]);
  const attributes = columnNames.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    const keys = [
      pkColumns.has(name) ? 'PK' : null,
      fkColumns.has(name) ? 'FK' : null,
      uniqueColumns.has(name) && !pkColumns.has(name) ? 'UK' : null,
    ];
    const markers = keys.filter((k) => k !== null).join(', ');
    return `    ${column ? attributeType(column.type) : 'unknown'} ${name}${markers ? ` ${markers}` : ''}`;
  });
  return [`  ${table.name} {`, ...attributes, '  }'];
}

/**
 * Mermaid attribute types are single words, so spaces (`double precision`) become
 * underscores. Length and precision are left out: the table's column list has them, and
 * plain words are safest on GitHub, whose Mermaid can lag the npm release. Arrays keep `[]`.
 */
export function attributeType(type: ColumnType): string {
  const word = type.name.replace(/[^A-Za-z0-9_]+/g, '_');
  return type.isArray ? `${word}[]` : word;
}

/** Which modules' tables reference which; an arrow points at the module referenced, labelled with the number of foreign keys. */
export function moduleDependencyDiagram(model: Model, dependencies: readonly ModuleDependency[]): string {
  const lines = ['flowchart LR'];
  for (const module of model.modules) lines.push(`  ${nodeId(module.key)}[${label(nodeLabel(module))}]`);
  for (const d of dependencies) lines.push(`  ${nodeId(d.from)} -->|${d.count}| ${nodeId(d.to)}`);
  return lines.join('\n');
}

// Prefixed so that no module key can collide with flowchart keywords (`end`, `graph`) or edge
// syntax (an id starting with `o` or `x` right after `--`).
const nodeId = (key: string) => `m_${key.replace(/[^A-Za-z0-9_]/g, '_')}`;

const nodeLabel = (m: Module) => (m.prefix ? `${m.prefix} ${m.title}` : m.title);

/** A quoted Mermaid string; Mermaid has no escape for `"`, so it becomes `#quot;` (an entity Mermaid decodes). */
const label = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;
