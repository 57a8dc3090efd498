import type { DbClient } from '../../db/db-client.js';
import { dependencyOrder } from '../../emit/ddl/table-order.js';
import type { Model, Table } from '../../model/model.js';
import { quoteIdent as q, quoteLiteral } from '../../sql/quote.js';
import { readDatabaseState, type DatabaseState } from '../database-state.js';
import { planChanges } from '../plan/plan-changes.js';
import { statement, type PlannedStatement } from '../plan/planned-statement.js';
import { specRenames } from '../plan/spec-renames.js';
import { usingCast } from '../plan/type-change.js';
import type { MigrationSection } from '../render-migration.js';
import { legacyTableName, mergedDuplicates } from './legacy-names.js';

export interface LegacyMerge {
  readonly duplicate: string;
  readonly target: string;
  /** Columns copied; the duplicate's other columns have no counterpart in the target and are lost with it. */
  readonly columns: readonly string[];
  readonly notCopied: readonly string[];
}

export interface LegacyPlan {
  readonly renamedTables: readonly (readonly [from: string, to: string])[];
  readonly renamedColumns: readonly string[];
  readonly renamedEnums: readonly (readonly [from: string, to: string])[];
  /** Foreign keys of kept tables that pointed at a duplicate: dropped, the spec's key to the target is added by the diff. */
  readonly repointed: readonly { readonly table: string; readonly constraint: string; readonly from: string; readonly to: string }[];
  readonly merges: readonly LegacyMerge[];
  /** Spec tables whose legacy table is not in the database: the diff creates them. */
  readonly notFound: readonly { readonly table: string; readonly legacy: string }[];
  /** The ordinary difference after the renames and merges. */
  readonly diff: readonly PlannedStatement[];
  readonly compatViews: readonly { readonly name: string; readonly table: string }[];
  readonly sections: readonly MigrationSection[];
  readonly problems: readonly string[];
}

/**
 * Plans the legacy migration on a scratch copy of the legacy database, stage by stage, each
 * stage run on the copy so the next one (and finally the ordinary diff) sees what PostgreSQL
 * makes of it: tables to their spec names; columns the spec renames; enum types to the names
 * of the spec types their columns now have; foreign keys into duplicates dropped, duplicates
 * merged into their targets and dropped; then the ordinary difference, which also brings every
 * constraint, index, trigger and sequence name to the convention. Merges come before the diff
 * so that the spec's new constraints are checked against the merged rows.
 */
