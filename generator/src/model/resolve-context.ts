import type { Problem, SourceLocation } from '../spec/problem.js';
import type { SourceFile, ValuePath } from '../spec/yaml-source.js';
import { identifierProblem } from './identifier.js';

/** Collects problems while resolving, each located in the spec file it came from. */
export class ResolveContext {
  readonly problems: Problem[] = [];

  report(code: string, message: string, location: SourceLocation | null): void {
    this.problems.push({ code, message, location });
  }

  /** Reports `name` if it is not a valid identifier; true when it is. */
  identifier(name: string, what: string, location: SourceLocation | null): boolean {
    const problem = identifierProblem(name);
    if (problem) this.report('invalid-identifier', `${what} ${problem}`, location);
    return problem === null;
  }
}

/** Locates values inside one spec file under a fixed base path. */
export class Locator {
  constructor(
    readonly file: SourceFile,
    readonly base: ValuePath,
  ) {}

  at(...path: ValuePath): SourceLocation {
    return this.file.locate([...this.base, ...path]);
  }

  key(...path: ValuePath): SourceLocation {
    return this.file.locate([...this.base, ...path], { key: true });
  }

  child(...path: ValuePath): Locator {
    return new Locator(this.file, [...this.base, ...path]);
  }
}
