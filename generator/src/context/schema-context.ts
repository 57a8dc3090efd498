import type { Column, Model, NamingConvention, Table } from '../model/model.js';
import { incomingReferences } from '../analysis/relations.js';
import { RULES } from '../lint/registry.js';

/*
 * The part of the schema a code assistant needs, as compact data: names, types, keys and
 * relations, with optional facts left out rather than set to null or false. `gen context`
 * prints it as text or JSON.
 */

export interface SchemaContext {
  readonly database: string;
  readonly schema: string;
  /** What was selected, in words: `module soc`, `tables a, b`, `all modules`. */
  readonly scope: string;
  readonly naming: ContextNaming;
  /** Enum type → values: every enum the selected tables use or their modules declare. */
  readonly enums: Readonly<Record<string, readonly string[]>>;
  readonly tables: readonly ContextTable[];
  /** Tables outside the selection that selected tables reference: only the referenced columns. */
  readonly referencedTables: readonly ContextStub[];
}

export interface ContextNaming {
  /** Module key → table prefix (`''` for core), for the modules of the selected tables. */
  readonly prefixes: Readonly<Record<string, string>>;
  /** Patterns of generated constraint, index and trigger names. */
  readonly constraints: NamingConvention;
  /** The active lint rules: the standards new tables and columns must meet. */
  readonly rules: readonly string[];
}

export interface ContextTable {
  readonly name: string;
  readonly module: string;
  readonly description?: string;
  /** Only for planned tables: the phase they are due in. */
  readonly planned?: 'y1' | 'y2';
  readonly legacyNames?: readonly string[];
  readonly columns: readonly ContextColumn[];
  readonly primaryKey?: readonly string[];
  /** Multi-column foreign keys; single-column ones are on their column. */
  readonly foreignKeys?: readonly ContextForeignKey[];
  /** Multi-column unique keys; single-column ones are marked on their column. */
  readonly unique?: readonly (readonly string[])[];
  readonly checks?: readonly string[];
  readonly indexes?: readonly string[];
  /** `table.column` of every foreign key pointing here. */
  readonly referencedBy?: readonly string[];
}

export interface ContextColumn {
  readonly name: string;
  readonly type: string;
  readonly nullable?: true;
  readonly default?: string;
  readonly identity?: 'always' | 'by default';
  readonly generated?: string;
  readonly unique?: true;
  /** `table.column`, for a single-column foreign key. */
  readonly references?: string;
  readonly onDelete?: string;
  readonly description?: string;
}

export interface ContextForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly references: readonly string[];
  readonly onDelete?: string;
}

export interface ContextStub {
  readonly name: string;
  readonly module: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

export function schemaContext(model: Model, tables: readonly Table[], scope: string): SchemaContext {
  const selected = new Set(tables.map((t) => t.name));
  const incoming = incomingReferences(model);
  const modules = new Set(tables.map((t) => t.module));
  const usedEnums = new Set(tables.flatMap((t) => t.columns.filter((c) => c.type.kind === 'enum').map((c) => c.type.name)));
  const enums = model.enums.filter((e) => usedEnums.has(e.name) || modules.has(e.module));
  return {
    database: model.name,
    schema: model.schema,
    scope,
    naming: {
      prefixes: Object.fromEntries(model.modules.filter((m) => modules.has(m.key)).map((m) => [m.key, m.prefix])),
      constraints: model.naming,
      rules: RULES.filter((r) => (model.lint.rules[r.meta.id] ?? r.meta.defaultSeverity) !== 'off').map((r) => r.meta.description),
    },
    enums: Object.fromEntries(enums.map((e) => [e.name, e.values])),
    tables: tables.map((t) =>
      contextTable(
        t,
        (incoming.get(t.name) ?? []).map((r) => `${r.table.name}.${r.foreignKey.columns.join('+')}`),
      ),
    ),
    referencedTables: stubs(model, tables, selected),
  };
}

function contextTable(table: Table, referencedBy: readonly string[]): ContextTable {
  const singleFks = new Map(table.foreignKeys.filter((fk) => fk.columns.length === 1).map((fk) => [fk.columns[0] ?? '', fk]));
  const singleUniques = new Set(table.uniques.filter((u) => u.columns.length === 1).map((u) => u.columns[0]));
  const multiFks = table.foreignKeys.filter((fk) => fk.columns.length > 1);
  const multiUniques = table.uniques.filter((u) => u.columns.length > 1).map((u) => u.columns);
  return {
    name: table.name,
    module: table.module,
    ...(table.description ? { description: table.description } : {}),
    ...(table.phase === 'live' ? {} : { planned: table.phase }),
    ...(table.legacyNames.length > 0 ? { legacyNames: table.legacyNames.map((l) => l.name) } : {}),
    columns: table.columns.map((c) => contextColumn(c, singleFks.get(c.name), singleUniques.has(c.name))),
    ...(table.primaryKey ? { primaryKey: table.primaryKey.columns } : {}),
    ...(multiFks.length > 0
      ? {
          foreignKeys: multiFks.map((fk) => ({
            columns: fk.columns,
            table: fk.references.table,
            references: fk.references.columns,
            ...onDelete(fk.onDelete),
          })),
        }
      : {}),
    ...(multiUniques.length > 0 ? { unique: multiUniques } : {}),
    ...(table.checks.length > 0 ? { checks: table.checks.map((c) => c.expression) } : {}),
    ...(table.indexes.length > 0 ? { indexes: table.indexes.map(indexText) } : {}),
    ...(referencedBy.length > 0 ? { referencedBy } : {}),
  };
}

function contextColumn(column: Column, fk: Table['foreignKeys'][number] | undefined, unique: boolean): ContextColumn {
  return {
    name: column.name,
    type: column.type.sql,
    ...(column.nullable ? { nullable: true as const } : {}),
    ...(column.default ? { default: column.default.sql } : {}),
    ...(column.identity ? { identity: column.identity } : {}),
    ...(column.generated ? { generated: column.generated } : {}),
    ...(unique ? { unique: true as const } : {}),
    ...(fk ? { references: `${fk.references.table}.${fk.references.columns.join('+')}`, ...onDelete(fk.onDelete) } : {}),
    ...(column.description ? { description: column.description } : {}),
  };
}

// `no action` is PostgreSQL's default and says nothing a reader needs.
const onDelete = (action: string) => (action === 'no action' ? {} : { onDelete: action });

/** `(author_id, created_at desc)`, with `unique`, the method when not btree, and the predicate. */
function indexText(index: Table['indexes'][number]): string {
  const keys = index.keys.map((k) => `${k.column ?? k.expression ?? ''}${k.descending ? ' desc' : ''}`).join(', ');
  const using = index.using === 'btree' ? '' : ` using ${index.using}`;
  return `${index.unique ? 'unique ' : ''}(${keys})${using}${index.where ? ` where ${index.where}` : ''}`;
}

function stubs(model: Model, tables: readonly Table[], selected: ReadonlySet<string>): ContextStub[] {
  const wanted = new Map<string, Set<string>>();
  for (const t of tables) {
    for (const fk of t.foreignKeys) {
      if (selected.has(fk.references.table)) continue;
      const columns = wanted.get(fk.references.table) ?? new Set<string>();
      for (const c of fk.references.columns) columns.add(c);
      wanted.set(fk.references.table, columns);
    }
  }
  return model.tables
    .filter((t) => wanted.has(t.name))
    .map((t) => ({
      name: t.name,
      module: t.module,
      columns: t.columns.filter((c) => wanted.get(t.name)?.has(c.name)).map((c) => ({ name: c.name, type: c.type.sql })),
    }));
}
