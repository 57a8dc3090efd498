import { loadSpec } from '../spec/load-spec.js';
import { sortProblems, SpecError, type Problem } from '../spec/problem.js';
import { resolveModel } from '../model/resolve.js';
import type { Model } from '../model/model.js';

/** load → validate → resolve: the spec files into the model, or every problem found. */
export function loadModel(rootPath: string, overrides?: ReadonlyMap<string, string>): { model: Model | null; problems: Problem[] } {
  const loaded = loadSpec(rootPath, overrides);
  if (!loaded.spec) return { model: null, problems: sortProblems(loaded.problems) };
  const resolved = resolveModel(loaded.spec);
  return { model: resolved.model, problems: sortProblems(resolved.problems) };
}

/** Like loadModel, but throws a SpecError carrying every problem. */
export function loadModelOrThrow(rootPath: string, overrides?: ReadonlyMap<string, string>): Model {
  const { model, problems } = loadModel(rootPath, overrides);
  if (!model) throw new SpecError(problems);
  return model;
}
