import type { Model, Module, Table } from '../../model/model.js';
import { camelCase, pascalCase, singularName } from '../../model/inflection.js';

/** Names of everything generated for one table. */
export interface TableNames {
  /** Kysely table interface: `SocPostsTable`. */
  readonly table: string;
  /** Row types: `SocPost`, `NewSocPost`, `SocPostUpdate`. */
  readonly row: string;
  readonly insert: string;
  readonly update: string;
  /** zod schemas: `socPostSchema`, `newSocPostSchema`, `socPostUpdateSchema`. */
  readonly rowSchema: string;
  readonly insertSchema: string;
  readonly updateSchema: string;
  /** Runtime table definition constant: `socPostsTable`. */
  readonly def: string;
  /** Repository property under the module namespace: `db.soc.posts`. */
  readonly repository: string;
}

const namesCache = new WeakMap<Table, TableNames>();

/** Names of a table's generated types (memoised: every emitter asks for them, often). */
export function tableNames(table: Table, module: Module): TableNames {
  let names = namesCache.get(table);
  if (!names) {
    names = computeNames(table, module);
    namesCache.set(table, names);
  }
  return names;
}

function computeNames(table: Table, module: Module): TableNames {
  const singular = pascalCase(singularName(table.name));
  const schemaBase = singular.charAt(0).toLowerCase() + singular.slice(1);
  const unprefixed = module.prefix && table.name.startsWith(module.prefix) ? table.name.slice(module.prefix.length) : table.name;
  return {
    table: `${pascalCase(table.name)}Table`,
    row: singular,
    insert: `New${singular}`,
    update: `${singular}Update`,
    rowSchema: `${schemaBase}Schema`,
    insertSchema: `new${singular}Schema`,
    updateSchema: `${schemaBase}UpdateSchema`,
    def: `${camelCase(table.name)}Table`,
    repository: camelCase(unprefixed),
  };
}

/** Module namespace in the SDK: `db.soc`, `db.ai` (the prefix without its underscores). */
export const moduleNamespace = (module: Module): string => camelCase(module.key);

export const enumTypeName = (name: string): string => pascalCase(name);
export const enumValuesName = (name: string): string => `${camelCase(name)}Values`;

/**
 * Generated type names must be unique: two tables singularising alike, or an enum named like a
 * table's row type (`ntf_channel` beside `ntf_channels`), would declare the same name twice.
 */
export function typeNameClashes(model: Model): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  const claim = (name: string, owner: string) => {
    const other = seen.get(name);
    if (other) clashes.push(`${other} and ${owner} both generate the type ${name}; rename one`);
    else seen.set(name, owner);
  };
  const modules = new Map(model.modules.map((m) => [m.key, m]));
  for (const e of model.enums) claim(enumTypeName(e.name), `enum ${e.name}`);
  for (const t of model.tables) {
    const module = modules.get(t.module);
    if (!module) continue;
    const names = tableNames(t, module);
    claim(names.row, `table ${t.name}`);
    claim(names.table, `table ${t.name}`);
  }
  return clashes;
}
