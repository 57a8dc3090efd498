import {
  type Alternatives,
  type BracketItem,
  type ClassEscapeLetter,
  type PgRegexNode,
  POSIX_CLASS_NAMES,
  type PosixClassName,
} from './pg-regex-ast.js';

/** A pattern outside the subset the parser reads; the message says which construct. */
export class UnsupportedRegex extends Error {}

// PostgreSQL's limit on a bound (RE_DUP_MAX); a larger one is an error there.
const MAX_BOUND = 255;
const CONSTRAINT_ESCAPES = new Set('mMyYAZ');

/**
 * Parses the subset of PostgreSQL's AREs that CHECKs use: anchors, groups `( )` and `(?: )`,
 * alternation, the quantifiers `* + ? {m} {m,} {m,n}` (greedy or lazy), `.`, bracket
 * expressions (ranges, negation, `[:classes:]`, `[\d]`), the class escapes `\d \w \s \D \W \S`
 * and backslash-escaped punctuation. Throws UnsupportedRegex for the rest: what PostgreSQL
 * itself rejects, and what it reads in ways this tree does not describe (back-references,
 * lookaround, embedded options, character-entry and constraint escapes, collating elements).
 *
 * Two spellings PostgreSQL accepts are refused because an escape says the same more plainly,
 * and the validators leave them to the database: `]` first in a bracket (`[]a]`, write `[\]a]`)
 * and an unescaped `[` inside one (`[[]`, write `[\[]`).
 */
export function parsePgRegex(pattern: string): Alternatives {
  return new PgRegexParser(pattern).parse();
}

class PgRegexParser {
  private readonly chars: readonly string[];
  private i = 0;

  constructor(pattern: string) {
    // By code point, so a character outside the BMP is one character, as PostgreSQL reads it.
    this.chars = [...pattern];
  }

  parse(): Alternatives {
    if (this.chars.slice(0, 3).join('') === '***') throw new UnsupportedRegex('director prefix (***: or ***=)');
    const alternatives = this.alternatives();
    if (this.i < this.chars.length) throw new UnsupportedRegex('unbalanced )');
    return alternatives;
  }

  private alternatives(): Alternatives {
    const branches: PgRegexNode[][] = [this.branch()];
    while (this.chars[this.i] === '|') {
      this.i++;
      branches.push(this.branch());
    }
    return branches;
  }

  private branch(): PgRegexNode[] {
    const nodes: PgRegexNode[] = [];
    while (this.i < this.chars.length && this.chars[this.i] !== '|' && this.chars[this.i] !== ')') nodes.push(this.piece());
    return nodes;
  }

  private piece(): PgRegexNode {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (quantifier === null) return atom;
    // PostgreSQL rejects both ("quantifier operand invalid").
    if (atom.kind === 'anchor') throw new UnsupportedRegex('quantified anchor');
    if (this.quantifierAhead()) throw new UnsupportedRegex('two quantifiers in a row');
    return { kind: 'repeat', node: atom, ...quantifier };
  }

