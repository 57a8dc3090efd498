import type { ColumnType } from './model.js';
import { SCALAR_TYPES, scalarKey } from './pg-types.js';

const TYPE_SYNTAX = /^([a-z][a-z0-9_ ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*(\[\])?$/;

/**
 * Parses a spec type (`varchar(200)`, `numeric(10,2)[]`, `soc_post_status`) against the
 * scalar type table and the spec's enums. Returns the type or a message saying what to fix.
 */
export function parseColumnType(input: string, enums: { has(name: string): boolean }): ColumnType | string {
  // Scalar types parse the same whatever the spec, so they are parsed once per process; enum
  // types and errors depend on the spec's enums and are worked out each time.
  const cached = scalarTypes.get(input);
  if (cached) return cached;
  const result = parseUncached(input, enums);
  if (typeof result !== 'string' && result.kind === 'scalar') scalarTypes.set(input, result);
  return result;
}

const scalarTypes = new Map<string, ColumnType>();

function parseUncached(input: string, enums: { has(name: string): boolean }): ColumnType | string {
  const match = TYPE_SYNTAX.exec(input.trim().toLowerCase().replace(/\s+/g, ' '));
  if (!match) return `cannot read type "${input}": write e.g. text, varchar(120), numeric(10,2) or integer[]`;
  const [, rawName = '', first, second, array] = match;
  const name = rawName.trim();
  const isArray = array !== undefined;
  const key = scalarKey(name);
  if (key === undefined) {
    if (!enums.has(name))
      return `unknown type "${name}": use a supported type (${Object.keys(SCALAR_TYPES).join(', ')}) or an enum declared in a module file`;
    if (first !== undefined) return `enum type "${name}" takes no parameters`;
    return { kind: 'enum', name, length: null, precision: null, scale: null, isArray, sql: `${name}${isArray ? '[]' : ''}` };
  }
  const scalar = SCALAR_TYPES[key];
  if (!scalar) return `unknown type "${name}"`;
  if (scalar.serialOf && isArray) return `${key} cannot be an array element type`;
  const base = { kind: 'scalar' as const, name: key, isArray };
  const suffix = isArray ? '[]' : '';
  switch (scalar.params) {
    case 'none':
      if (first !== undefined) return `type ${key} takes no parameters`;
      return { ...base, length: null, precision: null, scale: null, sql: scalar.sql + suffix };
    case 'length': {
      if (first === undefined) return `type ${key} needs a length, e.g. ${key}(120)`;
      if (second !== undefined) return `type ${key} takes one parameter (the length)`;
      const length = Number(first);
      if (length < 1 || length > 10485760) return `length of ${key} must be between 1 and 10485760`;
      return { ...base, length, precision: null, scale: null, sql: `${scalar.sql}(${length})${suffix}` };
    }
    case 'precision': {
      if (first === undefined) return { ...base, length: null, precision: null, scale: null, sql: scalar.sql + suffix };
      const precision = Number(first);
      const scale = second === undefined ? 0 : Number(second);
      if (precision < 1 || precision > 1000) return `precision of ${key} must be between 1 and 1000`;
      if (scale > precision) return `scale of ${key}(${precision},${scale}) cannot exceed its precision`;
      return { ...base, length: null, precision, scale, sql: `${scalar.sql}(${precision},${scale})${suffix}` };
    }
  }
}
