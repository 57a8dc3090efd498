import { MIGRATION_HISTORY_TABLE } from '@poultryco/db/migrate';
import type { DbClient } from '../db/db-client.js';
import type { EnumType, Model, Table } from '../model/model.js';
import { DEFAULT_NAMING } from '../model/naming.js';
import { identifierProblem } from '../model/identifier.js';
import type { CatalogSnapshot } from './catalog-snapshot.js';
import { importColumns } from './catalog-columns.js';
import { importConstraints } from './catalog-constraints.js';
import { importIndexes } from './catalog-indexes.js';
import { recoverColumnRules } from './column-rules.js';
import { sortWarnings, type ImportWarning } from './import-warning.js';
import { assignModules } from './module-assignment.js';
import { inferNaming, type NamedObject } from './naming-inference.js';
import { readCatalog } from './read-catalog.js';
import { schemaWarnings } from './schema-warnings.js';
import { tableContext } from './table-context.js';

export interface ImportOptions {
  readonly schema: string;
  /**
   * A spec whose modules, teams, naming and lint settings the import follows (the repo's own,
   * usually). Without one every table lands in `unassigned`.
   */
  readonly reference: Model | null;
}

export interface ImportResult {
  /** The database as the model: what `gen build` would need to recreate it. */
  readonly model: Model;
  /** Everything the model does not hold, sorted. */
  readonly warnings: readonly ImportWarning[];
  /** Unassigned table → where it belongs, per the strategy's renaming map or the spec. */
  readonly suggestions: ReadonlyMap<string, string>;
}

/** catalog → model: reads one schema of a live database into the same model the spec loader produces. */
export async function introspectDatabase(db: DbClient, options: ImportOptions): Promise<ImportResult> {
  return modelFromCatalog(await readCatalog(db, options.schema), options.reference);
}

/** The interpretation step alone, on rows already read: tables, naming, column rules, modules. */
export function modelFromCatalog(snapshot: CatalogSnapshot, reference: Model | null): ImportResult {
  const warnings: ImportWarning[] = [];
  const { schema } = snapshot;

  const enums = snapshot.enums.filter((e) => {
    const problem = identifierProblem(e.name);
    if (problem) warnings.push({ code: 'invalid-name', table: null, message: `enum ${e.name} is left out: its name ${problem}` });
    return problem === null;
  });
  const enumValues = new Map(enums.map((e) => [e.name, e.values] as const));
  // The migration runner's history table is bookkeeping, not part of the schema.
  const relations = snapshot.relations.filter(
    (r) => (r.kind === 'r' || r.kind === 'p') && !r.isPartition && r.name !== MIGRATION_HISTORY_TABLE,
  );
  const tableNames = new Set(
    relations
      .filter((r) => {
        const problem = identifierProblem(r.name);
        if (problem) warnings.push({ code: 'invalid-name', table: r.name, message: `table ${r.name} is left out: its name ${problem}` });
        return problem === null;
      })
      .map((r) => r.name),
  );
  const domains = new Map(snapshot.types.filter((t) => t.kind === 'domain').map((t) => [t.name, t]));
  const base = { schema, enums: enumValues, domains, tables: tableNames };
  const columnsOf = groupBy(snapshot.columns);
  const constraintsOf = groupBy(snapshot.constraints);
  const indexesOf = groupBy(snapshot.indexes);

  let tables: Table[] = relations
    .filter((r) => tableNames.has(r.name))
    .map((r) => {
      const ctx = tableContext(base, r.name, warnings);
      const rows = columnsOf.get(r.name) ?? [];
      for (const c of rows) {
        const problem = identifierProblem(c.name);
        if (problem) ctx.warn('invalid-name', `column ${c.name} is left out: its name ${problem}`);
      }
      const { columns, dropped } = importColumns(
        rows.filter((c) => identifierProblem(c.name) === null),
        ctx,
      );
      for (const c of rows) if (identifierProblem(c.name) !== null) dropped.add(c.name);
      const constraints = importConstraints(constraintsOf.get(r.name) ?? [], dropped, ctx);
      return {
        name: r.name,
        module: '',
        description: r.comment,
        status: 'live',
        phase: 'live',
        legacyNames: [],
        renamedFrom: null,
        appendOnly: false,
        columns,
        ...constraints,
        indexes: importIndexes(indexesOf.get(r.name) ?? [], dropped, ctx),
        exceptions: [],
        location: null,
      } satisfies Table;
    });

  tables = keepRepresentable(tables, warnings);
  const schemaLevel = schemaWarnings(snapshot, tables);
  warnings.push(...schemaLevel.warnings);

  const { naming, unkept } = inferNaming(namedObjects(tables, schemaLevel.updatedAtTriggers), reference?.naming ?? DEFAULT_NAMING);
  for (const o of unkept) {
    const what = o.kind === 'primaryKey' ? 'primary key' : 'updated_at trigger';
    warnings.push({
      code: 'name-not-kept',
      table: o.table,
      message: `${what} ${o.name} does not follow the naming pattern ${naming[o.kind]} the spec uses for every ${what}; a build from the spec names it differently`,
    });
  }
  tables = tables.map((t) => recoverColumnRules(t, naming));

  const enumUsers = new Map<string, string[]>();
  for (const t of tables)
    for (const c of t.columns) if (c.type.kind === 'enum') enumUsers.set(c.type.name, [...(enumUsers.get(c.type.name) ?? []), t.name]);
  const assignment = assignModules(
    tables.map((t) => t.name),
    enums.map((e) => ({ name: e.name, usedBy: enumUsers.get(e.name) ?? [] })),
    reference,
  );
  const enumTypes: EnumType[] = enums.map((e) => ({
    name: e.name,
    module: assignment.enumModule.get(e.name) ?? '',
    description: e.comment,
    values: [...e.values],
    location: null,
  }));

  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const model: Model = {
    name: reference?.name ?? 'imported',
    description: reference?.description ?? null,
    specFile: reference?.specFile ?? 'schema-spec/poultryco.yaml',
    schema,
    teams: assignment.teams,
    modules: assignment.modules,
    enums: enumTypes.sort(byName),
    tables: tables.map((t) => ({ ...t, module: assignment.tableModule.get(t.name) ?? '' })).sort(byName),
    naming,
    lint: reference?.lint ?? { rules: {}, options: {} },
  };
  return { model, warnings: sortWarnings(warnings), suggestions: assignment.suggestions };
}

