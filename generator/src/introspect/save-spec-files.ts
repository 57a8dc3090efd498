import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** First words of every file `gen import` writes: a later import may replace such files, never others. */
export const IMPORT_MARKER = 'Imported by gen import';

/**
 * Writes an imported spec into `outDir` (root file + modules/). Files already there are
 * replaced only when an earlier import wrote them (they carry the marker) or `force` is set;
 * files of an earlier import that this one no longer produces (a module, a root file of another
 * name) are removed. Other files are never deleted: they are returned in `kept`. Each file goes to a temporary sibling first
 * and is renamed into place once all are written.
 */
export function saveSpecFiles(
  outDir: string,
  files: ReadonlyMap<string, string>,
  force: boolean,
): { written: string[]; removed: string[]; kept: string[] } {
  const foreign = [...files.keys()].filter((path) => {
    const abs = join(outDir, path);
    return existsSync(abs) && !readFileSync(abs, 'utf8').includes(IMPORT_MARKER);
  });
  if (foreign.length > 0 && !force)
    throw new SaveError(
      `${join(outDir, foreign[0] ?? '')} exists and was not written by gen import; choose another --out or pass --force to overwrite`,
    );
  const specFilesIn = (dir: string) =>
    existsSync(join(outDir, dir))
      ? readdirSync(join(outDir, dir))
          .filter((name) => /\.(ya?ml|json)$/.test(name))
          .map((name) => (dir === '' ? name : `${dir}/${name}`))
          .filter((path) => !files.has(path))
      : [];
  const others = [...specFilesIn(''), ...specFilesIn('modules')];
  const stale = others.filter((path) => readFileSync(join(outDir, path), 'utf8').includes(IMPORT_MARKER));
  const staged: [string, string][] = [];
  try {
    for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const abs = join(outDir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(`${abs}.${process.pid}.tmp`, text);
      staged.push([`${abs}.${process.pid}.tmp`, abs]);
    }
  } catch (error) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, abs] of staged) renameSync(tmp, abs);
  for (const path of stale) rmSync(join(outDir, path));
  return { written: [...files.keys()].sort(), removed: stale, kept: others.filter((p) => !stale.includes(p)) };
}

export class SaveError extends Error {}
