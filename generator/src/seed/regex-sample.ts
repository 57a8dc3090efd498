import type { Prng } from './prng.js';

/**
 * Strings that match a CHECK's regular expression (`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`), for
 * columns whose format the spec pins down with a pattern. Covers the subset such checks use:
 * anchors, literals, escapes, bracket classes (ranges, negation, POSIX [:classes:]), `.`,
 * groups, alternation and the quantifiers * + ? {n} {n,} {n,m}. Anything else throws, and the
 * caller falls back to its usual value.
 */
type Node =
  { readonly kind: 'chars'; readonly chars: string } | { readonly kind: 'group'; readonly alternatives: readonly (readonly Piece[])[] };
interface Piece {
  readonly node: Node;
  readonly min: number;
  readonly max: number;
}

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const POSIX: Readonly<Record<string, string>> = {
  alpha: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digit: '0123456789',
  alnum: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  space: ' \t\n',
  xdigit: '0123456789abcdefABCDEF',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
const ESCAPES: Readonly<Record<string, string>> = {
  d: POSIX.digit as string,
  w: `${POSIX.alnum as string}_`,
  s: ' ',
};

export class UnsupportedPattern extends Error {}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new UnsupportedPattern(`unexpected "${this.src[this.i]}" in /${this.src}/`);
    return node;
  }

  private alternation(): Node {
    const alternatives: Piece[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return { kind: 'group', alternatives };
  }

  private sequence(): Piece[] {
    const pieces: Piece[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const ch = this.src[this.i] as string;
      if (ch === '^' || ch === '$') {
        this.i++;
        continue;
      }
      const node = this.atom();
      pieces.push({ node, ...this.quantifier() });
    }
    return pieces;
  }

  private atom(): Node {
    const ch = this.src[this.i++] as string;
    if (ch === '(') {
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      const group = this.alternation();
      if (this.src[this.i++] !== ')') throw new UnsupportedPattern(`unbalanced ( in /${this.src}/`);
      return group;
    }
    if (ch === '[') return { kind: 'chars', chars: this.bracket() };
    if (ch === '.') return { kind: 'chars', chars: POSIX.alnum as string };
    if (ch === '\\') {
      const next = this.src[this.i++] ?? '';
      return { kind: 'chars', chars: ESCAPES[next] ?? next };
    }
    if ('*+?{'.includes(ch)) throw new UnsupportedPattern(`quantifier without an atom in /${this.src}/`);
    return { kind: 'chars', chars: ch };
  }

  private bracket(): string {
    let negate = false;
    if (this.src[this.i] === '^') {
      negate = true;
      this.i++;
    }
    let set = '';
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      if (this.src.startsWith('[:', this.i)) {
        const end = this.src.indexOf(':]', this.i);
        const name = this.src.slice(this.i + 2, end);
        const chars = POSIX[name];
        if (end < 0 || chars === undefined) throw new UnsupportedPattern(`unknown class [:${name}:]`);
        set += chars;
        this.i = end + 2;
        continue;
      }
      let ch = this.src[this.i++] as string;
      if (ch === '\\') ch = this.src[this.i++] ?? '';
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        const to = this.src[this.i + 1] as string;
        this.i += 2;
        for (let c = ch.charCodeAt(0); c <= to.charCodeAt(0); c++) set += String.fromCharCode(c);
      } else set += ch;
    }
    if (this.src[this.i++] !== ']') throw new UnsupportedPattern(`unterminated [ in /${this.src}/`);
    return negate ? [...PRINTABLE].filter((c) => !set.includes(c) && /[A-Za-z0-9 ]/.test(c)).join('') : set;
  }

  private quantifier(): { min: number; max: number } {
    const ch = this.src[this.i];
    let q = { min: 1, max: 1 };
    if (ch === '*') q = { min: 0, max: 3 };
    else if (ch === '+') q = { min: 1, max: 4 };
    else if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new UnsupportedPattern(`bad {…} in /${this.src}/`);
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? min + 3 : Number(m[3]);
      this.i += m[0].length;
      if (this.src[this.i] === '?') this.i++;
      return { min, max };
    } else return q;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    return q;
  }
}

const cache = new Map<string, Node>();

/** A random string matching `pattern`, or throws UnsupportedPattern. */
export function sampleRegex(pattern: string, random: Prng): string {
  let node = cache.get(pattern);
  if (!node) {
    node = new Parser(pattern).parse();
    cache.set(pattern, node);
  }
  return render(node, random);
}

function render(node: Node, random: Prng): string {
  if (node.kind === 'chars') {
    if (node.chars.length === 0) throw new UnsupportedPattern('empty character class');
    return node.chars[random.int(0, node.chars.length - 1)] as string;
  }
  const pieces = random.pick(node.alternatives);
  let out = '';
  for (const p of pieces) {
    const n = random.int(p.min, p.max);
    for (let k = 0; k < n; k++) out += render(p.node, random);
  }
  return out;
}

/**
 * PostgreSQL's regular expressions as a JavaScript RegExp, for the subset checks use (POSIX
 * bracket classes are the one difference that matters). Null when JavaScript cannot read it.
 */
export function toJsRegExp(pattern: string, caseInsensitive = false): RegExp | null {
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  if (!compiled.has(key)) compiled.set(key, compile(pattern, caseInsensitive));
  return compiled.get(key) ?? null;
}

const compiled = new Map<string, RegExp | null>();

function compile(pattern: string, caseInsensitive: boolean): RegExp | null {
  const translated = pattern.replace(/\[:(\w+):\]/g, (_, name: string) => {
    const chars = POSIX[name];
    return chars === undefined ? `[:${name}:]` : chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
  });
  try {
    return new RegExp(translated, caseInsensitive ? 'iu' : 'u');
  } catch {
    return null;
  }
}