export async function planLegacy(
  scratch: DbClient,
  schema: string,
  after: Model,
  spec: Model,
  options: { compatViews: boolean },
): Promise<LegacyPlan> {
  const read = () => readDatabaseState(scratch, schema, spec);
  const run = async (statements: readonly PlannedStatement[]) => {
    for (const s of statements) await scratch.exec(s.sql);
  };
  const problems: string[] = [];
  const original = await read();
  const originalTables = new Map(original.model.tables.map((t) => [t.name, t]));

  // Tables to their spec names.
  const renamedTables: [string, string][] = [];
  const notFound: { table: string; legacy: string }[] = [];
  for (const t of after.tables) {
    const legacy = legacyTableName(t);
    if (legacy === t.name) continue;
    if (originalTables.has(legacy) && originalTables.has(t.name))
      problems.push(`both ${legacy} and ${t.name} exist: rename or drop one of them by hand first`);
    else if (originalTables.has(legacy)) renamedTables.push([legacy, t.name]);
    else if (!originalTables.has(t.name)) notFound.push({ table: t.name, legacy });
  }
  const tableRenames = renamedTables.map(([from, to]) => statement('rename-tables', `ALTER TABLE ${q(from)} RENAME TO ${q(to)};`));
  await run(tableRenames);

  // Columns (and tables) the spec renames with renamedFrom. The copy is read again only after a stage changed it.
  let state = tableRenames.length > 0 ? await read() : original;
  const spec1 = specRenames(after, state.model);
  problems.push(...spec1.problems);
  const columnRenames = spec1.steps.map((s) => s.statement);
  await run(columnRenames);

  // Enum types: the type a column has in the database takes the name of the type the spec gives that column.
  if (columnRenames.length > 0) state = await read();
  const enumRenames = enumRenamesByUse(state, after);
  const enumStatements = enumRenames.map(([from, to]) => statement('rename-tables', `ALTER TYPE ${q(from)} RENAME TO ${q(to)};`));
  await run(enumStatements);

  // Duplicates: drop the foreign keys into them, copy their rows into the target, drop them.
  if (enumStatements.length > 0) state = await read();
  const tables = new Map(state.model.tables.map((t) => [t.name, t]));
  const duplicates = mergedDuplicates(after).filter((d) => tables.has(d.duplicate));
  const duplicateTarget = new Map(duplicates.map((d) => [d.duplicate, d.target.name]));
  const fkDrops: PlannedStatement[] = [];
  const repointed: LegacyPlan['repointed'][number][] = [];
  for (const t of state.model.tables)
    for (const fk of t.foreignKeys) {
      const to = duplicateTarget.get(fk.references.table);
      if (to === undefined || t.name === fk.references.table) continue;
      fkDrops.push(statement('drop-foreign-keys', `ALTER TABLE ${q(t.name)} DROP CONSTRAINT ${q(fk.name)};`));
      if (!duplicateTarget.has(t.name)) repointed.push({ table: t.name, constraint: fk.name, from: fk.references.table, to });
    }
  const merges: LegacyMerge[] = [];
  const mergeStatements: PlannedStatement[] = [];
  const order = new Map(dependencyOrder(after.tables).map((t, i) => [t.name, i]));
  for (const d of [...duplicates].sort((a, b) => (order.get(a.target.name) ?? 0) - (order.get(b.target.name) ?? 0))) {
    const source = tables.get(d.duplicate);
    const target = tables.get(d.target.name);
    if (!source || !target) {
      problems.push(`cannot merge ${d.duplicate} into ${d.target.name}: ${d.target.name} is not in the database`);
      continue;
    }
    const merge = mergeInto(source, target);
    merges.push(merge.merge);
    mergeStatements.push(...merge.statements);
  }
  const duplicateDrops = duplicates.map((d) => statement('drop-tables', `DROP TABLE ${q(d.duplicate)};`));
  await run([...fkDrops, ...mergeStatements, ...duplicateDrops]);
  if (duplicates.length > 0) state = await read();

  const diff = planChanges(state, after, { enumValues: 'recreate' });

  const compatViews = options.compatViews
    ? compatViewsFor(original, after, [...renamedTables, ...duplicates.map((d) => [d.duplicate, d.target.name] as const)])
    : [];
  const sections: MigrationSection[] = [
    { title: "Tables renamed to the spec's names", statements: tableRenames },
    { title: 'Renames the spec asks for (renamedFrom)', statements: columnRenames },
    { title: "Enum types renamed to the spec's names (by the columns that use them)", statements: enumStatements },
    { title: "Foreign keys into duplicates (the spec's keys to the merged tables are added below)", statements: fkDrops },
    {
      title: 'Duplicates merged into their targets (rows that collide with a key are kept once), then dropped',
      statements: [...mergeStatements, ...duplicateDrops],
    },
    { title: null, statements: diff },
    {
      title: 'Compat views under the legacy names, for code not moved yet (drop them with gen migrate new drop-compat-views)',
      statements: compatViews.map((v) => v.statement),
    },
  ];
  return {
    renamedTables,
    renamedColumns: spec1.steps.map((s) => s.description),
    renamedEnums: enumRenames,
    repointed,
    merges,
    notFound,
    diff,
    compatViews: compatViews.map((v) => ({ name: v.name, table: v.table })),
    sections,
    problems,
  };
}

