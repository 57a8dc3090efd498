import type { Difference, DriftObject, SideLabels } from './difference.js';

/** Collects the differences of one table (or enum) and words their messages one way. */
export class DriftContext {
  readonly differences: Difference[] = [];

  constructor(
    readonly labels: SideLabels,
    readonly strict: boolean,
    private readonly subject: { readonly table: string | null; readonly enum: string | null },
  ) {}

  missing(object: DriftObject, name: string, detail: string | null): void {
    this.push(
      object,
      name,
      'missing',
      null,
      detail,
      null,
      `${object} ${name}${detail ? ` ${detail}` : ''} is in ${this.labels.expected} but not in ${this.labels.actual}`,
    );
  }

  extra(object: DriftObject, name: string, detail: string | null, hint: string | null = null): void {
    this.push(
      object,
      name,
      'extra',
      null,
      null,
      detail,
      `${object} ${name}${detail ? ` ${detail}` : ''} is in ${this.labels.actual} but not in ${this.labels.expected}${hint ? ` (${hint})` : ''}`,
    );
  }

  changed(object: DriftObject, name: string, property: string, expected: string, actual: string): void {
    this.push(
      object,
      name,
      'changed',
      property,
      expected,
      actual,
      `${object} ${name}: ${property} is ${actual} in ${this.labels.actual}, ${expected} in ${this.labels.expected}`,
    );
  }

  /** The same structure under another name: "index on (author_id) exists as x, the spec names it y". */
  renamed(object: DriftObject, structure: string, expectedName: string, actualName: string, actualObject: DriftObject = object): void {
    const as = actualObject === object ? actualName : `${actualObject} ${actualName}`;
    this.push(
      object,
      expectedName,
      'renamed',
      'name',
      expectedName,
      actualName,
      `${object} on ${structure} exists as ${as}, ${this.labels.expected} names it ${expectedName}`,
    );
  }

  private push(
    object: DriftObject,
    name: string,
    change: Difference['change'],
    property: string | null,
    expected: string | null,
    actual: string | null,
    message: string,
  ): void {
    this.differences.push({ ...this.subject, object, name, change, property, expected, actual, message });
  }
}
