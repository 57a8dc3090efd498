import { formatProblem, type Problem } from '../spec/problem.js';
import type { CliIO } from './io.js';

export function reportProblems(io: CliIO, problems: readonly Problem[]): void {
  for (const p of problems) io.stderr(`${formatProblem(p)}\n`);
  io.stderr(`\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the spec; nothing was written.\n`);
}
