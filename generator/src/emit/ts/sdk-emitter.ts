import type { Emitter } from '../emitter.js';
import type { Model, Module, Table } from '../../model/model.js';
import { SCALAR_TYPES } from '../../model/pg-types.js';
import { kyselyColumnType, ShapeTypes, shapeToTs } from './kysely-types.js';
import { enumTypeName, enumValuesName, moduleNamespace, tableNames, typeNameClashes } from './ts-names.js';
import { callDeclaration, declaration, importStatement, jsDoc, stringArray, unionDeclaration } from './ts-format.js';
import { optionalOnInsert, ShapeConsts, writable, zodColumn } from './zod-schemas.js';
import { camelCase, pascalCase } from '../../model/inflection.js';

export const GENERATED_TS_DIR = 'packages/db/src/generated';

/**
 * The typed half of `@poultryco/db`, per module: Kysely table interfaces and row types,
 * zod validators, and the runtime table definitions the repositories run on; plus the `DB`
 * interface and the module registry. Hand-written runtime code lives outside this folder.
 */
export const sdkEmitter: Emitter = {
  name: 'sdk',
  owns: [GENERATED_TS_DIR],
  *emit(model, ctx) {
    const clashes = typeNameClashes(model);
    if (clashes.length > 0) throw new Error(`generated type names clash: ${clashes.join('; ')}`);
    const modules = model.modules.filter((m) => model.tables.some((t) => t.module === m.key));
    const enumModule = new Map(model.enums.map((e) => [e.name, e.module]));
    for (const module of modules) {
      const tables = model.tables.filter((t) => t.module === module.key);
      const dir = `${GENERATED_TS_DIR}/${module.key}`;
      yield [`${dir}/types.ts`, ctx.templates.render('ts/module-types.ts', typesView(model, module, tables, enumModule))];
      yield [`${dir}/schemas.ts`, ctx.templates.render('ts/module-schemas.ts', schemasView(module, tables, enumModule))];
      yield [`${dir}/tables.ts`, ctx.templates.render('ts/module-tables.ts', tablesView(module, tables))];
      yield [`${dir}/index.ts`, ctx.templates.render('ts/module-index.ts', {})];
    }
    const moduleViews = modules.map((m) => ({ key: m.key, dbName: dbName(m), tablesName: tablesName(m), namespace: moduleNamespace(m) }));
    const dbNames = moduleViews.map((m) => m.dbName);
    yield [
      `${GENERATED_TS_DIR}/database.ts`,
      ctx.templates.render('ts/database.ts', {
        modules: moduleViews,
        phase: ctx.phase,
        tableCount: model.tables.length,
        dbNames: extendsList(dbNames),
      }),
    ];
    yield [`${GENERATED_TS_DIR}/index.ts`, ctx.templates.render('ts/generated-index.ts', { modules: moduleViews })];
  },
};

const dbName = (m: Module) => `${pascalCase(m.key)}DB`;
const tablesName = (m: Module) => `${moduleNamespace(m)}Tables`;

/** `A, B` or, when `export interface DB extends A, B {}` is too long, prettier's broken layout. */
function extendsList(names: readonly string[]): string {
  const inline = names.join(', ');
  if (`export interface DB extends ${inline} {}`.length <= 140) return ` extends ${inline}`;
  return `\n  extends\n${names.map((n) => `    ${n}`).join(',\n')}`;
}

function otherModuleImports(
  module: Module,
  tables: readonly Table[],
  enumModule: ReadonlyMap<string, string>,
  name: (e: string) => string,
) {
  const byModule = new Map<string, Set<string>>();
  for (const t of tables) {
    for (const c of t.columns) {
      if (c.type.kind !== 'enum') continue;
      const owner = enumModule.get(c.type.name);
      if (!owner || owner === module.key) continue;
      byModule.set(owner, (byModule.get(owner) ?? new Set()).add(name(c.type.name)));
    }
  }
  return [...byModule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, names]) => ({ module: m, names: [...names].sort() }));
}

