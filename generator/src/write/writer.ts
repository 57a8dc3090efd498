import { existsSync, mkdir, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFile } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Output } from '../emit/emitter.js';
import { isGenerated, withHeader } from './generated-header.js';

export type FileChange = { readonly path: string; readonly status: 'created' | 'updated' | 'deleted' };

export interface WriteResult {
  readonly changes: readonly FileChange[];
  readonly unchanged: number;
}

/**
 * Outputs on their way to disk, taken one at a time so an emitter's files can be let go of as
 * soon as they are staged (at 5,000 tables the outputs are ~40 MB of text).
 *
 * Each output is compared with the file on disk; a new or different one is written to a
 * temporary sibling (when writing at all). Only commit() renames them into place, after every
 * output was staged, and removes generated files in the owned locations that are no longer
 * produced; abort() removes the temporary files. So a failure anywhere (an emitter that throws,
 * a file that cannot be written) leaves every file as it was. Owned locations are folders or
 * single files; only files carrying the generated header are ever deleted.
 *
 * The temporary files are written in the background (libuv's thread pool) while the next outputs
 * are emitted: creating a file costs about a millisecond of kernel time on our machines, and a
 * build creates ~170 of them. commit() waits for them all.
 */
export class OutputStage {
  private readonly existing: FolderListings;
  private readonly produced = new Set<string>();
  private readonly changes: FileChange[] = [];
  private readonly staged: [tmp: string, target: string][] = [];
  /** Each folder files go into, made on first use; the value is the topmost folder that making it created, if any. */
  private readonly folders = new Map<string, Promise<string | undefined>>();
  private readonly writing: Promise<void>[] = [];
  private unchanged = 0;

  constructor(
    private readonly rootDir: string,
    private readonly options: { readonly write: boolean },
  ) {
    this.existing = new FolderListings(rootDir);
  }

  add(path: string, body: string): void {
    if (this.produced.has(path)) throw new Error(`two emitters produce ${path}`);
    this.produced.add(path);
    const full = withHeader(path, body);
    const current = this.existing.has(path) ? readIfPresent(join(this.rootDir, path)) : null;
    if (current === full) {
      this.unchanged++;
      return;
    }
    this.changes.push({ path, status: current === null ? 'created' : 'updated' });
    if (!this.options.write) return;
    const target = join(this.rootDir, path);
    const tmp = `${target}.${process.pid}.tmp`;
    this.staged.push([tmp, target]);
    // Encoded now, not when the file is opened: the text is a rope of many small strings (as
    // rendered), and thousands of tables' worth of ropes waiting for the disk would double the
    // build's peak memory. The bytes are one block each, outside the JavaScript heap.
    const bytes = Buffer.from(full);
    this.writing.push(this.folder(dirname(target)).then(() => writeBytes(tmp, bytes)));
  }

  /** The changes (by path, deletions last) that commit() would carry out; touches nothing. */
  plan(owns: readonly string[]): WriteResult {
    const deleted: FileChange[] = [];
    // The staged temporary files lie in the owned folders too; they are not stale.
    const ours = new Set(this.staged.map(([tmp]) => tmp));
    for (const owned of owns) {
      for (const path of listFiles(this.rootDir, owned)) {
        const abs = join(this.rootDir, path);
        if (!this.produced.has(path) && !ours.has(abs) && isGenerated(readFileSync(abs, 'utf8'))) deleted.push({ path, status: 'deleted' });
      }
    }
    const changes = [...this.changes].sort((a, b) => (a.path < b.path ? -1 : 1));
    return { changes: [...changes, ...deleted], unchanged: this.unchanged };
  }

  /** Once every temporary file is written: renames them into place and removes stale files. */
  async commit(owns: readonly string[]): Promise<WriteResult> {
    await settleAll(this.writing);
    const result = this.plan(owns);
    if (this.options.write) {
      for (const [tmp, target] of this.staged) renameSync(tmp, target);
      this.staged.length = 0;
      for (const change of result.changes) if (change.status === 'deleted') rmSync(join(this.rootDir, change.path));
    }
    return result;
  }

  /** Removes the temporary files and the folders made for them, once no write is under way. */
  async abort(): Promise<void> {
    await Promise.allSettled(this.writing);
    for (const [tmp] of this.staged) removeQuietly(tmp);
    this.staged.length = 0;
    // Every folder this stage made, deepest first so each is empty by the time it is reached.
    const made = new Set<string>();
    const tops = await Promise.allSettled(this.folders.values());
    [...this.folders.keys()].forEach((dir, i) => {
      const top = tops[i]?.status === 'fulfilled' ? tops[i].value : undefined;
      for (let current = dir; top !== undefined && current.length >= top.length; current = dirname(current)) made.add(current);
    });
    for (const dir of [...made].sort((a, b) => b.length - a.length)) removeEmptyFolder(dir);
  }

  private folder(dir: string): Promise<void> {
    let made = this.folders.get(dir);
    if (!made) {
      made = new Promise((resolve, reject) => mkdir(dir, { recursive: true }, (error, top) => (error ? reject(error) : resolve(top))));
      this.folders.set(dir, made);
    }
    return made.then(() => undefined);
  }
}

/** Writes a file; a partly written one is removed before the error is passed on. */
function writeBytes(path: string, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) =>
    writeFile(path, bytes, (error) => {
      if (!error) return resolve();
      removeQuietly(path);
      reject(error);
    }),
  );
}

/** Waits for every promise (none is left running), then fails with the first failure if any. */
async function settleAll(promises: readonly Promise<void>[]): Promise<void> {
  const failure = (await Promise.allSettled(promises)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Removes a folder if it is empty; clean-up must not hide the error that caused it. */
function removeEmptyFolder(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (another run's or the user's files): leave it.
  }
}

/** Removes a temporary file if it is there; clean-up must not hide the error that caused it. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Not a file we could remove (e.g. a folder of that name): leave it.
  }
}

/** Stages `outputs` and commits them, or leaves every file untouched when one cannot be written. */
export function writeOutputs(rootDir: string, outputs: ReadonlyMap<string, string>, owns: readonly string[]): Promise<WriteResult> {
  return stageAll(new OutputStage(rootDir, { write: true }), [() => outputs], owns);
}

/** How the files on disk would change to match `outputs`; writes nothing (for --check). */
export function planWrite(rootDir: string, outputs: ReadonlyMap<string, string>, owns: readonly string[]): WriteResult {
  return planAll(rootDir, [() => outputs], owns);
}

/** Stages what each producer returns, one producer at a time, then commits; aborts on any failure. */
export async function stageAll(stage: OutputStage, producers: Iterable<() => Output>, owns: readonly string[]): Promise<WriteResult> {
  try {
    for (const produce of producers) for (const [path, body] of produce()) stage.add(path, body);
    return await stage.commit(owns);
  } catch (error) {
    await stage.abort();
    throw error;
  }
}

/** What stageAll would change, one producer at a time; writes nothing. */
export function planAll(rootDir: string, producers: Iterable<() => Output>, owns: readonly string[]): WriteResult {
  const stage = new OutputStage(rootDir, { write: false });
  for (const produce of producers) for (const [path, body] of produce()) stage.add(path, body);
  return stage.plan(owns);
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
