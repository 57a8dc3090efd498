import { migrationFile, PACKAGE_MIGRATIONS_DIR, readMigrationDirectory, type MigrationFile } from './migration-files.js';

/** A folder of migration files, or migrations given as name and SQL. */
export type MigrationSource = string | readonly { readonly name: string; readonly sql: string }[];

export function loadMigrations(source: MigrationSource = PACKAGE_MIGRATIONS_DIR): { files: MigrationFile[]; problems: string[] } {
  if (typeof source === 'string') return readMigrationDirectory(source);
  const problems: string[] = [];
  const files = [...source]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((m) => {
      const read = migrationFile(m.name, m.sql);
      problems.push(...read.problems);
      return read.file;
    });
  const names = files.map((f) => f.name);
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i))) problems.push(`${name}: given twice`);
  return { files, problems };
}
