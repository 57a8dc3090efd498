import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDirectives, type MigrationDirectives } from './directives.js';

/** One migration: `<UTC timestamp YYYYMMDDHHMMSS>_<name>.sql`, its SQL, checksum and directives. */
export interface MigrationFile {
  /** The file name without `.sql`; the history records it, and migrations run in its order. */
  readonly name: string;
  readonly sql: string;
  /** sha256 of the SQL with line endings normalised, so a checkout with CRLF does not count as a change. */
  readonly checksum: string;
  readonly directives: MigrationDirectives;
}

export const MIGRATION_NAME = /^\d{14}_[a-z0-9][a-z0-9_]*$/;

/** The migrations shipped with `@poultryco/db` (`packages/db/migrations`), from dist/ and src/ alike. */
export const PACKAGE_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** A migration from its name and SQL (files are read with readMigrationDirectory). */
export function migrationFile(name: string, sql: string): { file: MigrationFile; problems: string[] } {
  const problems: string[] = [];
  if (!MIGRATION_NAME.test(name)) problems.push(`${name}: a migration is named <UTC timestamp YYYYMMDDHHMMSS>_<snake_case name>`);
  const read = readDirectives(sql);
  problems.push(...read.problems.map((p) => `${name}: ${p}`));
  return { file: { name, sql, checksum: checksumOf(sql), directives: read.directives }, problems };
}

/** Every `*.sql` file of a folder, sorted by name; other files are ignored. A missing folder holds none. */
export function readMigrationDirectory(dir: string): { files: MigrationFile[]; problems: string[] } {
  if (!existsSync(dir)) return { files: [], problems: [] };
  const problems: string[] = [];
  const files: MigrationFile[] = [];
  for (const entry of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const read = migrationFile(entry.slice(0, -'.sql'.length), readFileSync(join(dir, entry), 'utf8'));
    files.push(read.file);
    problems.push(...read.problems);
  }
  return { files, problems };
}
