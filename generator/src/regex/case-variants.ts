/**
 * Non-ASCII characters that some locale's case mapping relates to an ASCII letter (İ ı to i, ſ
 * to s, the Kelvin sign to k). Whether PostgreSQL's case-insensitive match accepts them depends
 * on the database's LC_CTYPE, so a translation accepts them: it may let through what the
 * database refuses, never the other way round.
 */
const LOCALE_CASE_VARIANTS: Readonly<Record<string, readonly number[]>> = { i: [0x130, 0x131], s: [0x17f], k: [0x212a] };

/** Other-case forms of a character under `~*`: the other case first, then the locale-dependent ones. */
export function caseVariants(code: number): number[] {
  const c = String.fromCodePoint(code);
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  const other = c === lower ? upper : lower;
  // No case, or one that maps to several characters (ß to SS): nothing a single character matches.
  if (lower === upper || [...other].length !== 1) return [];
  return [other.codePointAt(0) as number, ...(LOCALE_CASE_VARIANTS[lower] ?? [])];
}

/**
 * What a bracket's members gain under `~*`: the other case of its letters, sorted. A negated
 * bracket leaves the locale-dependent variants out of its set, so they stay matchable and its
 * translation still accepts at least as much as the database.
 */
export function bracketCaseVariants(members: ReadonlySet<number>, negated: boolean): number[] {
  const added = new Set<number>();
  for (const code of members)
    for (const variant of caseVariants(code)) if (!members.has(variant) && !(negated && variant > 0x7f)) added.add(variant);
  return [...added].sort((a, b) => a - b);
}
