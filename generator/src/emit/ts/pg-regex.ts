/**
 * PostgreSQL regular expressions (AREs, as `~` and `~*` read them) translated into JavaScript, for
 * the CHECKs the validators enforce. Only a subset whose meaning is the same in both engines is
 * translated: anchors `^ $`, groups `( )` and `(?: )`, alternation, the quantifiers `* + ? {m}
 * {m,} {m,n}` (greedy or lazy: laziness changes which match is found, never whether one is),
 * bracket expressions of literal characters and ranges, `.`, backslash-escaped punctuation and
 * printable ASCII literals. Everything else (`\d \w \s` and the other letter escapes, whose
 * classes depend on the locale; back-references; lookaround; embedded options; `[:alpha:]`;
 * non-ASCII) gives null and the check stays the database's alone.
 *
 * The JavaScript pattern is meant for the `u` flag: without it `.` and `[^…]` would match half
 * of a surrogate pair, where PostgreSQL matches whole characters.
 */
export function pgRegexToJs(pattern: string, caseInsensitive = false): string | null {
  if (!/^[\x20-\x7e]*$/.test(pattern)) return null;
  try {
    const parser = new PatternParser(pattern, caseInsensitive);
    const root = parser.parse();
    if (!backtracksSafely(root)) return null;
    const source = emitBranches(root.branches);
    // An empty pattern would print as `//u`, a comment.
    return source === '' ? '(?:)' : source;
  } catch (error) {
    if (error instanceof Untranslatable) return null;
    throw error;
  }
}

class Untranslatable extends Error {}

/**
 * Characters one atom matches: the listed code points, or (negated) every character but those.
 * Used to see whether a repeated group's iterations can be told apart (see backtracksSafely).
 */
interface CharSet {
  readonly negated: boolean;
  readonly codes: ReadonlySet<number>;
}

type PatternNode =
  | { readonly kind: 'chars'; readonly set: CharSet; readonly js: string }
  | { readonly kind: 'anchor'; readonly js: '^' | '$' }
  | { readonly kind: 'group'; readonly branches: readonly (readonly PatternNode[])[] }
  | { readonly kind: 'repeat'; readonly node: PatternNode; readonly min: number; readonly max: number; readonly js: string };

type Group = Extract<PatternNode, { kind: 'group' }>;

// PostgreSQL's limit on a bound (RE_DUP_MAX); a larger one is an error there.
const MAX_BOUND = 255;
// JavaScript's SyntaxCharacter plus the regex-literal delimiter: what must be escaped outside brackets with `u`.
const JS_SPECIAL = new Set('^$\\.*+?()[]{}|/');
// What must be escaped inside a JavaScript character class with `u`.
const JS_CLASS_SPECIAL = new Set('\\]^-[/');
/**
 * Non-ASCII characters that some locale's case mapping relates to an ASCII letter (İ ı to i, ſ
 * to s, the Kelvin sign to k). Whether PostgreSQL's case-insensitive match accepts them depends
 * on the database's LC_CTYPE, so the translation accepts them: it may let through what the
 * database refuses, never the other way round.
 */
const LOCALE_CASE_VARIANTS: Readonly<Record<string, readonly number[]>> = { i: [0x130, 0x131], s: [0x17f], k: [0x212a] };

