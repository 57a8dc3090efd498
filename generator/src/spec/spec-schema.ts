import { z } from 'zod';

/**
 * The spec file format, as zod schemas. This is the single source of the format: the loader
 * validates with it and `spec.schema.json` (for editors) is generated from it.
 *
 * Structure only lives here. Checks that need the whole spec (unknown types, FK targets,
 * duplicates across files, identifier byte length) happen when the model is resolved.
 */

export const SPEC_VERSION = 1;

const identifier = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case: a lowercase letter, then lowercase letters, digits or _')
  .meta({ description: 'A PostgreSQL identifier: ^[a-z][a-z0-9_]*$, at most 63 bytes.' });

const description = z.string().min(1).meta({ description: 'Human description; becomes a COMMENT ON.' });

const fkAction = z.enum(['cascade', 'restrict', 'no action', 'set null', 'set default']);

const lintException = z.strictObject({
  rule: z.string().min(1).meta({ description: 'Id of the lint rule this table or column is exempt from.' }),
  reason: z.string().min(1).meta({ description: 'Why the exception is justified (mandatory).' }),
});

/** A jsonb column's declared shape: `string`, `number`, `integer`, `boolean`, `unknown`, optionally `[]`-suffixed; a map of keys (suffix a key with `?` when optional); or a one-element list for an array of that shape. */
export type JsonShapeInput = string | JsonShapeInput[] | { [key: string]: JsonShapeInput };
const jsonShape: z.ZodType<JsonShapeInput> = z.lazy(() =>
  z.union([
    z
      .string()
      .regex(/^(string|number|integer|boolean|unknown)(\[\])?$/, 'must be string, number, integer, boolean or unknown, optionally with []'),
    z.array(jsonShape).length(1, 'an array shape lists exactly one element shape'),
    z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*\??$/, 'must be a key name, with ? when optional'), jsonShape),
  ]),
);

const defaultValue = z
  .union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())])
  .meta({
    description:
      'A literal default, escaped as a SQL literal. Strings of the form `fn()` and CURRENT_DATE / CURRENT_TIMESTAMP are the matching SQL expressions. Use `defaultSql` for anything else.',
  });

const columnObject = z.strictObject({
  type: z.string().min(1).meta({
    description:
      'uuid, text, varchar(n), char(n), smallint, integer, bigint, numeric(p,s), real, double precision, boolean, date, time, timestamptz, timestamp, interval, jsonb, json, bytea, inet, citext, serial, bigserial, a module enum; `[]` for an array.',
  }),
  nullable: z.boolean().optional().meta({ description: 'Columns are NOT NULL unless nullable: true.' }),
  default: defaultValue.optional(),
  defaultSql: z.string().min(1).optional().meta({ description: 'A default as a SQL expression (checked, not escaped).' }),
  description: description.optional(),
  primaryKey: z.boolean().optional(),
  unique: z.boolean().optional(),
  references: z
    .string()
    .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/, 'must be `table` or `table.column`')
    .optional()
    .meta({ description: 'Foreign key target: `table` (its primary key) or `table.column`.' }),
  onDelete: fkAction.optional(),
  onUpdate: fkAction.optional(),
  check: z.string().min(1).optional().meta({ description: 'A CHECK expression on this column (SQL).' }),
  min: z.number().optional().meta({ description: 'Smallest allowed value (CHECK and validator).' }),
  max: z.number().optional().meta({ description: 'Largest allowed value (CHECK and validator).' }),
  nonEmpty: z.boolean().optional().meta({ description: 'Text must not be empty or blank (CHECK and validator).' }),
  identity: z.enum(['always', 'by default']).optional(),
  generated: z.string().min(1).optional().meta({ description: 'GENERATED ALWAYS AS (expression) STORED.' }),
  shape: jsonShape.optional().meta({ description: 'Declared shape of a json/jsonb value.' }),
  renamedFrom: identifier.optional().meta({ description: 'Former name: the next migration renames instead of drop + add.' }),
  exceptions: z.array(lintException).optional(),
});

const column = z.union([
  z
    .string()
    .regex(/^[^?]+\??$/, 'a shorthand column is a type, with ? when nullable')
    .meta({ description: 'Shorthand: the type, `?` suffix when nullable.' }),
  columnObject,
]);

const columnList = z.array(identifier).min(1);

const foreignKey = z.strictObject({
  name: identifier.optional(),
  columns: columnList,
  references: z.strictObject({ table: identifier, columns: columnList.optional() }),
  onDelete: fkAction.optional(),
  onUpdate: fkAction.optional(),
});

const uniqueConstraint = z.union([
  columnList,
  z.strictObject({ name: identifier.optional(), columns: columnList, nullsNotDistinct: z.boolean().optional() }),
]);

const checkConstraint = z.strictObject({
  name: identifier.meta({ description: 'Short name; the constraint is named by the naming convention.' }),
  expression: z.string().min(1),
});

const indexKey = z.string().regex(/^[a-z][a-z0-9_]*( (asc|desc))?$/, 'must be a column name, optionally followed by asc or desc');