/** Each legacy-only enum type used by a column the spec types with a spec enum the database lacks, renamed to it. */
function enumRenamesByUse(state: DatabaseState, after: Model): [string, string][] {
  const have = new Set(state.model.enums.map((e) => e.name));
  const wanted = new Set(after.enums.map((e) => e.name));
  const renames = new Map<string, string>();
  const claimed = new Set<string>();
  const tables = new Map(state.model.tables.map((t) => [t.name, t]));
  for (const t of after.tables)
    for (const c of t.columns) {
      if (c.type.kind !== 'enum' || have.has(c.type.name) || claimed.has(c.type.name)) continue;
      const existing = tables.get(t.name)?.columns.find((x) => x.name === c.name)?.type;
      if (existing?.kind !== 'enum' || wanted.has(existing.name) || renames.has(existing.name)) continue;
      renames.set(existing.name, c.type.name);
      claimed.add(c.type.name);
    }
  return [...renames].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function mergeInto(source: Table, target: Table): { merge: LegacyMerge; statements: PlannedStatement[] } {
  const targetColumns = new Map(target.columns.map((c) => [c.name, c]));
  const copied = source.columns.filter((c) => targetColumns.get(c.name) && targetColumns.get(c.name)?.generated === null);
  const notCopied = source.columns.filter((c) => !copied.includes(c)).map((c) => c.name);
  const select = copied.map((c) => {
    const t = targetColumns.get(c.name);
    return !t || t.type.sql === c.type.sql ? q(c.name) : `${usingCast(q(c.name), c.type, t.type)} AS ${q(c.name)}`;
  });
  const overriding = copied.some((c) => targetColumns.get(c.name)?.identity === 'always') ? ' OVERRIDING SYSTEM VALUE' : '';
  const statements = [
    statement(
      'drop-tables',
      `INSERT INTO ${q(target.name)} (${copied.map((c) => q(c.name)).join(', ')})${overriding}\n  SELECT ${select.join(', ')} FROM ${q(source.name)}\n  ON CONFLICT DO NOTHING;`,
    ),
    // Copied identity or serial values: the target's sequence continues after the largest.
    ...copied
      .filter((c) => targetColumns.get(c.name)?.identity !== null || (targetColumns.get(c.name)?.type.name ?? '').endsWith('serial'))
      .map((c) =>
        statement(
          'drop-tables',
          `SELECT setval(pg_get_serial_sequence(${quoteLiteral(q(target.name))}, ${quoteLiteral(c.name)}), coalesce(max(${q(c.name)}), 0) + 1, false) FROM ${q(target.name)};`,
        ),
      ),
  ];
  return { merge: { duplicate: source.name, target: target.name, columns: copied.map((c) => c.name), notCopied }, statements };
}

/**
 * A view under each legacy name, selecting the legacy columns from the renamed (or merged-into)
 * table: a simple view, so PostgreSQL lets code insert, update and delete through it.
 */
function compatViewsFor(
  original: DatabaseState,
  after: Model,
  legacyToTable: readonly (readonly [string, string])[],
): { name: string; table: string; statement: PlannedStatement }[] {
  const legacyTables = new Map(original.model.tables.map((t) => [t.name, t]));
  const afterTables = new Map(after.tables.map((t) => [t.name, t]));
  const oldName = new Map<string, string>();
  for (const t of after.tables) for (const c of t.columns) if (c.renamedFrom) oldName.set(`${t.name}.${c.name}`, c.renamedFrom);
  return legacyToTable.flatMap(([legacy, table]) => {
    const target = afterTables.get(table);
    const had = new Set(legacyTables.get(legacy)?.columns.map((c) => c.name) ?? []);
    if (!target) return [];
    const columns = target.columns.flatMap((c) => {
      const old = oldName.get(`${table}.${c.name}`) ?? c.name;
      return had.has(old) ? [old === c.name ? q(c.name) : `${q(c.name)} AS ${q(old)}`] : [];
    });
    if (columns.length === 0) return [];
    return [
      {
        name: legacy,
        table,
        statement: statement('comments', `CREATE VIEW ${q(legacy)} AS SELECT ${columns.join(', ')} FROM ${q(table)};`),
      },
    ];
  });
}
