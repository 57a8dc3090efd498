import type { ColumnInput, FkActionInput, TableInput } from '../spec/spec-schema.js';
import { checkSqlExpression } from '../sql/sql-expression.js';
import type {
  CheckConstraint,
  Column,
  FkAction,
  Index,
  IndexKey,
  LegacyName,
  Module,
  NamingConvention,
  Phase,
  PrimaryKey,
  Table,
  UniqueConstraint,
} from './model.js';
import { conventionalName } from './naming.js';
import { resolveColumn, type ResolvedColumn } from './resolve-columns.js';
import type { Locator, ResolveContext } from './resolve-context.js';

export interface ColumnSetDef {
  readonly placement: 'start' | 'end';
  readonly columns: Readonly<Record<string, ColumnInput>>;
  readonly at: Locator;
}

/** A foreign key as written, before its target is known to exist. */
export interface PendingForeignKey {
  readonly table: string;
  readonly name: string | undefined;
  readonly columns: readonly string[];
  readonly target: string;
  readonly targetColumns: readonly string[] | null;
  readonly onDelete: FkAction;
  readonly onUpdate: FkAction;
  readonly at: Locator;
}

export interface ResolvedTable {
  /** The table without its foreign keys; they are resolved once every table is known. */
  readonly table: Omit<Table, 'foreignKeys'>;
  readonly pendingForeignKeys: readonly PendingForeignKey[];
}

export interface TableEnv {
  readonly module: Module;
  readonly enums: ReadonlyMap<string, readonly string[]>;
  readonly columnSets: ReadonlyMap<string, ColumnSetDef>;
  readonly naming: NamingConvention;
}