/**
 * What PostgreSQL accepts but a spec cannot say: a table without columns, and a foreign key
 * between columns of different types (integer → bigint) where the spec wants equal types.
 */
function keepRepresentable(tables: readonly Table[], warnings: ImportWarning[]): Table[] {
  const kept = tables.filter((t) => {
    if (t.columns.length === 0)
      warnings.push({ code: 'no-columns', table: t.name, message: 'has no columns the spec can describe; it is left out' });
    return t.columns.length > 0;
  });
  const byName = new Map(kept.map((t) => [t.name, t]));
  const base = (sql: string) => ({ serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' })[sql] ?? sql;
  return kept.map((t) => ({
    ...t,
    foreignKeys: t.foreignKeys.filter((fk) => {
      const target = byName.get(fk.references.table);
      const mismatch = fk.columns.findIndex((c, i) => {
        const from = t.columns.find((col) => col.name === c);
        const to = target?.columns.find((col) => col.name === fk.references.columns[i]);
        return !from || !to || base(from.type.sql) !== base(to.type.sql);
      });
      if (mismatch >= 0)
        warnings.push({
          code: 'foreign-key-left-out',
          table: t.name,
          message: `foreign key ${fk.name} joins columns of different types (${fk.columns[mismatch] ?? '?'} → ${fk.references.table}.${fk.references.columns[mismatch] ?? '?'}) or a left-out table; the spec needs equal types, so it is left out`,
        });
      return mismatch < 0;
    }),
  }));
}

function groupBy<T extends { readonly table: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(row.table, [...(out.get(row.table) ?? []), row]);
  return out;
}

function namedObjects(tables: readonly Table[], triggers: readonly { table: string; name: string }[]): NamedObject[] {
  return [
    ...tables.flatMap((t): NamedObject[] => [
      ...(t.primaryKey ? [{ kind: 'primaryKey' as const, table: t.name, columns: t.primaryKey.columns, name: t.primaryKey.name }] : []),
      ...t.foreignKeys.map((f) => ({ kind: 'foreignKey' as const, table: t.name, columns: f.columns, name: f.name })),
      ...t.uniques.map((u) => ({ kind: 'unique' as const, table: t.name, columns: u.columns, name: u.name })),
      ...t.checks.map((c) => ({ kind: 'check' as const, table: t.name, columns: [], name: c.name })),
      ...t.indexes
        .filter((i) => i.keys.every((k) => k.column !== null))
        .map((i) => ({
          kind: i.unique ? ('uniqueIndex' as const) : ('index' as const),
          table: t.name,
          columns: i.keys.map((k) => k.column ?? ''),
          name: i.name,
        })),
    ]),
    ...triggers.map((tr) => ({ kind: 'trigger' as const, table: tr.table, columns: [], name: tr.name })),
  ];
}
