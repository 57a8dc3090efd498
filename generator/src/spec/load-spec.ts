import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ModuleFile, RootFile } from './spec-schema.js';
import { formatFingerprint, specFormat } from './spec-format.js';
import type { Problem } from './problem.js';
import { contentHash, readCached, writeCached } from './spec-cache.js';
import { parseSourceFile, sourceFile, type FilePositions, type SourceFile } from './yaml-source.js';
import { zodProblems } from './zod-problems.js';

export interface SpecFile<T> {
  readonly source: SourceFile;
  readonly data: T;
}

/** The spec's files, parsed and structurally valid, not yet resolved into a model. */
export interface LoadedSpec {
  readonly rootPath: string;
  readonly root: SpecFile<RootFile>;
  readonly modules: readonly SpecFile<ModuleFile>[];
}

export const DEFAULT_SPEC_PATH = 'schema-spec/poultryco.yaml';
const SPEC_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Display path of a file: relative to the working directory, always with `/`. */
export function displayPath(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/');
}

/** Reads the root file and every module file; returns all problems found in any of them. */
export function loadSpec(
  rootPath: string,
  overrides: ReadonlyMap<string, string> = new Map(),
): { spec: LoadedSpec | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (path: string): string | null => {
    const abs = resolve(path);
    const override = overrides.get(abs);
    if (override !== undefined) return override;
    try {
      return readFileSync(abs, 'utf8');
    } catch (error) {
      problems.push({
        code: 'spec-unreadable',
        message: `cannot read spec file: ${(error as Error).message}`,
        location: { file: displayPath(path), line: 1, column: 1 },
      });
      return null;
    }
  };

  const rootText = read(rootPath);
  if (rootText === null) return { spec: null, problems };
  const root = parseAndCheck(rootPath, rootText, 'root', () => specFormat().rootFileSchema, problems);

  const modulesDir = join(dirname(rootPath), root?.data.modulesDir ?? 'modules');
  const modules: SpecFile<ModuleFile>[] = [];
  // A file given only as an override (a module file about to be created) is loaded too.
  const extra = [...overrides.keys()].filter((abs) => dirname(abs) === resolve(modulesDir));
  const paths = [...new Set([...listSpecFiles(modulesDir, problems).map((p) => resolve(p)), ...extra])].sort();
  for (const path of paths) {
    const text = read(path);
    if (text === null) continue;
    const file = parseAndCheck(path, text, 'module', () => specFormat().moduleFileSchema, problems);
    if (file) modules.push(file);
  }
  if (!root || problems.length > 0) return { spec: null, problems };
  return { spec: { rootPath, root, modules }, problems };
}

function listSpecFiles(dir: string, problems: Problem[]): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => SPEC_EXTENSIONS.some((ext) => name.endsWith(ext)))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    problems.push({ code: 'spec-unreadable', message: `cannot list module files: ${(error as Error).message}`, location: null });
    return [];
  }
}

function parseAndCheck<T>(
  path: string,
  text: string,
  kind: 'root' | 'module',
  schema: () => {
    safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly import('zod').z.core.$ZodIssue[] } };
  },
  problems: Problem[],
): SpecFile<T> | null {
  // Validation is a pure function of the file's text and the format, and costs more than parsing:
  // a file that passed before is served validated and neither parsed nor validated again (its
  // source data is then the validated data). Its positions, more than half of what is cached, are
  // kept apart and read only if something is located in the file (a problem to report); should
  // they be gone by then, the text is parsed again. Only successes are cached.
  const display = displayPath(path);
  const key = contentHash(text, kind, formatFingerprint());
  const cached = readCached<{ data: T }>(key);
  if (cached) {
    const positions = () => readCached<FilePositions>(`${key}-positions`) ?? parsedPositions(display, text);
    return { source: sourceFile(display, cached.data, positions), data: cached.data };
  }
  const parsed = parseSourceFile(display, text);
  problems.push(...parsed.problems);
  if (!parsed.file) return null;
  const result = schema().safeParse(parsed.file.data ?? {});
  if (!result.success) {
    problems.push(...zodProblems(parsed.file, result.error.issues));
    return null;
  }
  writeCached(`${key}-positions`, parsed.file.positions);
  writeCached(key, { data: result.data });
  return { source: parsed.file, data: result.data };
}

function parsedPositions(display: string, text: string): FilePositions {
  const { file } = parseSourceFile(display, text);
  if (!file) throw new Error(`${display} no longer parses as it did when it was cached`);
  return file.positions;
}
