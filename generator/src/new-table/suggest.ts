/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Candidates close to `word`: those that end in `_word` or `_words` (the name without its module
 * prefix; those starting with `preferPrefix` first), then those within a small edit distance,
 * nearest first.
 */
export function closest(word: string, candidates: readonly string[], limit = 3, preferPrefix = ''): string[] {
  // A table of the user's own module is the likelier meaning of a bare `posts`.
  const preferred = (c: string) => (preferPrefix !== '' && c.startsWith(preferPrefix) ? 0 : 1);
  const suffixed = candidates
    .filter((c) => c.endsWith(`_${word}`) || c.endsWith(`_${word}s`) || c === `${word}s`)
    .sort((a, b) => preferred(a) - preferred(b) || (a < b ? -1 : 1));
  const maxDistance = Math.max(2, Math.floor(word.length / 4));
  const near = candidates
    .map((c) => ({ c, d: editDistance(word, c) }))
    .filter(({ c, d }) => d <= maxDistance && !suffixed.includes(c))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
    .map(({ c }) => c);
  return [...suffixed, ...near].slice(0, limit);
}

/** ` (did you mean "a" or "b"?)`, or '' when there is nothing close. */
export function didYouMean(options: readonly string[]): string {
  if (options.length === 0) return '';
  const quoted = options.map((o) => `"${o}"`);
  return ` (did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}?)`;
}