/** Resolves one table of a module file: its columns (with column sets), keys, constraints and indexes. */
export function resolveTable(name: string, input: TableInput, env: TableEnv, ctx: ResolveContext, at: Locator): ResolvedTable {
  const location = at.key();
  ctx.identifier(name, 'table name', location);
  const { module, naming } = env;
  const status = input.status ?? 'live';
  let phase: Phase = 'live';
  if (status === 'planned') {
    if (!input.phase) ctx.report('invalid-table', `planned table "${name}" needs a phase (y1 or y2)`, at.at('status'));
    phase = input.phase ?? 'y2';
  } else if (input.phase) {
    ctx.report('invalid-table', `live table "${name}" cannot have a phase; set status: planned`, at.at('phase'));
  }

  // Columns: sets placed at the start, the table's own, then sets placed at the end.
  const resolved: ResolvedColumn[] = [];
  const seen = new Map<string, Locator>();
  const addColumn = (columnName: string, raw: ColumnInput, columnAt: Locator, origin: string) => {
    if (seen.has(columnName)) {
      ctx.report('duplicate-column', `column "${columnName}" is defined twice in table "${name}" (${origin}); remove one`, columnAt.key());
      return;
    }
    seen.set(columnName, columnAt);
    const column = resolveColumn(columnName, raw, env.enums, ctx, columnAt);
    if (column) resolved.push(column);
  };
  const sets = (input.use ?? []).flatMap((setName, i) => {
    const set = env.columnSets.get(setName);
    if (!set) {
      ctx.report(
        'unknown-column-set',
        `unknown column set "${setName}"; declare it under columnSets in the root file (known: ${[...env.columnSets.keys()].join(', ') || 'none'})`,
        at.at('use', i),
      );
      return [];
    }
    return [{ setName, set }];
  });
  const addSets = (placement: 'start' | 'end') => {
    for (const { setName, set } of sets.filter((s) => s.set.placement === placement)) {
      for (const [c, raw] of Object.entries(set.columns)) addColumn(c, raw, set.at.child('columns', c), `from column set "${setName}"`);
    }
  };
  addSets('start');
  for (const [c, raw] of Object.entries(input.columns)) addColumn(c, raw, at.child('columns', c), 'in the table');
  addSets('end');
  if (Object.keys(input.columns).length === 0 && sets.length === 0) ctx.report('invalid-table', `table "${name}" has no columns`, location);

  const columns: Column[] = resolved.map((r) => r.column);
  const columnNames = new Set(columns.map((c) => c.name));
  const checkColumns = (list: readonly string[], what: string, listAt: Locator): boolean => {
    let ok = true;
    const dup = new Set<string>();
    list.forEach((c, i) => {
      if (!columnNames.has(c)) {
        ctx.report('unknown-column', `${what} names column "${c}", which table "${name}" does not have`, listAt.at(i));
        ok = false;
      }
      if (dup.has(c)) {
        ctx.report('duplicate-key-column', `${what} names column "${c}" twice; list each column once`, listAt.at(i));
        ok = false;
      }
      dup.add(c);
    });
    return ok;
  };

  // Primary key: from the columns flagged primaryKey, or the table's primaryKey list.
  const flagged = resolved.filter((r) => r.constraints.primaryKey).map((r) => r.column.name);
  let primaryKey: PrimaryKey | null = null;
  if (input.primaryKey) {
    if (flagged.length > 0)
      ctx.report(
        'invalid-primary-key',
        `table "${name}" declares its primary key twice (primaryKey list and column ${flagged.join(', ')}); keep one`,
        at.at('primaryKey'),
      );
    if (checkColumns(input.primaryKey, 'primaryKey', at.child('primaryKey')))
      primaryKey = { name: conventionalName(naming.primaryKey, { table: name, columns: input.primaryKey }), columns: input.primaryKey };
  } else if (flagged.length > 1) {
    ctx.report(
      'invalid-primary-key',
      `table "${name}" flags ${flagged.join(', ')} as primaryKey; declare a composite key with the table's primaryKey list`,
      location,
    );
  } else if (flagged.length === 1) {
    primaryKey = { name: conventionalName(naming.primaryKey, { table: name, columns: flagged }), columns: flagged };
  }
  for (const c of primaryKey?.columns ?? []) {
    if (columns.find((col) => col.name === c)?.nullable)
      ctx.report('invalid-primary-key', `primary key column "${c}" of "${name}" cannot be nullable`, seen.get(c)?.key() ?? location);
  }

  // Unique constraints.
  const uniques: UniqueConstraint[] = [];
  for (const r of resolved.filter((r) => r.constraints.unique)) {
    uniques.push({
      name: conventionalName(naming.unique, { table: name, columns: [r.column.name] }),
      columns: [r.column.name],
      nullsNotDistinct: false,
    });
  }
  (input.unique ?? []).forEach((u, i) => {
    const spec = Array.isArray(u) ? { columns: u } : u;
    const uAt = at.child('unique', i);
    if (!checkColumns(spec.columns, 'unique constraint', Array.isArray(u) ? uAt : uAt.child('columns'))) return;
    if (!Array.isArray(u) && u.name) ctx.identifier(u.name, 'unique constraint name', uAt.at('name'));
    uniques.push({
      name: (!Array.isArray(u) && u.name) || conventionalName(naming.unique, { table: name, columns: spec.columns }),
      columns: spec.columns,
      nullsNotDistinct: (!Array.isArray(u) && u.nullsNotDistinct) || false,
    });
  });

  // Checks: column-level ones named after the column, table-level by their short name.
  const checks: CheckConstraint[] = [];
  for (const r of resolved) {
    for (const c of r.constraints.checks)
      checks.push({ name: conventionalName(naming.check, { table: name, name: c.suffix }), expression: c.expression });
  }
  (input.checks ?? []).forEach((c, i) => {
    const problem = checkSqlExpression(c.expression);
    if (problem) ctx.report('invalid-expression', `check "${c.name}": ${problem}`, at.at('checks', i, 'expression'));
    checks.push({ name: conventionalName(naming.check, { table: name, name: c.name }), expression: c.expression });
  });

  // Indexes.
  const indexes: Index[] = [];
  (input.indexes ?? []).forEach((ix, i) => {
    const ixAt = at.child('indexes', i);
    if ((ix.columns === undefined) === (ix.expression === undefined)) {
      ctx.report('invalid-index', 'an index needs either columns or expression (not both)', ixAt.at());
      return;
    }
    let keys: IndexKey[];
    let nameParts: string[];
    if (ix.columns) {
      keys = ix.columns.map((k) => {
        const [column = '', order] = k.split(' ');
        return { column, expression: null, descending: order === 'desc' };
      });
      if (
        !checkColumns(
          keys.map((k) => k.column ?? ''),
          'index',
          ixAt.child('columns'),
        )
      )
        return;
      nameParts = keys.map((k) => k.column ?? '');
    } else {
      const expression = ix.expression ?? '';
      const problem = checkSqlExpression(expression);
      if (problem) ctx.report('invalid-expression', `index expression: ${problem}`, ixAt.at('expression'));
      if (!ix.name) ctx.report('invalid-index', 'an expression index needs a name', ixAt.at('expression'));
      keys = [{ column: null, expression, descending: false }];
      nameParts = [];
    }
    if (ix.where !== undefined) {
      const problem = checkSqlExpression(ix.where);
      if (problem) ctx.report('invalid-expression', `index where: ${problem}`, ixAt.at('where'));
    }
    const unique = ix.unique ?? false;
    indexes.push({
      name: ix.name ?? conventionalName(unique ? naming.uniqueIndex : naming.index, { table: name, columns: nameParts }),
      keys,
      unique,
      using: ix.using ?? 'btree',
      where: ix.where ?? null,
      location: ixAt.at(),
    });
  });

  // Foreign keys, checked against their targets later.
  const action = (a: FkActionInput | string | undefined): FkAction => (a ?? 'no action') as FkAction;
  const pendingForeignKeys: PendingForeignKey[] = [];
  for (const r of resolved) {
    const ref = r.constraints.references;
    if (!ref) continue;
    pendingForeignKeys.push({
      table: name,
      name: undefined,
      columns: [r.column.name],
      target: ref.table,
      targetColumns: ref.column ? [ref.column] : null,
      onDelete: action(ref.onDelete),
      onUpdate: action(ref.onUpdate),
      at: (seen.get(r.column.name) ?? at).child('references'),
    });
  }
  (input.foreignKeys ?? []).forEach((fk, i) => {
    const fkAt = at.child('foreignKeys', i);
    if (!checkColumns(fk.columns, 'foreign key', fkAt.child('columns'))) return;
    pendingForeignKeys.push({
      table: name,
      name: fk.name,
      columns: fk.columns,
      target: fk.references.table,
      targetColumns: fk.references.columns ?? null,
      onDelete: action(fk.onDelete),
      onUpdate: action(fk.onUpdate),
      at: fkAt,
    });
  });

  const legacyNames: LegacyName[] = (input.legacy ?? []).map((l) =>
    typeof l === 'string' ? { name: l, kind: 'renamed', note: null } : { name: l.name, kind: l.kind ?? 'renamed', note: l.note ?? null },
  );
  if (input.renamedFrom) ctx.identifier(input.renamedFrom, 'renamedFrom', at.at('renamedFrom'));

  return {
    table: {
      name,
      module: module.key,
      description: input.description ?? null,
      status,
      phase,
      legacyNames,
      renamedFrom: input.renamedFrom ?? null,
      appendOnly: input.appendOnly ?? false,
      columns,
      primaryKey,
      uniques,
      checks,
      indexes,
      exceptions: (input.exceptions ?? []).map((e, i) => ({ ...e, location: at.at('exceptions', i) })),
      location,
    },
    pendingForeignKeys,
  };
}
