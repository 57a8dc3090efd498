import { dirname, join, resolve } from 'node:path';
import { RULES } from '../lint/registry.js';
import { lintModel, type LintDiagnostic } from '../lint/run-lint.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import { loadSpec, type LoadedSpec } from '../spec/load-spec.js';
import { sortProblems, type Problem } from '../spec/problem.js';
import type { ColumnSetColumns } from './table-builder.js';

/** The spec as it is now: loaded once, then every new-table attempt is checked against it. */
export interface SpecContext {
  /** Absolute path of the root file. */
  readonly rootPath: string;
  readonly spec: LoadedSpec;
  readonly model: Model;
  readonly columnSets: ColumnSetColumns;
  /** Absolute folder of the module files. */
  readonly modulesDir: string;
  /**
   * Diagnostics the current spec already has from the given rules. Only the rules the new
   * table's lint run reported on are run again, each once per context.
   */
  baselineDiagnostics(ruleIds: Iterable<string>): readonly LintDiagnostic[];
}

/** load → resolve, keeping the loaded files so a changed module file can be re-checked alone. */
export function openSpec(rootPath: string): { context: SpecContext | null; problems: Problem[] } {
  const absRoot = resolve(rootPath);
  const loaded = loadSpec(absRoot);
  if (!loaded.spec) return { context: null, problems: sortProblems(loaded.problems) };
  const spec = loaded.spec;
  const resolved = resolveModel(spec);
  if (!resolved.model) return { context: null, problems: sortProblems(resolved.problems) };
  const model = resolved.model;
  const byRule = new Map<string, LintDiagnostic[]>();
  const baselineDiagnostics = (ruleIds: Iterable<string>): LintDiagnostic[] => {
    const missing = RULES.filter((r) => [...ruleIds].includes(r.meta.id) && !byRule.has(r.meta.id));
    if (missing.length > 0) {
      for (const r of missing) byRule.set(r.meta.id, []);
      for (const d of lintModel(model, missing).diagnostics) byRule.get(d.ruleId)?.push(d);
    }
    return [...ruleIds].flatMap((id) => byRule.get(id) ?? []);
  };
  return {
    context: {
      rootPath: absRoot,
      spec,
      model,
      columnSets: new Map(Object.entries(spec.root.data.columnSets ?? {}).map(([key, set]) => [key, Object.keys(set.columns)])),
      modulesDir: join(dirname(absRoot), spec.root.data.modulesDir ?? 'modules'),
      baselineDiagnostics,
    },
    problems: [],
  };
}
