import type { Difference } from '../../drift/difference.js';
import { columnDefinition } from '../../emit/ddl/ddl-statements.js';
import type { Column, Table } from '../../model/model.js';
import { quoteIdent as q, quoteLiteral } from '../../sql/quote.js';
import { readdObjectsOfColumn } from './constraint-changes.js';
import type { PlanContext } from './plan-context.js';
import { hasVolatileDefault, SAFETY } from './safety.js';
import { classifyTypeChange, usingCast } from './type-change.js';

const commentOnColumn = (table: string, c: Column) =>
  `COMMENT ON COLUMN ${q(table)}.${q(c.name)} IS ${c.description === null ? 'NULL' : quoteLiteral(c.description)};`;

export function addColumn(ctx: PlanContext, table: string, c: Column): void {
  const warning =
    !c.nullable && c.default === null && c.identity === null && c.generated === null
      ? SAFETY.addNotNullColumn(table, c.name)
      : hasVolatileDefault(c)
        ? SAFETY.volatileDefault(table, c.name)
        : c.identity !== null || c.generated !== null
          ? SAFETY.rewriteColumn(table, c.name)
          : null;
  ctx.add('add-columns', `ALTER TABLE ${q(table)} ADD COLUMN ${columnDefinition(c)};`, { warning });
  if (c.description) ctx.add('comments', commentOnColumn(table, c));
}

export function dropColumn(ctx: PlanContext, table: string, column: string): void {
  ctx.add('drop-columns', `ALTER TABLE ${q(table)} DROP COLUMN ${q(column)};`, {
    destructive: `drops column ${table}.${column} and its data (if it was renamed, give the new column renamedFrom: ${column} in the spec)`,
  });
}

/**
 * The changes of one column, in the order PostgreSQL needs them: identity off, default off,
 * type (with USING), default on, nullability, identity on. (Generated columns whose
 * expression changes are re-created instead: see recreateGeneratedColumns.)
 */
export function alterColumn(ctx: PlanContext, table: Table, before: Column, after: Column, diffs: readonly Difference[]): void {
  const t = table.name;
  const props = new Set(diffs.map((d) => d.property));
  const alter = (clause: string, notes?: { destructive?: string | null; warning?: string | null }) =>
    ctx.add('alter-columns', `ALTER TABLE ${q(t)} ALTER COLUMN ${q(after.name)} ${clause};`, notes);

  if (props.has('identity') && before.identity !== null && after.identity === null) alter('DROP IDENTITY');
  if (props.has('type')) {
    const change = classifyTypeChange(before.type, after.type, { before: ctx.before.model.enums, after: ctx.after.enums });
    if (before.default) alter('DROP DEFAULT');
    alter(`TYPE ${after.type.sql} USING ${usingCast(q(after.name), before.type, after.type)}`, {
      destructive: change.narrowing
        ? `changes ${t}.${after.name} from ${before.type.sql} to ${after.type.sql}: values that do not fit make the migration fail or lose precision`
        : null,
      warning: change.rewrite ? ctx.onExisting(t, SAFETY.changeType(t, after.name)) : null,
    });
    if (after.default) alter(`SET DEFAULT ${after.default.sql}`);
  } else if (props.has('default')) {
    alter(
      after.default && !(after.default.kind === 'literal' && after.default.value === null)
        ? `SET DEFAULT ${after.default.sql}`
        : 'DROP DEFAULT',
    );
  }
  if (props.has('nullability')) {
    if (after.nullable) alter('DROP NOT NULL');
    else alter('SET NOT NULL', { warning: ctx.onExisting(t, SAFETY.setNotNull(t, after.name)) });
  }
  if (props.has('identity') && after.identity !== null) {
    const generated = `GENERATED ${after.identity.toUpperCase()}`;
    if (before.identity === null) {
      alter(`ADD ${generated} AS IDENTITY`);
      // Rows already hold values: the new sequence starts after the largest.
      ctx.add(
        'alter-columns',
        `SELECT setval(pg_get_serial_sequence(${quoteLiteral(q(t))}, ${quoteLiteral(after.name)}), coalesce(max(${q(after.name)}), 0) + 1, false) FROM ${q(t)};`,
      );
    } else {
      alter(`SET ${generated}`);
    }
  }
  if (props.has('description')) ctx.add('comments', commentOnColumn(t, after));
}

/**
 * Generated columns to drop and add again: those whose expression changes (PostgreSQL 15 cannot
 * change it in place; 17 can, with SET EXPRESSION) and those computed from a column whose type
 * changes (PostgreSQL refuses to change the type of a column a generated column uses). Their
 * values are computed again, so nothing is lost; their indexes and constraints are re-created.
 * Returns the columns re-created, which need no other change. `emit` is called twice: drops
 * before the other column changes, adds after them.
 */
export function generatedColumnsToRecreate(before: Table, after: Table, diffs: ReadonlyMap<string, readonly Difference[]>): Column[] {
  const retyped = [...diffs].filter(([, ds]) => ds.some((d) => d.property === 'type')).map(([name]) => name);
  return after.columns.filter((c) => {
    if (c.generated === null || !before.columns.some((b) => b.name === c.name)) return false;
    if ((diffs.get(c.name) ?? []).some((d) => d.property === 'generated expression')) return true;
    return retyped.some((r) => r !== c.name && new RegExp(`\\b${r}\\b`).test(c.generated ?? ''));
  });
}

export function dropGeneratedColumn(ctx: PlanContext, table: string, c: Column): void {
  ctx.add('alter-columns', `ALTER TABLE ${q(table)} DROP COLUMN ${q(c.name)};`);
}

export function addGeneratedColumn(ctx: PlanContext, table: Table, c: Column): void {
  ctx.add('alter-columns', `ALTER TABLE ${q(table.name)} ADD COLUMN ${columnDefinition(c)};`, {
    warning: ctx.onExisting(table.name, SAFETY.rewriteColumn(table.name, c.name)),
  });
  readdObjectsOfColumn(ctx, table, c.name);
  if (c.description) ctx.add('comments', commentOnColumn(table.name, c));
}
