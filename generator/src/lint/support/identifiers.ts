import type { Column, EnumType, Model, Table } from '../../model/model.js';
import { conventionalName } from '../../model/naming.js';
import { hasUpdatedAt } from '../../emit/ddl/ddl-statements.js';
import type { SourceLocation } from '../../spec/problem.js';

export type IdentifierKind =
  | 'table'
  | 'column'
  | 'enum type'
  | 'enum value'
  | 'primary key'
  | 'foreign key'
  | 'unique constraint'
  | 'check constraint'
  | 'index'
  | 'trigger';

/** A name the DDL will contain, with what it names and where it was declared. */
export interface NamedIdentifier {
  readonly kind: IdentifierKind;
  readonly name: string;
  readonly table?: Table;
  readonly column?: Column;
  readonly enumType?: EnumType;
  readonly location?: SourceLocation | null;
  readonly subject: string;
}

/**
 * Every identifier of the schema: tables, columns, enum types and values, and the
 * constraint, index and trigger names exactly as the DDL spells them (generated names
 * included). Constraints without a location of their own point at their table.
 */
export function modelIdentifiers(model: Model): readonly NamedIdentifier[] {
  let out = cache.get(model);
  if (!out) cache.set(model, (out = collect(model)));
  return out;
}

// The model is immutable, so the several rules that walk every identifier share one list.
const cache = new WeakMap<Model, readonly NamedIdentifier[]>();

function collect(model: Model): NamedIdentifier[] {
  const out: NamedIdentifier[] = [];
  for (const e of model.enums) {
    out.push({ kind: 'enum type', name: e.name, enumType: e, subject: `enum ${e.name}` });
    for (const v of e.values) out.push({ kind: 'enum value', name: v, enumType: e, subject: `enum ${e.name} value '${v}'` });
  }
  for (const t of model.tables) {
    out.push({ kind: 'table', name: t.name, table: t, subject: t.name });
    for (const c of t.columns) out.push({ kind: 'column', name: c.name, table: t, column: c, subject: `${t.name}.${c.name}` });
    const on = (kind: IdentifierKind, name: string, location?: SourceLocation | null) =>
      out.push({ kind, name, table: t, subject: `${t.name} ${kind} ${name}`, ...(location !== undefined ? { location } : {}) });
    if (t.primaryKey) on('primary key', t.primaryKey.name);
    for (const fk of t.foreignKeys) on('foreign key', fk.name, fk.location);
    for (const u of t.uniques) on('unique constraint', u.name);
    for (const c of t.checks) on('check constraint', c.name);
    for (const i of t.indexes) on('index', i.name, i.location);
    if (hasUpdatedAt(t)) on('trigger', conventionalName(model.naming.trigger, { table: t.name }));
  }
  return out;
}
