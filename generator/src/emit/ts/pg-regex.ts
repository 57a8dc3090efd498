import { bracketMembers } from '../../regex/ascii-classes.js';
import { bracketCaseVariants, caseVariants } from '../../regex/case-variants.js';
import { jsRegexSource } from '../../regex/js-regex-source.js';
import type { Alternatives, PgRegexNode } from '../../regex/pg-regex-ast.js';
import { parsePgRegex, UnsupportedRegex } from '../../regex/pg-regex-parser.js';

/**
 * PostgreSQL regular expressions (AREs, as `~` and `~*` read them) translated into JavaScript, for
 * the CHECKs the validators enforce. Only a subset whose meaning is the same in both engines is
 * translated: anchors `^ $`, groups `( )` and `(?: )`, alternation, the quantifiers `* + ? {m}
 * {m,} {m,n}` (greedy or lazy: laziness changes which match is found, never whether one is),
 * bracket expressions of literal characters and ranges, `.`, backslash-escaped punctuation and
 * printable ASCII literals. Everything else (`\d \w \s` and the other letter escapes, whose
 * classes depend on the locale; back-references; lookaround; embedded options; `[:alpha:]`;
 * non-ASCII; patterns that are slow to backtrack) gives null and the check stays the database's
 * alone.
 *
 * The JavaScript pattern is meant for the `u` flag (see jsRegexSource).
 */
export function pgRegexToJs(pattern: string, caseInsensitive = false): string | null {
  const key = `${caseInsensitive ? 'i' : 'c'}${pattern}`;
  let source = translated.get(key);
  if (source === undefined) {
    source = translate(pattern, caseInsensitive);
    translated.set(key, source);
  }
  return source;
}

// A spec uses a few dozen patterns in hundreds of checks (emails, phone numbers, slugs …).
const translated = new Map<string, string | null>();

function translate(pattern: string, caseInsensitive: boolean): string | null {
  if (!/^[\x20-\x7e]*$/.test(pattern)) return null;
  let alternatives: Alternatives;
  try {
    alternatives = parsePgRegex(pattern);
  } catch (error) {
    if (error instanceof UnsupportedRegex) return null;
    throw error;
  }
  const checker = new BacktrackingCheck(caseInsensitive);
  if (!alternatives.every((branch) => branch.every(localeFree)) || !checker.safe(alternatives)) return null;
  return jsRegexSource(alternatives, caseInsensitive);
}

/** Whether a node's meaning is free of the locale's classes (`\d`, `[:alpha:]`), whose members PostgreSQL takes from LC_CTYPE. */
function localeFree(node: PgRegexNode): boolean {
  switch (node.kind) {
    case 'class-escape':
      return false;
    case 'bracket':
      return node.items.every((item) => item.kind === 'range');
    case 'group':
      return node.alternatives.every((branch) => branch.every(localeFree));
    case 'repeat':
      return localeFree(node.node);
    default:
      return true;
  }
}

/**
 * Characters one atom matches: the listed code points, or (negated) every character but those.
 * Used to see whether a repeated group's iterations can be told apart.
 */
interface CharSet {
  readonly negated: boolean;
  readonly codes: ReadonlySet<number>;
}

/**
 * Whether JavaScript's backtracking matcher stays fast on any input. PostgreSQL's matcher does
 * not backtrack, so a pattern like `^(a+)+$` is harmless there and exponential here. A group
 * repeated a variable number of times may hold variable quantifiers or alternatives only when
 * each iteration starts with a character that nothing else in the group can match (the `-` of
 * `^[a-z0-9]+(-[a-z0-9]+)*$`), so every iteration begins at a place fixed by the input.
 */
class BacktrackingCheck {
  constructor(private readonly caseInsensitive: boolean) {}

  safe(alternatives: Alternatives): boolean {
    return alternatives.every((branch) => branch.every((node) => this.nodeSafe(node)));
  }

  private nodeSafe(node: PgRegexNode): boolean {
    if (node.kind === 'group') return this.safe(node.alternatives);
    if (node.kind !== 'repeat') return true;
    if (!this.nodeSafe(node.node)) return false;
    // A group tried at most once, or a fixed number of times, cannot multiply the ways to match.
    if (node.max <= 1 || node.max === node.min || node.node.kind !== 'group') return true;
    const inner = node.node.alternatives;
    if (!hasChoice(inner)) return true;
    const [body] = inner;
    if (inner.length !== 1 || !body) return false;
    const [head, ...rest] = body;
    const headSet = head && this.charSet(head);
    if (!headSet) return false;
    return rest.every((n) => this.charSets(n).every((set) => disjoint(set, headSet)));
  }

  /** What a one-character node matches (under `~*`, with its case variants); null for other nodes. */
  private charSet(node: PgRegexNode): CharSet | null {
    switch (node.kind) {
      case 'char':
        return { negated: false, codes: new Set([node.code, ...(this.caseInsensitive ? caseVariants(node.code) : [])]) };
      case 'any':
        return { negated: true, codes: new Set() };
      case 'bracket': {
        const codes = bracketMembers(node.items);
        if (this.caseInsensitive) for (const variant of bracketCaseVariants(codes, node.negated)) codes.add(variant);
        return { negated: node.negated, codes };
      }
      // Refused before this check (localeFree); taken as matching anything, which is never wrongly safe.
      case 'class-escape':
        return { negated: true, codes: new Set() };
      default:
        return null;
    }
  }

  private charSets(node: PgRegexNode): CharSet[] {
    if (node.kind === 'repeat') return this.charSets(node.node);
    if (node.kind === 'group') return node.alternatives.flatMap((b) => b.flatMap((n) => this.charSets(n)));
    const set = this.charSet(node);
    return set ? [set] : [];
  }
}

/** Whether a group can match its text in more than one way: a variable quantifier or an alternative inside. */
function hasChoice(alternatives: Alternatives): boolean {
  if (alternatives.length > 1) return true;
  const choice = (n: PgRegexNode): boolean =>
    n.kind === 'repeat' ? n.min !== n.max || choice(n.node) : n.kind === 'group' ? hasChoice(n.alternatives) : false;
  return alternatives.some((b) => b.some(choice));
}

function disjoint(a: CharSet, b: CharSet): boolean {
  if (a.negated && b.negated) return false;
  if (a.negated || b.negated) {
    const [negated, listed] = a.negated ? [a, b] : [b, a];
    return [...listed.codes].every((c) => negated.codes.has(c));
  }
  return [...a.codes].every((c) => !b.codes.has(c));
}
