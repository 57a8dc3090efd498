import { RESERVED_WORDS } from './reserved-words.js';

const SIMPLE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Quotes an identifier for SQL. Simple lowercase names that are not reserved words are left
 * bare so the DDL reads naturally; everything else is double-quoted with quotes doubled.
 */
export function quoteIdent(name: string): string {
  if (name.includes('\0')) throw new Error(`identifier contains a NUL byte: ${JSON.stringify(name)}`);
  if (SIMPLE_IDENTIFIER.test(name) && !RESERVED_WORDS.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

/** A SQL string literal. standard_conforming_strings is on in every supported server, so only quotes are doubled. */
export function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new Error('string literal contains a NUL byte');
  return `'${value.replace(/'/g, "''")}'`;
}
