import { createEnumType, createIndex, enumComment } from '../../emit/ddl/ddl-statements.js';
import type { EnumType } from '../../model/model.js';
import { fitIdentifier } from '../../model/naming.js';
import { canonicalSql } from '../../sql/canonical-sql.js';
import { quoteIdent as q, quoteLiteral } from '../../sql/quote.js';
import { addCheck } from './constraint-changes.js';
import type { PlanContext } from './plan-context.js';
import { SAFETY } from './safety.js';
import { usingCast } from './type-change.js';

/**
 * Enum types: create, drop (no column uses a type the spec no longer has: those columns were
 * dropped or changed first), add values in place, or replace the type when values go away or
 * change order (PostgreSQL can neither drop an enum value nor reorder values).
 */
export function planEnums(ctx: PlanContext): void {
  const changed = new Set(ctx.differences.filter((d) => d.table === null).map((d) => d.enum ?? d.name));
  const before = new Map(ctx.before.model.enums.map((e) => [e.name, e]));
  for (const e of ctx.after.enums) {
    if (!changed.has(e.name)) continue;
    const b = before.get(e.name);
    if (!b) {
      ctx.add('create-enums', createEnumType(e));
      if (e.description) ctx.add('comments', enumComment(e));
      continue;
    }
    const removed = b.values.filter((v) => !e.values.includes(v));
    const kept = e.values.filter((v) => b.values.includes(v));
    const reordered = kept.join() !== b.values.filter((v) => e.values.includes(v)).join();
    const added = e.values.filter((v) => !b.values.includes(v));
    if (removed.length > 0 || reordered || (added.length > 0 && ctx.options.enumValues === 'recreate')) {
      recreateEnum(ctx, b, e, removed);
      // The new type starts without a comment.
      if (e.description) ctx.add('comments', enumComment(e));
    } else {
      addValues(ctx, b, e);
      if ((b.description ?? '') !== (e.description ?? '')) ctx.add('comments', enumComment(e));
    }
  }
  const after = new Set(ctx.after.enums.map((e) => e.name));
  for (const b of ctx.before.model.enums) if (!after.has(b.name)) ctx.add('drop-enums', `DROP TYPE ${q(b.name)};`);
}

/** ADD VALUE in the spec's order: each new value after the one before it (or before the first). */
function addValues(ctx: PlanContext, before: EnumType, after: EnumType): void {
  const current = [...before.values];
  for (const [i, v] of after.values.entries()) {
    if (current.includes(v)) continue;
    const previous = after.values
      .slice(0, i)
      .reverse()
      .find((p) => current.includes(p));
    const position = previous !== undefined ? `AFTER ${quoteLiteral(previous)}` : `BEFORE ${quoteLiteral(current[0] ?? '')}`;
    ctx.add(
      'add-enum-values',
      `ALTER TYPE ${q(after.name)} ADD VALUE ${quoteLiteral(v)} ${current.length > 0 ? position : ''}`.trim() + ';',
    );
    current.splice(previous !== undefined ? current.indexOf(previous) + 1 : 0, 0, v);
  }
}

/**
 * Replaces an enum type: rename the old one aside, create the new one, move every column over
 * (through text), drop the old one. Defaults, checks and partial or expression indexes that
 * mention a moved column hold values of the old type, so they are taken off and put back.
 */
function recreateEnum(ctx: PlanContext, before: EnumType, after: EnumType, removed: readonly string[]): void {
  const old = fitIdentifier(`${after.name}__replaced`);
  const destructive =
    removed.length > 0
      ? `removes value${removed.length === 1 ? '' : 's'} ${removed.map(quoteLiteral).join(', ')} from enum ${after.name}: the migration fails on rows that hold ${removed.length === 1 ? 'it' : 'them'}`
      : null;
  ctx.add('recreate-enums', `ALTER TYPE ${q(after.name)} RENAME TO ${q(old)};`, { destructive, warning: SAFETY.recreateEnum(after.name) });
  ctx.add('recreate-enums', createEnumType(after));
  const later: (() => void)[] = [];
  for (const table of ctx.before.model.tables) {
    const target = ctx.afterTables.get(table.name);
    if (!target) continue;
    const columns = table.columns.filter(
      (c) => c.type.kind === 'enum' && c.type.name === before.name && target.columns.some((a) => a.name === c.name),
    );
    if (columns.length === 0) continue;
    const mentions = (sql: string | null) => sql !== null && columns.some((c) => new RegExp(`\\b${c.name}\\b`).test(canonicalSql(sql)));
    for (const check of table.checks.filter((k) => mentions(k.expression))) {
      ctx.handle(table.name, 'check', check.name);
      ctx.add('recreate-enums', `ALTER TABLE ${q(table.name)} DROP CONSTRAINT ${q(check.name)};`);
    }
    const exprIndex = (i: { where: string | null; keys: readonly { expression: string | null }[] }) =>
      mentions(i.where) || i.keys.some((k) => mentions(k.expression));
    for (const index of table.indexes.filter(exprIndex)) {
      ctx.handle(table.name, 'index', index.name);
      ctx.add('recreate-enums', `DROP INDEX ${q(index.name)};`);
    }
    for (const c of columns) {
      const alter = (clause: string) => ctx.add('recreate-enums', `ALTER TABLE ${q(table.name)} ALTER COLUMN ${q(c.name)} ${clause};`);
      if (c.default) alter('DROP DEFAULT');
      alter(`TYPE ${c.type.sql} USING ${usingCast(q(c.name), c.type, c.type)}`);
      const next = target.columns.find((a) => a.name === c.name);
      if (c.default && next?.default && next.type.name === after.name) alter(`SET DEFAULT ${next.default.sql}`);
    }
    later.push(() => {
      for (const check of target.checks.filter((k) => mentions(k.expression))) {
        ctx.handle(table.name, 'check', check.name);
        ctx.add('recreate-enums', addCheck(table.name, check));
      }
      for (const index of target.indexes.filter(exprIndex)) {
        ctx.handle(table.name, 'index', index.name);
        ctx.add('recreate-enums', createIndex(table.name, index));
      }
    });
  }
  ctx.add('recreate-enums', `DROP TYPE ${q(old)};`);
  for (const f of later) f();
}
