export interface Matched<T> {
  /** Same name on both sides. */
  readonly same: readonly (readonly [expected: T, actual: T])[];
  /** Same structure, different names. */
  readonly renamed: readonly (readonly [expected: T, actual: T])[];
  readonly missing: readonly T[];
  readonly extra: readonly T[];
}

/**
 * Pairs the objects of two sides: by name first, then what is left by structure (an index on
 * the same keys under another name is the same index, renamed). Order follows `expected`, then
 * `actual`, so the result never depends on catalog order beyond what the callers sort.
 */
export function matchObjects<T extends { readonly name: string }>(
  expected: readonly T[],
  actual: readonly T[],
  sameStructure: (a: T, b: T) => boolean,
): Matched<T> {
  const byName = new Map(actual.map((a) => [a.name, a]));
  const same: [T, T][] = [];
  const left: T[] = [];
  const used = new Set<T>();
  for (const e of expected) {
    const a = byName.get(e.name);
    if (a && !used.has(a)) {
      same.push([e, a]);
      used.add(a);
    } else {
      left.push(e);
    }
  }
  const renamed: [T, T][] = [];
  const missing: T[] = [];
  for (const e of left) {
    const a = actual.find((x) => !used.has(x) && !expected.some((y) => y.name === x.name) && sameStructure(e, x));
    if (a) {
      renamed.push([e, a]);
      used.add(a);
    } else {
      missing.push(e);
    }
  }
  return { same, renamed, missing, extra: actual.filter((a) => !used.has(a)) };
}