const index = z.strictObject({
  name: identifier.optional(),
  columns: z.array(indexKey).min(1).optional(),
  expression: z.string().min(1).optional().meta({ description: 'An expression index key, e.g. lower(email).' }),
  unique: z.boolean().optional(),
  using: z.enum(['btree', 'gin', 'gist', 'hash', 'brin']).optional(),
  where: z.string().min(1).optional().meta({ description: 'Partial index predicate (SQL).' }),
});

const legacyName = z.union([
  identifier,
  z.strictObject({
    name: identifier,
    kind: z.enum(['renamed', 'merged']).optional(),
    note: z.string().optional(),
  }),
]);

const table = z.strictObject({
  description: description.optional(),
  status: z.enum(['live', 'planned']).optional(),
  phase: z.enum(['y1', 'y2']).optional().meta({ description: 'For planned tables: the year the table is due.' }),
  legacy: z.array(legacyName).optional().meta({
    description: 'Legacy (Supabase-era) names this table replaces: a plain name is a rename, `kind: merged` a duplicate merged into it.',
  }),
  renamedFrom: identifier.optional().meta({ description: 'Former name: the next migration renames instead of drop + create.' }),
  appendOnly: z
    .boolean()
    .optional()
    .meta({ description: 'Rows are written once and never updated (logs, likes, views): no updated_at needed.' }),
  use: z.array(identifier).optional().meta({ description: 'Column sets from the root file, e.g. [id, timestamps].' }),
  columns: z.record(identifier, column),
  primaryKey: columnList.optional(),
  foreignKeys: z.array(foreignKey).optional(),
  unique: z.array(uniqueConstraint).optional(),
  checks: z.array(checkConstraint).optional(),
  indexes: z.array(index).optional(),
  exceptions: z.array(lintException).optional(),
});

const enumType = z.strictObject({
  description: description.optional(),
  values: z.array(z.string().min(1)).min(1),
});

export const moduleFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(SPEC_VERSION),
    module: identifier.meta({ description: 'Key of the module (declared in the root file) these tables belong to.' }),
    enums: z.record(identifier, enumType).optional(),
    tables: z.record(identifier, table).optional(),
  })
  .meta({ title: 'poultryco-db module file' });

const team = z.strictObject({
  title: z.string().min(1),
  handle: z.string().min(1).optional().meta({ description: 'Code-owner handle, e.g. @poultryco/team-alpha.' }),
  description: z.string().optional(),
});

const targets = z.strictObject({
  current: z.number().int().nonnegative(),
  y1: z.number().int().nonnegative(),
  y2: z.number().int().nonnegative(),
});

const moduleDecl = z.strictObject({
  prefix: z.string().regex(/^([a-z][a-z0-9]*_+)?$/, 'must be lowercase letters/digits ending in _ (or empty for core)'),
  title: z.string().min(1),
  owner: identifier.meta({ description: 'Team key that owns the module.' }),
  description: z.string().optional(),
  targets,
  references: z.array(identifier).optional().meta({ description: 'Modules whose tables this module may reference.' }),
});

const columnSet = z.strictObject({
  description: z.string().optional(),
  placement: z.enum(['start', 'end']).optional().meta({ description: 'Where the set goes among the table columns.' }),
  columns: z.record(identifier, column),
});

const naming = z.strictObject({
  primaryKey: z.string().optional(),
  foreignKey: z.string().optional(),
  unique: z.string().optional(),
  check: z.string().optional(),
  index: z.string().optional(),
  uniqueIndex: z.string().optional(),
  trigger: z.string().optional(),
});

const severity = z.enum(['error', 'warn', 'off']);
const lint = z.strictObject({
  rules: z.record(z.string(), severity).optional(),
  options: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

export const rootFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(SPEC_VERSION),
    name: identifier,
    description: z.string().optional(),
    schema: identifier.optional().meta({ description: 'PostgreSQL schema the tables live in (default public).' }),
    modulesDir: z.string().optional().meta({ description: 'Folder of module files, relative to this file (default modules).' }),
    teams: z.record(identifier, team),
    modules: z.record(identifier, moduleDecl),
    columnSets: z.record(identifier, columnSet).optional(),
    naming: naming.optional(),
    lint: lint.optional(),
  })
  .meta({ title: 'poultryco-db root spec file' });

export type RootFile = z.infer<typeof rootFileSchema>;
export type ModuleFile = z.infer<typeof moduleFileSchema>;
export type TableInput = z.infer<typeof table>;
export type ColumnInput = z.infer<typeof column>;
export type ColumnObjectInput = z.infer<typeof columnObject>;
export type IndexInput = z.infer<typeof index>;
export type ForeignKeyInput = z.infer<typeof foreignKey>;
export type NamingInput = z.infer<typeof naming>;
export type LintInput = z.infer<typeof lint>;
export type FkActionInput = z.infer<typeof fkAction>;

/** The JSON Schema editors use (`# yaml-language-server: $schema=…`): either file kind. */
export function specJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(z.union([rootFileSchema, moduleFileSchema]).meta({ title: 'poultryco-db spec file' }), {
    io: 'input',
    unrepresentable: 'any',
  });
}
