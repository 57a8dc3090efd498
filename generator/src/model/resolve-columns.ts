import type { ColumnInput, ColumnObjectInput } from '../spec/spec-schema.js';
import type { Column, LintException } from './model.js';
import { SCALAR_TYPES } from './pg-types.js';
import { parseColumnType } from './column-type.js';
import { resolveDefault } from './column-default.js';
import { resolveJsonShape } from './json-shape.js';
import { checkSqlExpression } from '../sql/sql-expression.js';
import type { Locator, ResolveContext } from './resolve-context.js';

/** A column plus what it declares about its table's keys and constraints. */
export interface ResolvedColumn {
  readonly column: Column;
  readonly constraints: {
    primaryKey: boolean;
    unique: boolean;
    references: { table: string; column: string | null; onDelete?: string; onUpdate?: string } | null;
    checks: { suffix: string; expression: string }[];
  };
}

export function normaliseColumnInput(input: ColumnInput): ColumnObjectInput {
  if (typeof input !== 'string') return input;
  const nullable = input.endsWith('?');
  return { type: nullable ? input.slice(0, -1) : input, nullable };
}

/** Resolves one column against the enum table; reports problems at the column's location. */
export function resolveColumn(
  name: string,
  raw: ColumnInput,
  enums: ReadonlyMap<string, readonly string[]>,
  ctx: ResolveContext,
  at: Locator,
): ResolvedColumn | null {
  const input = normaliseColumnInput(raw);
  const location = at.key();
  ctx.identifier(name, 'column name', location);
  const type = parseColumnType(input.type, enums);
  if (typeof type === 'string') {
    ctx.report('unknown-type', `column "${name}": ${type}`, typeof raw === 'string' ? at.at() : at.at('type'));
    return null;
  }
  const scalar = type.kind === 'scalar' ? SCALAR_TYPES[type.name] : undefined;
  const category = scalar?.category;
  const def = resolveDefault(input.default, input.defaultSql, type, type.kind === 'enum' ? enums.get(type.name) : undefined);
  if (typeof def === 'string')
    ctx.report('invalid-default', `column "${name}": ${def}`, at.at(input.defaultSql !== undefined ? 'defaultSql' : 'default'));

  const problem = (field: string, message: string) => ctx.report('invalid-column', `column "${name}": ${message}`, at.at(field));
  if (input.identity && (category !== 'integer' || type.isArray || scalar?.serialOf))
    problem('identity', 'identity columns must be smallint, integer or bigint');
  if (input.identity && (input.default !== undefined || input.defaultSql !== undefined))
    problem('identity', 'an identity column cannot also have a default');
  if (input.generated !== undefined) {
    const expr = checkSqlExpression(input.generated);
    if (expr) problem('generated', `generated: ${expr}`);
    if (input.default !== undefined || input.defaultSql !== undefined || input.identity)
      problem('generated', 'a generated column cannot have a default or identity');
  }
  if (input.shape !== undefined && category !== 'json') problem('shape', 'shape is only for json and jsonb columns');
  if ((input.min !== undefined || input.max !== undefined) && !['integer', 'decimal', 'float'].includes(category ?? ''))
    problem(input.min !== undefined ? 'min' : 'max', 'min/max apply to numeric columns only');
  if (input.min !== undefined && input.max !== undefined && input.min > input.max)
    problem('min', `min ${input.min} is greater than max ${input.max}`);
  if (input.nonEmpty && category !== 'text' && !type.isArray) problem('nonEmpty', 'nonEmpty applies to text columns and arrays only');
  if (input.check !== undefined) {
    const expr = checkSqlExpression(input.check);
    if (expr) problem('check', `check: ${expr}`);
  }
  if ((input.onDelete || input.onUpdate) && !input.references)
    problem(input.onDelete ? 'onDelete' : 'onUpdate', 'onDelete/onUpdate need references');
  if (input.onDelete === 'set null' && !input.nullable) problem('onDelete', 'onDelete: set null needs a nullable column');
  if (input.primaryKey && input.nullable) problem('nullable', 'a primary key column cannot be nullable');
  if (input.renamedFrom !== undefined) ctx.identifier(input.renamedFrom, 'renamedFrom', at.at('renamedFrom'));

  const checks: { suffix: string; expression: string }[] = [];
  if (input.check !== undefined) checks.push({ suffix: name, expression: input.check });
  if (input.min !== undefined || input.max !== undefined) {
    const parts = [input.min !== undefined ? `${name} >= ${input.min}` : null, input.max !== undefined ? `${name} <= ${input.max}` : null];
    checks.push({ suffix: `${name}_range`, expression: parts.filter((p) => p !== null).join(' AND ') });
  }
  if (input.nonEmpty)
    checks.push({ suffix: `${name}_not_blank`, expression: type.isArray ? `cardinality(${name}) > 0` : `length(btrim(${name})) > 0` });

  let references: ResolvedColumn['constraints']['references'] = null;
  if (input.references) {
    const [table = '', column] = input.references.split('.');
    references = { table, column: column ?? null, onDelete: input.onDelete, onUpdate: input.onUpdate };
  }

  const exceptions: LintException[] = (input.exceptions ?? []).map((e, i) => ({ ...e, location: at.at('exceptions', i) }));
  const column: Column = {
    name,
    type,
    nullable: input.nullable ?? false,
    default: typeof def === 'string' ? null : def,
    identity: input.identity ?? null,
    generated: input.generated ?? null,
    description: input.description ?? null,
    shape: input.shape !== undefined ? resolveJsonShape(input.shape) : null,
    min: input.min ?? null,
    max: input.max ?? null,
    nonEmpty: input.nonEmpty ?? false,
    renamedFrom: input.renamedFrom ?? null,
    exceptions,
    location,
  };
  return { column, constraints: { primaryKey: input.primaryKey ?? false, unique: input.unique ?? false, references, checks } };
}
