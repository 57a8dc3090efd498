import type { z } from 'zod';
import type { Problem } from './problem.js';
import type { SourceFile, ValuePath } from './yaml-source.js';

type Issue = z.core.$ZodIssue;

/** Maps zod issues to positioned problems, choosing the most relevant branch of a failed union. */
export function zodProblems(file: SourceFile, issues: readonly Issue[]): Problem[] {
  return issues.flatMap((issue) => toProblems(file, issue, []));
}

function toProblems(file: SourceFile, issue: Issue, base: ValuePath): Problem[] {
  const path = [...base, ...(issue.path as ValuePath)];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    return bestBranch(issue.errors).flatMap((i) => toProblems(file, i, path));
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      code: 'spec-unknown-key',
      message: /^\s*\d+\s*\)$/.test(key)
        ? `unknown key "${key}" at ${describe(path)}: a comma inside { … } splits the value; quote the type, e.g. type: "numeric(10,2)"`
        : `unknown key "${key}" at ${describe(path)} (check the spelling; see spec.schema.json for the allowed keys)`,
      location: file.locate([...path, key], { key: true }),
    }));
  }
  if (issue.code === 'invalid_key') {
    return [
      {
        code: 'spec-invalid-name',
        message: `name "${String(path.at(-1))}" ${issue.issues[0]?.message ?? issue.message}`,
        location: file.locate(path, { key: true }),
      },
    ];
  }
  return [{ code: 'spec-invalid', message: `${describe(path)}: ${issue.message}`, location: file.locate(path) }];
}

/**
 * A union such as `column: text | { type: … }` fails in every branch; the branch that got past
 * the type check at the union itself is the one the author meant.
 */
function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] {
  const meant = branches.find((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  return meant ?? branches[branches.length - 1] ?? [];
}

function describe(path: ValuePath): string {
  return path.length === 0 ? '(document)' : path.join('.');
}