class PatternParser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly caseInsensitive: boolean,
  ) {}

  parse(): Group {
    const root = this.alternation();
    if (this.i < this.src.length) throw new Untranslatable(`unbalanced ) at ${this.i}`);
    return root;
  }

  private alternation(): Group {
    const branches: PatternNode[][] = [this.branch()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.branch());
    }
    return { kind: 'group', branches };
  }

  private branch(): PatternNode[] {
    const nodes: PatternNode[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') nodes.push(this.piece());
    return nodes;
  }

  private piece(): PatternNode {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (quantifier === null) return atom;
    // PostgreSQL rejects a quantified anchor ("quantifier operand invalid"), and a second quantifier.
    if (atom.kind === 'anchor' || this.quantifierAhead()) throw new Untranslatable('quantifier operand invalid');
    return { kind: 'repeat', node: atom, ...quantifier };
  }

  private atom(): PatternNode {
    const c = this.src[this.i] ?? '';
    if (c === '(') {
      if (this.src.startsWith('(?:', this.i)) this.i += 3;
      else if (this.src[this.i + 1] === '?') throw new Untranslatable('lookaround or embedded options');
      else this.i++;
      const group = this.alternation();
      if (this.src[this.i] !== ')') throw new Untranslatable('unbalanced (');
      this.i++;
      return group;
    }
    if (c === '[') return this.bracket();
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'anchor', js: c };
    }
    if (c === '.') {
      this.i++;
      // PostgreSQL's `.` matches a newline too; JavaScript's does not without the `s` flag.
      return { kind: 'chars', set: { negated: true, codes: new Set() }, js: '[\\s\\S]' };
    }
    if (this.quantifierAhead()) throw new Untranslatable('quantifier without operand');
    if (c === '\\') return this.literal(this.escaped());
    this.i++;
    // `]` and `}` on their own are ordinary characters in an ARE.
    return this.literal(c);
  }

  /** The punctuation character after a backslash; escapes of letters and digits are not translated. */
  private escaped(): string {
    const c = this.src[this.i + 1];
    if (c === undefined || /[A-Za-z0-9]/.test(c)) throw new Untranslatable(`\\${c ?? ''}`);
    this.i += 2;
    return c;
  }

  private literal(c: string): PatternNode {
    const variants = this.caseVariants(c.charCodeAt(0));
    if (variants.length === 0) return { kind: 'chars', set: { negated: false, codes: new Set([c.charCodeAt(0)]) }, js: jsLiteral(c) };
    const codes = [c.charCodeAt(0), ...variants];
    return { kind: 'chars', set: { negated: false, codes: new Set(codes) }, js: `[${codes.map(jsClassChar).join('')}]` };
  }

  /** Other-case forms of a character under `~*` (both ASCII cases, then the locale-dependent ones). */
  private caseVariants(code: number): number[] {
    if (!this.caseInsensitive) return [];
    const c = String.fromCharCode(code);
    const lower = c.toLowerCase();
    if (lower === c.toUpperCase()) return [];
    const other = c === lower ? c.toUpperCase() : lower;
    return [other.charCodeAt(0), ...(LOCALE_CASE_VARIANTS[lower] ?? [])];
  }

  private bracket(): PatternNode {
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    // `[]…]` and `[^]…]` take the `]` as a member in PostgreSQL; not translated.
    if (this.src[this.i] === ']') throw new Untranslatable('] first in a bracket expression');
    const ranges: [number, number][] = [];
    for (let first = true; ; first = false) {
      const c = this.src[this.i];
      if (c === undefined) throw new Untranslatable('unterminated bracket expression');
      if (c === ']') {
        this.i++;
        break;
      }
      // A `-` is a member only first or last (PostgreSQL rejects `[a-c-e]`).
      if (c === '-' && !first && this.src[this.i + 1] !== ']') throw new Untranslatable('- inside a bracket expression');
      const low = this.bracketChar();
      let high = low;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        if (this.src[this.i] === '-') throw new Untranslatable('- as a range end');
        high = this.bracketChar();
        if (high < low) throw new Untranslatable('invalid character range');
      }
      ranges.push([low, high]);
    }
    const codes = new Set<number>();
    for (const [low, high] of ranges) for (let code = low; code <= high; code++) codes.add(code);
    // Under `~*` a bracket matches the other case of its letters too. A negated one leaves the
    // locale-dependent variants matchable, so its JavaScript form still accepts at least as much.
    const added: number[] = [];
    for (const code of [...codes])
      for (const variant of this.caseVariants(code))
        if (!codes.has(variant) && !(negated && variant > 0x7f)) {
          codes.add(variant);
          added.push(variant);
        }
    const members = [...ranges.map(([low, high]) => (low === high ? jsClassChar(low) : `${jsClassChar(low)}-${jsClassChar(high)}`))];
    for (const [low, high] of compress(added)) members.push(low === high ? jsClassChar(low) : `${jsClassChar(low)}-${jsClassChar(high)}`);
    return { kind: 'chars', set: { negated, codes }, js: `[${negated ? '^' : ''}${members.join('')}]` };
  }

  private bracketChar(): number {
    const c = this.src[this.i] ?? '';
    // `[:alpha:]`, `[.x.]`, `[=x=]` (and a lone `[`) inside brackets are not translated.
    if (c === '[') throw new Untranslatable('[ inside a bracket expression');
    if (c === '\\') return this.escaped().charCodeAt(0);
    this.i++;
    return c.charCodeAt(0);
  }

  private quantifierAhead(): boolean {
    const c = this.src[this.i];
    return c === '*' || c === '+' || c === '?' || c === '{';
  }

  private quantifier(): { min: number; max: number; js: string } | null {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    let js: string;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      js = c;
    } else if (c === '{') {
      const bound = /^\{(\d{1,3})(,(\d{1,3})?)?\}/.exec(this.src.slice(this.i));
      if (!bound) throw new Untranslatable('not a bound');
      min = Number(bound[1]);
      max = bound[2] === undefined ? min : bound[3] === undefined ? Infinity : Number(bound[3]);
      if (min > MAX_BOUND || (max !== Infinity && (max > MAX_BOUND || max < min))) throw new Untranslatable('invalid repetition count');
      this.i += bound[0].length;
      js = bound[0];
    } else {
      return null;
    }
    if (this.src[this.i] === '?') {
      this.i++;
      js += '?';
    }
    return { min, max, js };
  }
}