  private atom(): PgRegexNode {
    const c = this.chars[this.i] ?? '';
    if (c === '(') return this.group();
    if (c === '[') return this.bracket();
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'anchor', at: c };
    }
    if (c === '.') {
      this.i++;
      return { kind: 'any' };
    }
    if (this.quantifierAhead()) throw new UnsupportedRegex('quantifier without operand');
    if (c === '\\') {
      const escaped = this.escape();
      if (isClassEscape(escaped)) return { kind: 'class-escape', letter: escaped };
      return { kind: 'char', code: codeOf(escaped) };
    }
    this.i++;
    // `]` and `}` on their own are ordinary characters in an ARE.
    return { kind: 'char', code: codeOf(c) };
  }

  private group(): PgRegexNode {
    this.i++;
    let capturing = true;
    if (this.chars[this.i] === '?') {
      const kind = this.chars[this.i + 1] ?? '';
      if (kind !== ':') throw new UnsupportedRegex(kind === '=' || kind === '!' || kind === '<' ? 'lookaround' : 'embedded options');
      this.i += 2;
      capturing = false;
    }
    const alternatives = this.alternatives();
    if (this.chars[this.i] !== ')') throw new UnsupportedRegex('unbalanced (');
    this.i++;
    return { kind: 'group', capturing, alternatives };
  }

  /** The character after a backslash: punctuation (taken literally) or a class-escape letter. */
  private escape(): string {
    const c = this.chars[this.i + 1];
    if (c === undefined) throw new UnsupportedRegex('trailing backslash');
    if (/[1-9]/.test(c)) throw new UnsupportedRegex(`back-reference \\${c}`);
    if (CONSTRAINT_ESCAPES.has(c)) throw new UnsupportedRegex(`constraint escape \\${c}`);
    if (/[A-Za-z0-9]/.test(c) && !isClassEscape(c)) throw new UnsupportedRegex(`character-entry escape \\${c}`);
    this.i += 2;
    return c;
  }

  private bracket(): PgRegexNode {
    this.i++;
    const negated = this.chars[this.i] === '^';
    if (negated) this.i++;
    if (this.chars[this.i] === ']') throw new UnsupportedRegex('] first in a bracket expression (write \\])');
    const items: BracketItem[] = [];
    for (let first = true; ; first = false) {
      const c = this.chars[this.i];
      if (c === undefined) throw new UnsupportedRegex('unterminated bracket expression');
      if (c === ']') {
        this.i++;
        break;
      }
      // A `-` is a member only first or last (PostgreSQL rejects `[a-c-e]`).
      if (c === '-' && !first && this.chars[this.i + 1] !== ']') throw new UnsupportedRegex('- inside a bracket expression');
      if (c === '[' && this.chars[this.i + 1] === ':') {
        items.push(this.posixClass());
        continue;
      }
      const low = this.bracketChar();
      if (typeof low !== 'number') {
        items.push(low);
        continue;
      }
      let high = low;
      if (this.chars[this.i] === '-' && this.chars[this.i + 1] !== ']') {
        this.i++;
        if (this.chars[this.i] === '-') throw new UnsupportedRegex('- as a range end');
        const end = this.bracketChar();
        if (typeof end !== 'number') throw new UnsupportedRegex('class escape as a range end');
        high = end;
        if (high < low) throw new UnsupportedRegex('invalid character range');
      }
      items.push({ kind: 'range', low, high });
    }
    return { kind: 'bracket', negated, items };
  }

  /** A character inside brackets, or `\d \w \s`. */
  private bracketChar(): number | BracketItem {
    const c = this.chars[this.i];
    if (c === undefined) throw new UnsupportedRegex('unterminated bracket expression');
    if (c === '[') {
      const next = this.chars[this.i + 1];
      if (next === '.') throw new UnsupportedRegex('collating element [. .]');
      if (next === '=') throw new UnsupportedRegex('equivalence class [= =]');
      throw new UnsupportedRegex('[ inside a bracket expression (write \\[)');
    }
    if (c !== '\\') {
      this.i++;
      return codeOf(c);
    }
    const escaped = this.escape();
    if (escaped === 'd' || escaped === 'w' || escaped === 's') return { kind: 'class-escape', letter: escaped };
    if (isClassEscape(escaped)) throw new UnsupportedRegex(`\\${escaped} inside a bracket expression`);
    return codeOf(escaped);
  }

  private posixClass(): BracketItem {
    const rest = this.chars.slice(this.i).join('');
    const end = rest.indexOf(':]');
    if (end < 0) throw new UnsupportedRegex('unterminated [: :]');
    const name = rest.slice(2, end);
    if (!isPosixClassName(name)) throw new UnsupportedRegex(`unknown character class [:${name}:]`);
    this.i += end + 2;
    return { kind: 'posix-class', name };
  }

  private quantifierAhead(): boolean {
    const c = this.chars[this.i];
    return c === '*' || c === '+' || c === '?' || c === '{';
  }

  private quantifier(): { min: number; max: number; lazy: boolean; written: string } | null {
    const c = this.chars[this.i];
    let min: number;
    let max: number;
    let written: string;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      written = c;
    } else if (c === '{') {
      const bound = /^\{(\d{1,3})(,(\d{1,3})?)?\}/.exec(this.chars.slice(this.i, this.i + 9).join(''));
      if (!bound) throw new UnsupportedRegex('{ that is not a bound');
      min = Number(bound[1]);
      max = bound[2] === undefined ? min : bound[3] === undefined ? Infinity : Number(bound[3]);
      if (min > MAX_BOUND || (max !== Infinity && (max > MAX_BOUND || max < min))) throw new UnsupportedRegex('invalid repetition count');
      this.i += bound[0].length;
      written = bound[0];
    } else {
      return null;
    }
    const lazy = this.chars[this.i] === '?';
    if (lazy) this.i++;
    return { min, max, lazy, written };
  }
}

function codeOf(c: string): number {
  return c.codePointAt(0) as number;
}

function isClassEscape(c: string): c is ClassEscapeLetter {
  return c.length === 1 && 'dDwWsS'.includes(c);
}

function isPosixClassName(name: string): name is PosixClassName {
  return (POSIX_CLASS_NAMES as readonly string[]).includes(name);
}
