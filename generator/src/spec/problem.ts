/** Where a value came from in the spec, 1-based, as editors count. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * One thing wrong with the spec. Problems are collected and reported together
 * so a developer fixes a broken spec in one pass, not one error per run.
 */
export interface Problem {
  readonly code: string;
  readonly message: string;
  readonly location: SourceLocation | null;
}

/** Thrown when a stage cannot produce its output; carries every problem found. */
export class SpecError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'SpecError';
    this.problems = problems;
  }
}

export function formatLocation(location: SourceLocation | null): string {
  return location ? `${location.file}:${location.line}:${location.column}` : '<spec>';
}

export function formatProblem(problem: Problem): string {
  return `${formatLocation(problem.location)}  error  ${problem.code}  ${problem.message}`;
}

/** Problems sorted by file, line and column so output never depends on check order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}
