import { classEscapeMembers, classMembers, POSIX_CLASS_MEMBERS } from '../regex/ascii-classes.js';
import type { Alternatives, PgRegexNode } from '../regex/pg-regex-ast.js';
import { parsePgRegex, UnsupportedRegex } from '../regex/pg-regex-parser.js';
import type { Prng } from './prng.js';

/**
 * Strings that match a CHECK's regular expression (`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`), for
 * columns whose format the spec pins down with a pattern. Covers what parsePgRegex reads; it
 * throws UnsupportedRegex for the rest, and the caller falls back to its usual value.
 */
type Sampler =
  | { readonly kind: 'chars'; readonly chars: readonly string[] }
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly Piece[])[] };
interface Piece {
  readonly sampler: Sampler;
  readonly min: number;
  readonly max: number;
}

// Open-ended repeats (`*`, `+`, `{2,}`) draw up to this many more than their minimum.
const OPEN_EXTRA = 3;
// `.` and negated classes draw from readable characters.
const READABLE = /[A-Za-z0-9 ]/;
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

const cache = new Map<string, Sampler>();

/** A random string matching `pattern`, or throws UnsupportedRegex. */
export function sampleRegex(pattern: string, random: Prng): string {
  let sampler = cache.get(pattern);
  if (!sampler) {
    sampler = groupSampler(parsePgRegex(pattern));
    cache.set(pattern, sampler);
  }
  return render(sampler, random);
}

function groupSampler(alternatives: Alternatives): Sampler {
  // Anchors match no character; the caller decides what surrounds an unanchored match.
  const pieces = (branch: readonly PgRegexNode[]): Piece[] =>
    branch
      .filter((node) => node.kind !== 'anchor')
      .map((node) => (node.kind === 'repeat' ? repeatPiece(node) : { sampler: nodeSampler(node), min: 1, max: 1 }));
  return { kind: 'group', alternatives: alternatives.map(pieces) };
}

function repeatPiece(node: Extract<PgRegexNode, { kind: 'repeat' }>): Piece {
  return { sampler: nodeSampler(node.node), min: node.min, max: node.max === Infinity ? node.min + OPEN_EXTRA : node.max };
}

function nodeSampler(node: PgRegexNode): Sampler {
  switch (node.kind) {
    case 'char':
      return chars([String.fromCodePoint(node.code)]);
    case 'any':
      return chars([...POSIX_CLASS_MEMBERS.alnum]);
    case 'class-escape': {
      const { members, negated } = classEscapeMembers(node.letter);
      return chars(negated ? complement(members) : [...members]);
    }
    case 'bracket': {
      const members = node.items.flatMap((item) => (item.kind === 'range' ? span(item.low, item.high) : [...classMembers(item)]));
      return chars(node.negated ? complement(members) : members);
    }
    case 'group':
      return groupSampler(node.alternatives);
    case 'anchor':
    case 'repeat':
      // The parser quantifies neither, and groupSampler takes both out of branches first.
      throw new Error(`regex sampler: unexpected ${node.kind}`);
  }
}

function chars(members: readonly string[]): Sampler {
  if (members.length === 0) throw new UnsupportedRegex('a class with no readable character to draw');
  return { kind: 'chars', chars: members };
}

/** Readable characters outside `members`. */
function complement(members: Iterable<string>): string[] {
  const excluded = new Set(members);
  return PRINTABLE.filter((c) => !excluded.has(c) && READABLE.test(c));
}

function span(low: number, high: number): string[] {
  return Array.from({ length: high - low + 1 }, (_, i) => String.fromCodePoint(low + i));
}

function render(sampler: Sampler, random: Prng): string {
  if (sampler.kind === 'chars') return sampler.chars[random.int(0, sampler.chars.length - 1)] as string;
  const pieces = random.pick(sampler.alternatives);
  let out = '';
  for (const p of pieces) {
    const n = random.int(p.min, p.max);
    for (let k = 0; k < n; k++) out += render(p.sampler, random);
  }
  return out;
}
