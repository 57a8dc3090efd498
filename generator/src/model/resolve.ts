import { dirname, relative, resolve as resolvePath, sep } from 'node:path';
import type { LoadedSpec } from '../spec/load-spec.js';
import type { Problem } from '../spec/problem.js';
import type { EnumType, ForeignKey, Model, Module, NamingConvention, Table, Team } from './model.js';
import { PHASE_ORDER } from './model.js';
import { byteLength, conventionalName, DEFAULT_NAMING, MAX_IDENTIFIER_BYTES } from './naming.js';
import { Locator, ResolveContext } from './resolve-context.js';
import { resolveTable, type ColumnSetDef, type PendingForeignKey, type ResolvedTable } from './resolve-table.js';

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Resolves the loaded spec files into the model: declarations checked against each other,
 * column sets expanded, names generated, foreign keys bound to their targets, everything
 * sorted. Every problem is collected; the model is returned only when there are none.
 */
export function resolveModel(spec: LoadedSpec): { model: Model | null; problems: Problem[] } {
  const ctx = new ResolveContext();
  const root = spec.root.data;
  // Paths in the model are relative to the project root, whatever folder gen runs from, so
  // generated files that name them (CODEOWNERS, docs links) do not depend on the cwd.
  const projectRoot = dirname(dirname(resolvePath(spec.rootPath)));
  const projectPath = (path: string) => relative(projectRoot, resolvePath(path)).split(sep).join('/');
  const rootAt = new Locator(spec.root.source, []);

  const teams: Team[] = Object.entries(root.teams).map(([key, t]) => ({
    key,
    title: t.title,
    handle: t.handle ?? null,
    description: t.description ?? null,
  }));

  const modules = new Map<string, Module>();
  const prefixes = new Map<string, string>();
  for (const [key, m] of Object.entries(root.modules)) {
    const at = rootAt.child('modules', key);
    if (!root.teams[m.owner])
      ctx.report(
        'unknown-team',
        `module "${key}" is owned by unknown team "${m.owner}"; declare it under teams (known: ${Object.keys(root.teams).join(', ')})`,
        at.at('owner'),
      );
    const other = prefixes.get(m.prefix);
    if (other !== undefined)
      ctx.report(
        'duplicate-prefix',
        `modules "${other}" and "${key}" share prefix "${m.prefix}"; each module needs its own`,
        at.at('prefix'),
      );
    prefixes.set(m.prefix, key);
    (m.references ?? []).forEach((ref, i) => {
      if (!root.modules[ref]) ctx.report('unknown-module', `module "${key}" references unknown module "${ref}"`, at.at('references', i));
    });
    modules.set(key, {
      key,
      prefix: m.prefix,
      title: m.title,
      owner: m.owner,
      description: m.description ?? null,
      targets: m.targets,
      references: [...(m.references ?? [])].sort(),
      file: null,
      location: at.key(),
    });
  }

  const naming: NamingConvention = { ...DEFAULT_NAMING, ...root.naming };
  const columnSets = new Map<string, ColumnSetDef>(
    Object.entries(root.columnSets ?? {}).map(([k, s]) => [
      k,
      { placement: s.placement ?? 'start', columns: s.columns, at: rootAt.child('columnSets', k) },
    ]),
  );

  // Enums first: column types refer to them from any module.
  const enums = new Map<string, EnumType>();
  const fileOfModule = new Map<string, string>();
  for (const file of spec.modules) {
    const at = new Locator(file.source, []);
    const key = file.data.module;
    const module = modules.get(key);
    if (!module) {
      ctx.report(
        'unknown-module',
        `module "${key}" is not declared in the root file's modules (known: ${[...modules.keys()].join(', ')})`,
        at.at('module'),
      );
      continue;
    }
    const previous = fileOfModule.get(key);
    if (previous) {
      ctx.report('duplicate-module-file', `module "${key}" already has its file ${previous}; one file per module`, at.at('module'));
      continue;
    }
    fileOfModule.set(key, file.source.path);
    modules.set(key, { ...module, file: projectPath(file.source.path) });
    for (const [name, e] of Object.entries(file.data.enums ?? {})) {
      const eAt = at.child('enums', name);
      ctx.identifier(name, 'enum name', eAt.key());
      const existing = enums.get(name);
      if (existing) {
        ctx.report(
          'duplicate-enum',
          `enum "${name}" is already declared at ${existing.location?.file}:${existing.location?.line}; declare it once`,
          eAt.key(),
        );
        continue;
      }
      const seen = new Set<string>();
      e.values.forEach((v, i) => {
        if (seen.has(v)) ctx.report('invalid-enum', `enum "${name}" lists value "${v}" twice`, eAt.at('values', i));
        if (byteLength(v) > MAX_IDENTIFIER_BYTES)
          ctx.report('invalid-enum', `enum value "${v}" is over ${MAX_IDENTIFIER_BYTES} bytes`, eAt.at('values', i));
        seen.add(v);
      });
      enums.set(name, { name, module: key, description: e.description ?? null, values: e.values, location: eAt.key() });
    }
  }
  const enumValues = new Map([...enums.values()].map((e) => [e.name, e.values] as const));

  // Tables.
  const tables = new Map<string, ResolvedTable>();
  const otherPrefixes = [...modules.values()].filter((m) => m.prefix !== '');
  for (const file of spec.modules) {
    const module = modules.get(file.data.module);
    if (!module || fileOfModule.get(module.key) !== file.source.path) continue;
    for (const [name, input] of Object.entries(file.data.tables ?? {})) {
      const at = new Locator(file.source, ['tables', name]);
      const previous = tables.get(name);
      if (previous) {
        ctx.report(
          'duplicate-table',
          `table "${name}" is already defined at ${previous.table.location?.file}:${previous.table.location?.line}; each table is defined once`,
          at.key(),
        );
        continue;
      }
      if (module.prefix !== '' && !(name.startsWith(module.prefix) && name.length > module.prefix.length)) {
        ctx.report(
          'table-prefix',
          `table "${name}" is in module "${module.key}", so its name must start with "${module.prefix}" (rename to "${module.prefix}${name}")`,
          at.key(),
        );
      } else if (module.prefix === '') {
        const wrong = otherPrefixes.find((m) => name.startsWith(m.prefix));
        if (wrong)
          ctx.report(
            'table-prefix',
            `table "${name}" carries the "${wrong.prefix}" prefix of module "${wrong.key}"; move it to modules/${wrong.key}`,
            at.key(),
          );
      }
      tables.set(name, resolveTable(name, input, { module, enums: enumValues, columnSets, naming }, ctx, at));
    }
  }

  const resolvedTables: Table[] = [...tables.values()].map(({ table, pendingForeignKeys }) => ({
    ...table,
    foreignKeys: pendingForeignKeys.map((fk) => bindForeignKey(fk, tables, naming, ctx)).filter((fk): fk is ForeignKey => fk !== null),
  }));
  checkPhases(resolvedTables, ctx);
  checkNameCollisions(resolvedTables, ctx);
  checkLegacyNames(resolvedTables, ctx);

  if (ctx.problems.length > 0) return { model: null, problems: ctx.problems };
  const model: Model = {
    name: root.name,
    description: root.description ?? null,
    specFile: projectPath(spec.rootPath),
    schema: root.schema ?? 'public',
    teams: teams.sort((a, b) => (a.key < b.key ? -1 : 1)),
    modules: [...modules.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    enums: [...enums.values()].sort(byName),
    tables: resolvedTables.sort(byName),
    naming,
    lint: { rules: root.lint?.rules ?? {}, options: root.lint?.options ?? {} },
  };
  return { model: FROZEN ? deepFreeze(model) : model, problems: [] };
}

function bindForeignKey(
  fk: PendingForeignKey,
  tables: ReadonlyMap<string, ResolvedTable>,
  naming: NamingConvention,
  ctx: ResolveContext,
): ForeignKey | null {
  const target = tables.get(fk.target)?.table;
  const at = fk.at.at();
  if (!target) {
    const hint = [...tables.keys()].find((t) => t.endsWith(`_${fk.target}`) || t === `${fk.target}s`);
    ctx.report(
      'unknown-fk-target',
      `foreign key of "${fk.table}" references unknown table "${fk.target}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      at,
    );
    return null;
  }
  const targetColumns = fk.targetColumns ?? target.primaryKey?.columns ?? null;
  if (!targetColumns) {
    ctx.report('unknown-fk-target', `"${fk.target}" has no primary key; name the referenced column (${fk.target}.column)`, at);
    return null;
  }
  const missing = targetColumns.filter((c) => !target.columns.some((col) => col.name === c));
  if (missing.length > 0) {
    ctx.report(
      'unknown-fk-column',
      `foreign key of "${fk.table}" references column ${missing.map((m) => `"${m}"`).join(', ')}, which "${fk.target}" does not have`,
      at,
    );
    return null;
  }
  if (targetColumns.length !== fk.columns.length) {
    ctx.report(
      'invalid-foreign-key',
      `foreign key of "${fk.table}" has ${fk.columns.length} column(s) but references ${targetColumns.length}`,
      at,
    );
    return null;
  }
  const keyed = [
    target.primaryKey?.columns ?? [],
    ...target.uniques.map((u) => u.columns),
    ...target.indexes.filter((i) => i.unique && !i.where).map((i) => i.keys.map((k) => k.column)),
  ];
  if (!keyed.some((k) => k.length === targetColumns.length && targetColumns.every((c) => k.includes(c)))) {
    ctx.report(
      'invalid-foreign-key',
      `"${fk.target}" (${targetColumns.join(', ')}) is neither its primary key nor unique; a foreign key must reference one`,
      at,
    );
  }
  const source = tables.get(fk.table)?.table;
  fk.columns.forEach((c, i) => {
    const from = source?.columns.find((col) => col.name === c);
    const to = target.columns.find((col) => col.name === targetColumns[i]);
    if (from && to && baseSql(from.type.sql) !== baseSql(to.type.sql)) {
      ctx.report(
        'invalid-foreign-key',
        `column "${fk.table}.${c}" is ${from.type.sql} but references "${fk.target}.${to.name}" of type ${to.type.sql}; make the types equal`,
        at,
      );
    }
  });
  return {
    name: fk.name ?? conventionalName(naming.foreignKey, { table: fk.table, columns: fk.columns }),
    columns: fk.columns,
    references: { table: fk.target, columns: targetColumns },
    onDelete: fk.onDelete,
    onUpdate: fk.onUpdate,
    location: at,
  };
}

/** serial columns store their integer type; a bigint FK may point at a bigserial key. */
function baseSql(sql: string): string {
  return ({ serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' } as Record<string, string>)[sql] ?? sql;
}

/** A table cannot reference one that does not exist yet in its phase. */
function checkPhases(tables: readonly Table[], ctx: ResolveContext): void {
  const phaseOf = new Map(tables.map((t) => [t.name, t.phase]));
  for (const t of tables) {
    for (const fk of t.foreignKeys) {
      const targetPhase = phaseOf.get(fk.references.table);
      if (targetPhase && PHASE_ORDER.indexOf(targetPhase) > PHASE_ORDER.indexOf(t.phase)) {
        ctx.report(
          'phase-order',
          `"${t.name}" (${t.phase}) references "${fk.references.table}", which is planned for ${targetPhase}; plan "${t.name}" for ${targetPhase} too, or bring the target forward`,
          fk.location,
        );
      }
    }
  }
}

/**
 * Tables, indexes and the indexes behind primary keys and unique constraints share one
 * namespace per schema; foreign keys and checks must be unique per table. A collision
 * (including one made by shortening a long name) is an error, never silently renamed.
 */
function checkNameCollisions(tables: readonly Table[], ctx: ResolveContext): void {
  const relations = new Map<string, string>();
  const claim = (name: string, owner: string, location: Table['location']) => {
    const previous = relations.get(name);
    if (previous !== undefined)
      ctx.report(
        'name-collision',
        `name "${name}" of ${owner} is already used by ${previous}; give one of them an explicit name`,
        location,
      );
    else relations.set(name, owner);
  };
  for (const t of tables) claim(t.name, `table ${t.name}`, t.location);
  for (const t of tables) {
    if (t.primaryKey) claim(t.primaryKey.name, `the primary key of ${t.name}`, t.location);
    for (const u of t.uniques) claim(u.name, `a unique constraint of ${t.name}`, t.location);
    for (const i of t.indexes) claim(i.name, `an index of ${t.name}`, i.location);
    const local = new Set<string>();
    for (const c of [...t.foreignKeys.map((f) => f.name), ...t.checks.map((c) => c.name)]) {
      if (local.has(c)) ctx.report('name-collision', `constraint name "${c}" is used twice in table ${t.name}`, t.location);
      local.add(c);
    }
  }
}

function checkLegacyNames(tables: readonly Table[], ctx: ResolveContext): void {
  const claimed = new Map<string, string>();
  const current = new Set(tables.map((t) => t.name));
  for (const t of tables) {
    for (const l of t.legacyNames) {
      const previous = claimed.get(l.name);
      if (previous)
        ctx.report(
          'duplicate-legacy-name',
          `legacy name "${l.name}" is claimed by both "${previous}" and "${t.name}"; a legacy table maps to one table`,
          t.location,
        );
      else if (current.has(l.name) && l.name !== t.name)
        ctx.report('duplicate-legacy-name', `legacy name "${l.name}" of "${t.name}" is the name of another table in the spec`, t.location);
      claimed.set(l.name, t.name);
    }
  }
}

/**
 * The model's readonly types keep every stage from changing it. Under the test suite it is
 * frozen too, so a change made past the types (a cast, a plain-JavaScript caller) fails loudly
 * there; a build leaves it unfrozen, as freezing its ~100,000 objects costs a sixth of resolving.
 */
const FROZEN = process.env.VITEST !== undefined;

// Indexed loops and for…in rather than Object.values: no array per object.
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key in value) deepFreeze(value[key]);
  return value;
}
