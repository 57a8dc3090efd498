import type { JsonShapeInput } from '../spec/spec-schema.js';
import type { JsonShape } from './model.js';

/** Converts the spec's compact shape notation into the model's shape tree. */
export function resolveJsonShape(input: JsonShapeInput): JsonShape {
  if (typeof input === 'string') {
    const isArray = input.endsWith('[]');
    const type = (isArray ? input.slice(0, -2) : input) as 'string' | 'number' | 'integer' | 'boolean' | 'unknown';
    const scalar: JsonShape = { kind: 'scalar', type };
    return isArray ? { kind: 'array', element: scalar } : scalar;
  }
  if (Array.isArray(input)) return { kind: 'array', element: resolveJsonShape(input[0] as JsonShapeInput) };
  return {
    kind: 'object',
    properties: Object.entries(input).map(([key, shape]) => ({
      name: key.endsWith('?') ? key.slice(0, -1) : key,
      optional: key.endsWith('?'),
      shape: resolveJsonShape(shape),
    })),
  };
}
