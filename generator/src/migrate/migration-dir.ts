import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The history: every migration the database has had, in order. */
export const DEFAULT_MIGRATIONS_DIR = 'packages/db/migrations';

/** `add-polls`, `Add polls` → `add_polls`; null when nothing usable is left. */
export function migrationLabel(name: string): string | null {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return label === '' ? null : label;
}

const stamp = (date: Date) => date.toISOString().replace(/[-:T]/g, '').slice(0, 14);

/**
 * `count` consecutive UTC timestamps (YYYYMMDDHHMMSS) from `now`, each later than every existing
 * migration: a clock behind the newest file must not make a new migration look older than it.
 */
export function nextTimestamps(existing: readonly string[], now: Date, count: number): string[] {
  const newest = existing.map((n) => n.slice(0, 14)).reduce((max, t) => (t > max ? t : max), '');
  let time = now.getTime() - (now.getTime() % 1000);
  if (newest && stamp(new Date(time)) <= newest) {
    const y = Number(newest.slice(0, 4));
    const parts = [4, 6, 8, 10, 12].map((i) => Number(newest.slice(i, i + 2)));
    time = Date.UTC(y, (parts[0] ?? 1) - 1, parts[1], parts[2], parts[3], parts[4]) + 1000;
  }
  return Array.from({ length: count }, (_, i) => stamp(new Date(time + i * 1000)));
}

/** Writes a migration file atomically (temp file, then rename), creating the folder if needed. */
export function writeMigrationFile(dir: string, name: string, sql: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.sql`);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, sql);
  renameSync(tmp, path);
  return path;
}
