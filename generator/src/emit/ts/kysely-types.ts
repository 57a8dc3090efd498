import { pascalCase } from '../../model/inflection.js';
import type { Column, JsonShape } from '../../model/model.js';
import { SCALAR_TYPES } from '../../model/pg-types.js';
import { enumTypeName } from './ts-names.js';

/**
 * The Kysely column type of a column: what a select returns, what insert and update accept.
 * `Generated<T>` where the database supplies a value, `GeneratedAlways<T>` where it must,
 * `ColumnType<S, I, U>` where input and output differ (timestamptz: Date out, Date | string in).
 */
export function kyselyColumnType(column: Column, shapeType: string | null): string {
  const base = baseTypes(column, shapeType);
  const nullable = column.nullable ? ' | null' : '';
  const select = `${base.select}${nullable}`;
  if (column.generated || column.identity === 'always') return `GeneratedAlways<${select}>`;
  const input = `${base.input}${nullable}`;
  const optional = column.default !== null || column.identity === 'by default' || SCALAR_TYPES[column.type.name]?.serialOf != null;
  if (input === select) {
    if (optional) return `Generated<${select}>`;
    return select;
  }
  return `ColumnType<${select}, ${input}${optional ? ' | undefined' : ''}, ${input}>`;
}

function baseTypes(column: Column, shapeType: string | null): { select: string; input: string } {
  const { type } = column;
  let select: string;
  let input: string;
  if (type.kind === 'enum') {
    select = input = enumTypeName(type.name);
  } else {
    const scalar = SCALAR_TYPES[type.name];
    select = scalar?.ts ?? 'unknown';
    input = scalar?.tsInput ?? select;
    if (shapeType && scalar?.category === 'json') select = input = shapeType;
  }
  if (!type.isArray) return { select, input };
  const arr = (t: string) => (/[ |]/.test(t) ? `(${t})[]` : `${t}[]`);
  return { select: arr(select), input: arr(input) };
}

/**
 * Named types for declared jsonb object shapes, one property per line, nested objects
 * named too: lines stay short and the names document the shape.
 */
export class ShapeTypes {
  private readonly types = new Map<string, string>();

  add(name: string, body: string): string {
    if (!this.types.has(name)) this.types.set(name, body);
    return name;
  }

  declarations(): string[] {
    // Type aliases, not interfaces: an interface has no implicit index signature, so a shaped
    // value would not be assignable to Json.
    return [...this.types].map(([name, body]) => `export type ${name} = ${body};`);
  }
}

/** A TypeScript type for a declared jsonb shape; object shapes become interfaces named from `name`. */
export function shapeToTs(shape: JsonShape, name: string, types: ShapeTypes): string {
  switch (shape.kind) {
    case 'scalar':
      return shape.type === 'integer' ? 'number' : shape.type;
    case 'array': {
      const element = shapeToTs(shape.element, `${name}Item`, types);
      return /[ |]/.test(element) ? `(${element})[]` : `${element}[]`;
    }
    case 'object': {
      const lines = shape.properties.map(
        (p) => `  ${p.name}${p.optional ? '?' : ''}: ${shapeToTs(p.shape, `${name}${pascalCase(p.name)}`, types)};`,
      );
      return types.add(name, `{\n${lines.join('\n')}\n}`);
    }
  }
}
