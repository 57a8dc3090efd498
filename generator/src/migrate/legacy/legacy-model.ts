import { fitIdentifier } from '../../model/naming.js';
import { modelForPhase, type ColumnType, type EnumType, type Model, type Table } from '../../model/model.js';
import { legacyTableName, mergedDuplicates } from './legacy-names.js';

/**
 * The Supabase-era database as the spec records it: every live table under its legacy name,
 * each merged duplicate as a table of its own (shaped like its target; a duplicate points its
 * foreign keys at the other duplicates of its family, e.g. organization_event_registrations at
 * organization_events), enum types without their module prefix, PostgreSQL's default
 * constraint names (`posts_pkey`, `posts_author_id_fkey`), `idx_` indexes, no comments.
 * `gen migrate legacy` plans against it when no --from-db is given; the tests build it, fill
 * it and migrate it.
 */
export function legacyModel(spec: Model): Model {
  const live = modelForPhase(spec, 'live');
  const prefixes = new Map(spec.modules.map((m) => [m.key, m.prefix]));
  const duplicates = mergedDuplicates(live);
  const tableName = new Map(live.tables.map((t) => [t.name, legacyTableName(t)]));
  const duplicateOf = new Map<string, string>();
  for (const d of duplicates) if (!duplicateOf.has(d.target.name)) duplicateOf.set(d.target.name, d.duplicate);

  const taken = new Set([...tableName.values(), ...duplicates.map((d) => d.duplicate), ...live.enums.map((e) => e.name)]);
  const enumName = new Map<string, string>();
  for (const e of live.enums) {
    const prefix = prefixes.get(e.module) ?? '';
    const short = prefix && e.name.startsWith(prefix) ? e.name.slice(prefix.length) : e.name;
    const name = short !== e.name && /^[a-z]/.test(short) && !taken.has(short) ? short : e.name;
    taken.add(name);
    enumName.set(e.name, name);
  }
  const retype = (type: ColumnType): ColumnType => {
    if (type.kind !== 'enum') return type;
    const name = enumName.get(type.name) ?? type.name;
    return { ...type, name, sql: `${name}${type.isArray ? '[]' : ''}` };
  };
  const enums: EnumType[] = live.enums.map((e) => ({ ...e, name: enumName.get(e.name) ?? e.name, description: null }));
  // Defaults and expressions name enum types in casts: '{}'::usr_consultation_mode[].
  const recast = (sql: string) =>
    sql.replace(/::([a-z_][a-z0-9_]*)/g, (all, name: string) => (enumName.has(name) ? `::${enumName.get(name)}` : all));

  const shape = (t: Table, name: string, inFamily: boolean): Table => {
    const used = new Set<string>();
    const unique = (n: string) => {
      let candidate = fitIdentifier(n);
      for (let i = 2; used.has(candidate); i++) candidate = fitIdentifier(`${n}_${i}`);
      used.add(candidate);
      return candidate;
    };
    const checkSuffix = (n: string) => (n.startsWith(`ck_${t.name}_`) ? n.slice(`ck_${t.name}_`.length) : n);
    const target = (table: string) => (inFamily ? (duplicateOf.get(table) ?? tableName.get(table)) : tableName.get(table)) ?? table;
    return {
      ...t,
      name,
      description: null,
      legacyNames: [],
      renamedFrom: null,
      columns: t.columns.map((c) => ({
        ...c,
        type: retype(c.type),
        default: c.default ? { ...c.default, sql: recast(c.default.sql) } : null,
        description: null,
        renamedFrom: null,
      })),
      primaryKey: t.primaryKey ? { ...t.primaryKey, name: unique(`${name}_pkey`) } : null,
      uniques: t.uniques.map((u) => ({ ...u, name: unique(`${name}_${u.columns.join('_')}_key`) })),
      checks: t.checks.map((c) => ({ ...c, expression: recast(c.expression), name: unique(`${name}_${checkSuffix(c.name)}_check`) })),
      foreignKeys: t.foreignKeys.map((f) => ({
        ...f,
        name: unique(`${name}_${f.columns.join('_')}_fkey`),
        references: { ...f.references, table: target(f.references.table) },
      })),
      indexes: t.indexes.map((i, n) => ({
        ...i,
        where: i.where === null ? null : recast(i.where),
        name: unique(
          `${i.unique ? 'uidx' : 'idx'}_${name}_${i.keys.every((k) => k.column !== null) ? i.keys.map((k) => k.column).join('_') : `expr${n + 1}`}`,
        ),
      })),
    };
  };
  const tables = [
    ...live.tables.map((t) => shape(t, tableName.get(t.name) ?? t.name, false)),
    ...duplicates.map((d) => shape(d.target, d.duplicate, true)),
  ].sort((a, b) => (a.name < b.name ? -1 : 1));
  return {
    ...live,
    tables,
    enums: enums.sort((a, b) => (a.name < b.name ? -1 : 1)),
    naming: { ...live.naming, trigger: 'update_{table}_updated_at' },
  };
}
