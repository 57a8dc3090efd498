import { resolve } from 'node:path';
import { displayPath, type LoadedSpec } from '../spec/load-spec.js';
import type { Problem } from '../spec/problem.js';
import { moduleFileSchema } from '../spec/spec-schema.js';
import { parseSourceFile } from '../spec/yaml-source.js';
import { zodProblems } from '../spec/zod-problems.js';

/**
 * The loaded spec with one module file's text replaced (or added), without touching the disk.
 *
 * `loadSpec(root, overrides)` gives the same result, but re-reads and re-validates all ~30 module
 * files (unchanged ones come from the parse cache, still about a third of the check's time on
 * the full spec); new-table checks the spec once per attempt, and once per answer in interactive
 * mode, so it takes only the changed file anew.
 * `spec-overlay.test.ts` checks both give the same model.
 */
export function overlayModuleFile(spec: LoadedSpec, absPath: string, text: string): { spec: LoadedSpec | null; problems: Problem[] } {
  const parsed = parseSourceFile(displayPath(absPath), text);
  if (!parsed.file) return { spec: null, problems: parsed.problems };
  const result = moduleFileSchema.safeParse(parsed.file.data ?? {});
  if (!result.success) return { spec: null, problems: zodProblems(parsed.file, result.error.issues) };
  const file = { source: parsed.file, data: result.data };
  const others = spec.modules.filter((m) => resolve(m.source.path) !== absPath);
  // loadSpec orders module files by absolute path; keep that order.
  const modules = [...others, file].sort((a, b) => (resolve(a.source.path) < resolve(b.source.path) ? -1 : 1));
  return { spec: { ...spec, modules }, problems: [] };
}
