import { createHash } from 'node:crypto';
import type { NamingConvention } from './model.js';

export const MAX_IDENTIFIER_BYTES = 63;

export const DEFAULT_NAMING: NamingConvention = {
  primaryKey: 'pk_{table}',
  foreignKey: 'fk_{table}_{columns}',
  unique: 'uq_{table}_{columns}',
  check: 'ck_{table}_{name}',
  index: 'ix_{table}_{columns}',
  uniqueIndex: 'ux_{table}_{columns}',
  trigger: 'trg_{table}_updated_at',
};

/** Byte length as Postgres counts it (UTF-8), not characters. */
export function byteLength(name: string): number {
  return Buffer.byteLength(name, 'utf8');
}

/**
 * Fills a naming pattern, then fits the result into 63 bytes. Postgres would silently
 * truncate a longer name, which makes two long names collide without warning; instead a name
 * that is too long keeps its first bytes and gets an 8-hex-digit hash of the full name, so
 * the shortening is deterministic and distinct names stay distinct.
 */
export function conventionalName(pattern: string, parts: { table: string; columns?: readonly string[]; name?: string }): string {
  const full = pattern
    .replace(/\{table\}/g, parts.table)
    .replace(/\{columns\}/g, (parts.columns ?? []).join('_'))
    .replace(/\{name\}/g, parts.name ?? '');
  return fitIdentifier(full);
}

/**
 * `full`, or when longer than `maxBytes` its start and a hash of all of it: deterministic and
 * collision-resistant. PostgreSQL's 63 bytes by default; the TS emitter passes a line's room.
 */
export function fitIdentifier(full: string, maxBytes: number = MAX_IDENTIFIER_BYTES): string {
  if (byteLength(full) <= maxBytes) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  let head = full;
  while (byteLength(head) > maxBytes - hash.length - 1) head = head.slice(0, -1);
  return `${head.replace(/_+$/, '')}_${hash}`;
}