/**
 * Whether JavaScript's backtracking matcher stays fast on any input. PostgreSQL's matcher does
 * not backtrack, so a pattern like `^(a+)+$` is harmless there and exponential here. A group
 * repeated a variable number of times may hold variable quantifiers or alternatives only when
 * each iteration starts with a character that nothing else in the group can match (the `-` of
 * `^[a-z0-9]+(-[a-z0-9]+)*$`), so every iteration begins at a place fixed by the input.
 */
function backtracksSafely(group: Group): boolean {
  return group.branches.every((branch) => branch.every(nodeSafe));
}

function nodeSafe(node: PatternNode): boolean {
  if (node.kind === 'group') return backtracksSafely(node);
  if (node.kind !== 'repeat') return true;
  if (!nodeSafe(node.node)) return false;
  // A group tried at most once, or a fixed number of times, cannot multiply the ways to match.
  if (node.max <= 1 || node.max === node.min || node.node.kind !== 'group') return true;
  const inner = node.node;
  if (!hasChoice(inner)) return true;
  const [body] = inner.branches;
  if (inner.branches.length !== 1 || !body) return false;
  const [head, ...rest] = body;
  if (head?.kind !== 'chars') return false;
  return rest.every((n) => charSets(n).every((set) => disjoint(set, head.set)));
}

/** Whether a group can match its text in more than one way: a variable quantifier or an alternative inside. */
function hasChoice(group: Group): boolean {
  if (group.branches.length > 1) return true;
  const choice = (n: PatternNode): boolean =>
    n.kind === 'repeat' ? n.min !== n.max || choice(n.node) : n.kind === 'group' ? hasChoice(n) : false;
  return group.branches.some((b) => b.some(choice));
}

function charSets(node: PatternNode): CharSet[] {
  if (node.kind === 'chars') return [node.set];
  if (node.kind === 'repeat') return charSets(node.node);
  if (node.kind === 'group') return node.branches.flatMap((b) => b.flatMap(charSets));
  return [];
}

function disjoint(a: CharSet, b: CharSet): boolean {
  if (a.negated && b.negated) return false;
  if (a.negated || b.negated) {
    const [negated, listed] = a.negated ? [a, b] : [b, a];
    return [...listed.codes].every((c) => negated.codes.has(c));
  }
  return [...a.codes].every((c) => !b.codes.has(c));
}

function emitBranches(branches: readonly (readonly PatternNode[])[]): string {
  return branches.map((b) => b.map(emitNode).join('')).join('|');
}

function emitNode(node: PatternNode): string {
  switch (node.kind) {
    case 'chars':
    case 'anchor':
      return node.js;
    case 'group':
      return `(${emitBranches(node.branches)})`;
    case 'repeat':
      return `${emitNode(node.node)}${node.js}`;
  }
}

function jsLiteral(c: string): string {
  return JS_SPECIAL.has(c) ? `\\${c}` : c;
}

function jsClassChar(code: number): string {
  if (code > 0x7e) return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const c = String.fromCharCode(code);
  return JS_CLASS_SPECIAL.has(c) ? `\\${c}` : c;
}

/** Sorted code points as [low, high] runs. */
function compress(codes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const code of [...codes].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && code === last[1] + 1) last[1] = code;
    else runs.push([code, code]);
  }
  return runs;
}
