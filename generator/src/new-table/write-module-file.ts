import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes the edited module file: to a temporary sibling first, then renamed into place, so the
 * spec is never left half-written. Refuses (returns a message) if the file changed since it was
 * read: someone else's edit must not be overwritten by a plan made from the old text.
 */
export function writeModuleFile(path: string, expected: string | null, text: string): string | null {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current !== expected) return `${path} changed while the table was being checked; run the command again`;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return null;
}
