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

/**
 * Locates values inside one spec file under a fixed base path.
 *
 * Every table, column, index and key of the model carries its location, but only a reported
 * problem ever reads one: a build reads none. So a location is worked out on first read
 * (locating ~10,600 values eagerly was about a quarter of resolving the 585-table spec).
 */
export class Locator {
  constructor(
    readonly file: SourceFile,
    readonly base: ValuePath,
  ) {}

  at(...path: ValuePath): SourceLocation {
    return new SpecLocation(this.file, this.base, path, false);
  }

  key(...path: ValuePath): SourceLocation {
    return new SpecLocation(this.file, this.base, path, true);
  }

  child(...path: ValuePath): Locator {
    return new Locator(this.file, [...this.base, ...path]);
  }
}

/** A SourceLocation whose line and column are looked up when first read. */
class SpecLocation implements SourceLocation {
  readonly file: string;
  // Private fields: not enumerable, so copying, freezing or comparing a model never walks them.
  // The file's locate function, not the file: the model must not keep the spec's data alive
  // once it is resolved.
  readonly #locateIn: SourceFile['locate'];
  readonly #base: ValuePath;
  readonly #path: ValuePath;
  readonly #key: boolean;
  #found: SourceLocation | null = null;

  constructor(source: SourceFile, base: ValuePath, path: ValuePath, key: boolean) {
    this.file = source.path;
    this.#locateIn = source.locate;
    this.#base = base;
    this.#path = path;
    this.#key = key;
  }

  get line(): number {
    return this.#locate().line;
  }

  get column(): number {
    return this.#locate().column;
  }

  toJSON(): SourceLocation {
    return { file: this.file, line: this.line, column: this.column };
  }

  #locate(): SourceLocation {
    return (this.#found ??= this.#locateIn(this.#path.length === 0 ? this.#base : [...this.#base, ...this.#path], { key: this.#key }));
  }
}
