import type { BracketItem, ClassEscapeLetter, PosixClassName } from './pg-regex-ast.js';

const span = (from: number, to: number): string => String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

const LOWER = span(0x61, 0x7a);
const UPPER = span(0x41, 0x5a);
const DIGIT = span(0x30, 0x39);
const SPACE = ' \t\n\r\f\v';

/**
 * The ASCII members of `[:alpha:]` and the other POSIX classes, as in the C locale. PostgreSQL
 * takes a class's members from the database's locale, which may add characters beyond ASCII:
 * these are what the seeder draws from and what its loose translation (check-regexp.ts)
 * accepts; the validators' translation (pg-regex.ts) refuses classes instead. No NUL in
 * `[:cntrl:]`: PostgreSQL text cannot hold one.
 */
export const POSIX_CLASS_MEMBERS: Readonly<Record<PosixClassName, string>> = {
  alnum: LOWER + UPPER + DIGIT,
  alpha: LOWER + UPPER,
  blank: ' \t',
  cntrl: `${span(0x01, 0x1f)}\x7f`,
  digit: DIGIT,
  graph: span(0x21, 0x7e),
  lower: LOWER,
  print: span(0x20, 0x7e),
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  space: SPACE,
  upper: UPPER,
  word: `${LOWER}${UPPER}${DIGIT}_`,
  xdigit: `${DIGIT}abcdefABCDEF`,
};

/** The ASCII members of `\d \w \s`. */
const CLASS_ESCAPE_MEMBERS: Readonly<Record<'d' | 'w' | 's', string>> = {
  d: DIGIT,
  w: POSIX_CLASS_MEMBERS.word,
  s: SPACE,
};

/** A class escape as the ASCII members of its class; `\D \W \S` match every character but those. */
export function classEscapeMembers(letter: ClassEscapeLetter): { readonly members: string; readonly negated: boolean } {
  const lower = letter.toLowerCase() as 'd' | 'w' | 's';
  return { members: CLASS_ESCAPE_MEMBERS[lower], negated: lower !== letter };
}

/** The code points a bracket expression lists, its classes taken as their ASCII members (negation aside). */
export function bracketMembers(items: readonly BracketItem[]): Set<number> {
  const codes = new Set<number>();
  for (const item of items) {
    if (item.kind === 'range') for (let code = item.low; code <= item.high; code++) codes.add(code);
    else for (const c of classMembers(item)) codes.add(c.charCodeAt(0));
  }
  return codes;
}

export function classMembers(item: Exclude<BracketItem, { kind: 'range' }>): string {
  return item.kind === 'posix-class' ? POSIX_CLASS_MEMBERS[item.name] : classEscapeMembers(item.letter).members;
}
