import type { Difference } from '../../drift/difference.js';
import { addForeignKey, columnList, createIndex } from '../../emit/ddl/ddl-statements.js';
import type { CheckConstraint, PrimaryKey, Table, UniqueConstraint } from '../../model/model.js';
import { quoteIdent as q } from '../../sql/quote.js';
import type { PlanContext } from './plan-context.js';
import { SAFETY } from './safety.js';

export const addCheck = (table: string, c: CheckConstraint): string =>
  `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(c.name)} CHECK (${c.expression});`;
const addUnique = (table: string, u: UniqueConstraint) =>
  `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(u.name)} UNIQUE${u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''} (${columnList(u.columns)});`;
const addPrimaryKey = (table: string, pk: PrimaryKey) =>
  `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(pk.name)} PRIMARY KEY (${columnList(pk.columns)});`;
const dropConstraint = (table: string, name: string) => `ALTER TABLE ${q(table)} DROP CONSTRAINT ${q(name)};`;
const renameConstraint = (table: string, from: string, to: string) => `ALTER TABLE ${q(table)} RENAME CONSTRAINT ${q(from)} TO ${q(to)};`;

/**
 * One constraint or index difference of a table both sides have: add what the spec has and the
 * database lacks, drop what only the database has, rename what differs only in name (the
 * convention's name for the same structure), and drop and re-add what changed.
 */
export function planConstraintChange(ctx: PlanContext, d: Difference): void {
  const table = d.table ?? '';
  const after = ctx.afterTables.get(table);
  const before = ctx.beforeTables.get(table);
  if (!after || !before) return;
  const kind = d.object;
  if (ctx.handled(table, kind, d.name) || (d.actual !== null && d.change === 'renamed' && ctx.handled(table, kind, d.actual))) return;
  if (d.change === 'changed') ctx.handle(table, kind, d.name);

  switch (kind) {
    case 'primary key': {
      if (d.change === 'renamed') ctx.add('rename-objects', renameConstraint(table, d.actual ?? '', d.name));
      if (d.change === 'extra' || d.change === 'changed')
        ctx.add(d.change === 'extra' ? 'drop-objects' : 'drop-changed', dropConstraint(table, before.primaryKey?.name ?? d.name));
      if ((d.change === 'missing' || d.change === 'changed') && after.primaryKey)
        ctx.add('add-constraints', addPrimaryKey(table, after.primaryKey), { warning: ctx.onExisting(table, SAFETY.addUnique(table)) });
      return;
    }
    case 'foreign key': {
      const fk = after.foreignKeys.find((f) => f.name === d.name);
      if (d.change === 'renamed') ctx.add('rename-objects', renameConstraint(table, d.actual ?? '', d.name));
      if (d.change === 'extra') ctx.add('drop-foreign-keys', dropConstraint(table, d.name));
      if (d.change === 'changed') ctx.add('drop-changed', dropConstraint(table, d.name));
      if ((d.change === 'missing' || d.change === 'changed') && fk) {
        const existing = ctx.beforeTables.has(fk.references.table);
        ctx.add('add-foreign-keys', addForeignKey(table, fk), {
          warning: existing ? ctx.onExisting(table, SAFETY.addForeignKey(table, fk.references.table)) : null,
        });
      }
      return;
    }
    case 'unique constraint': {
      const u = after.uniques.find((x) => x.name === d.name);
      if (d.change === 'renamed') {
        if (before.uniques.some((x) => x.name === d.actual)) ctx.add('rename-objects', renameConstraint(table, d.actual ?? '', d.name));
        // The database has a plain unique index where the spec has a constraint: the index becomes it.
        else ctx.add('add-constraints', `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(d.name)} UNIQUE USING INDEX ${q(d.actual ?? '')};`);
        return;
      }
      if (d.change === 'extra') ctx.add('drop-objects', dropConstraint(table, d.name));
      if (d.change === 'changed') ctx.add('drop-changed', dropConstraint(table, d.name));
      if ((d.change === 'missing' || d.change === 'changed') && u)
        ctx.add('add-constraints', addUnique(table, u), { warning: ctx.onExisting(table, SAFETY.addUnique(table)) });
      return;
    }
    case 'check': {
      const c = after.checks.find((x) => x.name === d.name);
      if (d.change === 'renamed') ctx.add('rename-objects', renameConstraint(table, d.actual ?? '', d.name));
      if (d.change === 'extra') ctx.add('drop-objects', dropConstraint(table, d.name));
      if (d.change === 'changed') ctx.add('drop-changed', dropConstraint(table, d.name));
      if ((d.change === 'missing' || d.change === 'changed') && c)
        ctx.add('add-constraints', addCheck(table, c), { warning: ctx.onExisting(table, SAFETY.addCheck(table)) });
      return;
    }
    case 'index': {
      const index = after.indexes.find((x) => x.name === d.name);
      if (d.change === 'renamed') {
        if (before.indexes.some((x) => x.name === d.actual)) {
          ctx.add('rename-objects', `ALTER INDEX ${q(d.actual ?? '')} RENAME TO ${q(d.name)};`);
          return;
        }
        // The database has a unique constraint where the spec has a unique index.
        ctx.add('drop-objects', dropConstraint(table, d.actual ?? ''));
      }
      if (d.change === 'extra') ctx.add('drop-objects', `DROP INDEX ${q(d.name)};`);
      if (d.change === 'changed') ctx.add('drop-changed', `DROP INDEX ${q(d.name)};`);
      if ((d.change === 'missing' || d.change === 'changed' || d.change === 'renamed') && index)
        ctx.add('create-indexes', createIndex(table, index), { warning: ctx.onExisting(table, SAFETY.createIndex(table)) });
      return;
    }
    default:
      return;
  }
}

/** Everything of a table's definition that names `column`: re-created after the column is dropped and added again. */
export function readdObjectsOfColumn(ctx: PlanContext, table: Table, column: string): void {
  const uses = (columns: readonly string[]) => columns.includes(column);
  const mentions = (sql: string | null) => sql !== null && new RegExp(`\\b${column}\\b`).test(sql);
  if (table.primaryKey && uses(table.primaryKey.columns)) {
    ctx.handle(table.name, 'primary key', table.primaryKey.name);
    ctx.add('add-constraints', addPrimaryKey(table.name, table.primaryKey));
  }
  for (const u of table.uniques.filter((x) => uses(x.columns))) {
    ctx.handle(table.name, 'unique constraint', u.name);
    ctx.add('add-constraints', addUnique(table.name, u));
  }
  for (const c of table.checks.filter((x) => mentions(x.expression))) {
    ctx.handle(table.name, 'check', c.name);
    ctx.add('add-constraints', addCheck(table.name, c));
  }
  for (const fk of table.foreignKeys.filter((x) => uses(x.columns))) {
    ctx.handle(table.name, 'foreign key', fk.name);
    ctx.add('add-foreign-keys', addForeignKey(table.name, fk));
  }
  for (const i of table.indexes.filter((x) => x.keys.some((k) => k.column === column || mentions(k.expression)) || mentions(x.where))) {
    ctx.handle(table.name, 'index', i.name);
    ctx.add('create-indexes', createIndex(table.name, i));
  }
}