function typesView(model: Model, module: Module, tables: readonly Table[], enumModule: ReadonlyMap<string, string>) {
  const used = new Set(['Insertable', 'Selectable', 'Updateable']);
  let usesJson = false;
  const shapeTypes = new ShapeTypes();
  const tableViews = tables.map((t) => {
    const names = tableNames(t, module);
    return {
      name: t.name,
      names,
      rowTypes: [
        declaration(`export type ${names.row} =`, `Selectable<${names.table}>`),
        declaration(`export type ${names.insert} =`, `Insertable<${names.table}>`),
        declaration(`export type ${names.update} =`, `Updateable<${names.table}>`),
      ].join('\n'),
      doc: jsDoc(t.description),
      columns: t.columns.map((c) => {
        const shape = c.shape ? shapeToTs(c.shape, `${pascalCase(t.name)}${pascalCase(c.name)}`, shapeTypes) : null;
        const type = kyselyColumnType(c, shape);
        for (const k of ['ColumnType', 'GeneratedAlways', 'Generated']) if (type.startsWith(`${k}<`)) used.add(k);
        if (!shape && c.type.kind === 'scalar' && SCALAR_TYPES[c.type.name]?.category === 'json') usesJson = true;
        return { name: c.name, type, doc: jsDoc(c.description, '  ') };
      }),
    };
  });
  const enums = model.enums
    .filter((e) => e.module === module.key)
    .map((e) => {
      const typeName = enumTypeName(e.name);
      const valuesName = enumValuesName(e.name);
      return {
        typeName,
        valuesName,
        doc: jsDoc(e.description),
        union: unionDeclaration(`export type ${typeName} =`, e.values),
        values: stringArray(e.values, `export const ${valuesName} = `, ' as const;'),
      };
    });
  const enumImports = otherModuleImports(module, tables, enumModule, enumTypeName).map((i) =>
    importStatement(i.names, `../${i.module}/types.js`, true),
  );
  return {
    kyselyImport: importStatement([...used].sort(), 'kysely', true),
    usesJson,
    enumImports,
    enums,
    shapes: shapeTypes.declarations(),
    tables: tableViews,
    moduleTitle: module.title,
    dbName: dbName(module),
  };
}

function schemasView(module: Module, tables: readonly Table[], enumModule: ReadonlyMap<string, string>) {
  const local = new Set<string>();
  for (const t of tables)
    for (const c of t.columns)
      if (c.type.kind === 'enum' && enumModule.get(c.type.name) === module.key) local.add(enumValuesName(c.type.name));
  return {
    localValues: local.size > 0 ? importStatement([...local].sort(), './types.js', false) : '',
    valueImports: otherModuleImports(module, tables, enumModule, enumValuesName).map((i) =>
      importStatement(i.names, `../${i.module}/types.js`, false),
    ),
    tables: tables.map((t) => {
      const names = tableNames(t, module);
      const shapes = new ShapeConsts(camelCase(t.name));
      const select = t.columns.map((c) => `${c.name}: ${zodColumn(c, 'select', shapes, t)}`);
      const insert = t.columns
        .filter(writable)
        .map((c) => `${c.name}: ${zodColumn(c, 'input', shapes, t)}${optionalOnInsert(c) ? '.optional()' : ''}`);
      return {
        name: t.name,
        names,
        shapes: shapes.declarations(),
        updateSchema: declaration(`export const ${names.updateSchema} =`, `${names.insertSchema}.partial()`),
        select,
        insert,
      };
    }),
  };
}

function tablesView(module: Module, tables: readonly Table[]) {
  const views = tables.map((t) => {
    const names = tableNames(t, module);
    const body = (indent: string) => {
      const list = (key: string, values: readonly string[]) => `${key}: ${stringArray(values, `${indent}${key}: `, ',', indent)},`;
      return [
        `name: '${t.name}',`,
        `module: '${module.key}',`,
        list(
          'columns',
          t.columns.map((c) => c.name),
        ),
        list('primaryKey', t.primaryKey?.columns ?? []),
        list(
          'enumArrayColumns',
          t.columns.filter((c) => c.type.kind === 'enum' && c.type.isArray).map((c) => c.name),
        ),
        `insertSchema: ${names.insertSchema},`,
        `updateSchema: ${names.updateSchema},`,
      ];
    };
    return { names, definition: callDeclaration(`export const ${names.def} =`, `defineTable<${names.table}>()`, body) };
  });
  return {
    tables: views,
    moduleTitle: module.title,
    tablesName: tablesName(module),
    typeImport: importStatement(
      views.map((v) => v.names.table),
      './types.js',
      true,
    ),
    schemaImport: importStatement(
      views.flatMap((v) => [v.names.insertSchema, v.names.updateSchema]),
      './schemas.js',
      false,
    ),
  };
}
