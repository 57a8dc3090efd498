import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Derived data of spec files, on disk, keyed by a hash of what it was derived from: a file's
 * parse (yaml-source.ts) and its validated form (load-spec.ts). Only ever derived data, so
 * deleting the folder (or GEN_NO_CACHE=1) changes nothing but speed. GEN_CACHE_DIR moves it.
 */
const CACHE_FORMAT = 3;

const cacheDir = (): string | null =>
  process.env.GEN_NO_CACHE ? null : join(process.env.GEN_CACHE_DIR ?? join(tmpdir(), 'poultryco-gen-cache'), `spec-v${CACHE_FORMAT}`);

export const contentHash = (...parts: readonly string[]): string => {
  const hash = createHash('sha1');
  for (const p of parts) hash.update(p).update('\u0000');
  return hash.digest('hex');
};

export function readCached<T>(key: string): T | null {
  const dir = cacheDir();
  if (!dir) return null;
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return null;
  }
}

export function writeCached(key: string, value: unknown): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(dir, `${key}.json`));
  } catch {
    // A cache that cannot be written only costs speed.
  }
}
