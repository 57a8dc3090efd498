/**
 * A parsed PostgreSQL regular expression (an ARE, as `~` and `~*` read it). Characters are code
 * points. Case-insensitivity is not in the tree: `~*` is a property of the match, applied by
 * whoever renders or samples it (see case-variants.ts).
 */
export type PgRegexNode =
  | { readonly kind: 'char'; readonly code: number }
  /** `.`: any character, a newline included. */
  | { readonly kind: 'any' }
  /** `\d \w \s` and their negations `\D \W \S`. */
  | { readonly kind: 'class-escape'; readonly letter: ClassEscapeLetter }
  | { readonly kind: 'bracket'; readonly negated: boolean; readonly items: readonly BracketItem[] }
  | { readonly kind: 'anchor'; readonly at: '^' | '$' }
  /** `( )` captures, `(?: )` does not. */
  | { readonly kind: 'group'; readonly capturing: boolean; readonly alternatives: Alternatives }
  | {
      readonly kind: 'repeat';
      readonly node: PgRegexNode;
      readonly min: number;
      /** Infinity for `*`, `+` and `{m,}`. */
      readonly max: number;
      /** `*?`, `{2,3}?`: changes which match is found, never whether one is. */
      readonly lazy: boolean;
      /** The quantifier as written, without the lazy `?` (`*`, `{0,}`, `{02}`), so a translation can keep its spelling. */
      readonly written: string;
    };

/** The members of a bracket expression, in the order written. */
export type BracketItem =
  /** A single character is a range with `low === high`. */
  | { readonly kind: 'range'; readonly low: number; readonly high: number }
  | { readonly kind: 'posix-class'; readonly name: PosixClassName }
  /** `[\d]`, `[\w]`, `[\s]` (the parser does not read the negated letters inside brackets). */
  | { readonly kind: 'class-escape'; readonly letter: 'd' | 'w' | 's' };

/** The branches of a pattern or a group: `a|bc` is `[[a], [b, c]]`. */
export type Alternatives = readonly (readonly PgRegexNode[])[];

export type ClassEscapeLetter = 'd' | 'D' | 'w' | 'W' | 's' | 'S';

export const POSIX_CLASS_NAMES = [
  'alnum',
  'alpha',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'word',
  'xdigit',
] as const;
export type PosixClassName = (typeof POSIX_CLASS_NAMES)[number];
