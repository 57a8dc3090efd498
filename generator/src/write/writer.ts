import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isGenerated, withHeader } from './generated-header.js';

export type FileChange = { readonly path: string; readonly status: 'created' | 'updated' | 'deleted' };

export interface WriteResult {
  readonly changes: readonly FileChange[];
  readonly unchanged: number;
}

/**
 * Plans how the files on disk must change to match `outputs`: new or different files, and
 * generated files in the owned locations that are no longer produced. Owned locations are
 * folders or single files; only files carrying the generated header are ever deleted.
 */
export function planWrite(
  rootDir: string,
  outputs: ReadonlyMap<string, string>,
  owns: readonly string[],
): { changes: FileChange[]; contents: Map<string, string>; unchanged: number } {
  const changes: FileChange[] = [];
  const contents = new Map<string, string>();
  const existing = new FolderListings(rootDir);
  let unchanged = 0;
  for (const [path, body] of [...outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const full = withHeader(path, body);
    const current = existing.has(path) ? readIfPresent(join(rootDir, path)) : null;
    if (current === full) {
      unchanged++;
      continue;
    }
    contents.set(path, full);
    changes.push({ path, status: current === null ? 'created' : 'updated' });
  }
  for (const owned of owns) {
    for (const path of listFiles(rootDir, owned)) {
      if (!outputs.has(path) && isGenerated(readFileSync(join(rootDir, path), 'utf8'))) changes.push({ path, status: 'deleted' });
    }
  }
  return { changes, contents, unchanged };
}

/**
 * Writes the planned changes. Every file is first written to a temporary sibling and only
 * then renamed into place, so a failure while writing leaves no file half-written, and the
 * renames happen only after all contents were written successfully.
 */
export function writeOutputs(rootDir: string, outputs: ReadonlyMap<string, string>, owns: readonly string[]): WriteResult {
  const plan = planWrite(rootDir, outputs, owns);
  const staged: [string, string][] = [];
  const made = new Set<string>();
  try {
    for (const [path, full] of plan.contents) {
      const abs = join(rootDir, path);
      const dir = dirname(abs);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const tmp = `${abs}.${process.pid}.tmp`;
      writeFileSync(tmp, full);
      staged.push([tmp, abs]);
    }
  } catch (error) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, abs] of staged) renameSync(tmp, abs);
  for (const change of plan.changes) if (change.status === 'deleted') rmSync(join(rootDir, change.path));
  return { changes: plan.changes, unchanged: plan.unchanged };
}

/**
 * Which files exist, from one listing per folder: into a fresh folder, reading each target only
 * to learn it is absent costs a failed system call and a thrown error per file.
 */
class FolderListings {
  private readonly listings = new Map<string, ReadonlySet<string>>();
  constructor(private readonly rootDir: string) {}

  has(path: string): boolean {
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash);
    let names = this.listings.get(folder);
    if (!names) {
      try {
        names = new Set(readdirSync(join(this.rootDir, folder)));
      } catch {
        names = new Set();
      }
      this.listings.set(folder, names);
    }
    return names.has(path.slice(slash + 1));
  }
}

/** The file's text, or null when there is none (one system call where existsSync + readFileSync take two). */
function readIfPresent(abs: string): string | null {
  try {
    return readFileSync(abs, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
}

function listFiles(rootDir: string, owned: string): string[] {
  const abs = join(rootDir, owned);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [owned];
  return readdirSync(abs)
    .sort()
    .flatMap((entry) => listFiles(rootDir, `${owned}/${entry}`));
}
