import type { Column, JsonShape } from '../../model/model.js';
import { SCALAR_TYPES } from '../../model/pg-types.js';
import { enumValuesName } from './ts-names.js';
import { pascalCase } from '../../model/inflection.js';

/**
 * zod expressions for a column, enforcing what the database enforces where zod can: NOT NULL,
 * lengths, integer ranges, numeric precision, uuid/inet formats, enum values, array element
 * types, min/max and non-blank checks, and declared jsonb shapes.
 */
export function zodColumn(column: Column, mode: 'select' | 'input', shapes: ShapeConsts): string {
  const { type } = column;
  let expr: string;
  if (type.kind === 'enum') {
    expr = `z.enum(${enumValuesName(type.name)})`;
  } else {
    const scalar = SCALAR_TYPES[type.name];
    const template = (mode === 'select' ? scalar?.zodSelect : scalar?.zod) ?? 'z.unknown()';
    expr = template
      .replace('{length}', String(type.length ?? ''))
      .replace(
        'pg.numeric({precision}, {scale})',
        type.precision === null ? 'pg.numeric()' : `pg.numeric(${type.precision}, ${type.scale ?? 0})`,
      );
    if (column.shape && scalar?.category === 'json') expr = zodShape(column.shape, shapes.base(column.name), shapes);
  }
  if (mode === 'input') {
    // One helper call rather than a chain of refinements keeps every line short (see ts-format.ts).
    if (column.min !== null || column.max !== null) expr = `pg.bounded(${expr}, ${column.min ?? 'null'}, ${column.max ?? 'null'})`;
    if (column.nonEmpty && !type.isArray) expr = `pg.nonBlank(${expr})`;
  }
  if (type.isArray) {
    expr = `z.array(${expr})`;
    if (mode === 'input' && column.nonEmpty) expr += '.min(1)';
  }
  if (column.nullable) expr += '.nullable()';
  return expr;
}

/**
 * Named schemas for declared jsonb object shapes. Every object shape becomes a `const` laid
 * out one property per line, so no generated line grows past the print width however deep
 * the shape is (prettier would otherwise re-break long inline objects).
 */
export class ShapeConsts {
  private readonly consts = new Map<string, string>();
  constructor(private readonly prefix: string) {}

  base(column: string): string {
    return `${this.prefix}${pascalCase(column)}`;
  }

  add(name: string, code: string): string {
    if (!this.consts.has(name)) this.consts.set(name, code);
    return name;
  }

  /** The `const` declarations, dependencies first (they were added innermost first). */
  declarations(): string[] {
    return [...this.consts].map(([name, code]) => `const ${name} = ${code};`);
  }
}

function zodShape(shape: JsonShape, name: string, shapes: ShapeConsts): string {
  switch (shape.kind) {
    case 'scalar':
      return { string: 'z.string()', number: 'z.number()', integer: 'z.number().int()', boolean: 'z.boolean()', unknown: 'pg.json()' }[
        shape.type
      ];
    case 'array':
      return `z.array(${zodShape(shape.element, `${name}Item`, shapes)})`;
    case 'object': {
      const properties = shape.properties.map(
        (p) => `  ${p.name}: ${zodShape(p.shape, `${name}${pascalCase(p.name)}`, shapes)}${p.optional ? '.optional()' : ''},`,
      );
      return shapes.add(`${name}Shape`, `z.strictObject({\n${properties.join('\n')}\n})`);
    }
  }
}

/** Whether an insert may leave the column out (the database supplies it). */
export function optionalOnInsert(column: Column): boolean {
  return column.nullable || column.default !== null || column.identity === 'by default' || SCALAR_TYPES[column.type.name]?.serialOf != null;
}

/** Whether the column may be written at all (generated and identity-always columns may not). */
export function writable(column: Column): boolean {
  return column.generated === null && column.identity !== 'always';
}
