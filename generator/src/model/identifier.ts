import { byteLength, MAX_IDENTIFIER_BYTES } from './naming.js';

export const IDENTIFIER_PATTERN = /^[a-z][a-z0-9_]*$/;

/** Why `name` cannot be a spec identifier, or null when it can. */
export function identifierProblem(name: string): string | null {
  if (!IDENTIFIER_PATTERN.test(name)) return `"${name}" must match ^[a-z][a-z0-9_]*$ (lowercase snake_case)`;
  const bytes = byteLength(name);
  if (bytes > MAX_IDENTIFIER_BYTES)
    return `"${name}" is ${bytes} bytes; PostgreSQL identifiers are at most ${MAX_IDENTIFIER_BYTES} bytes (longer ones are silently truncated)`;
  return null;
}
