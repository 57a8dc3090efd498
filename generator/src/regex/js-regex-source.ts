import { bracketMembers, classEscapeMembers, classMembers } from './ascii-classes.js';
import { bracketCaseVariants, caseVariants } from './case-variants.js';
import type { Alternatives, BracketItem, PgRegexNode } from './pg-regex-ast.js';

// JavaScript's SyntaxCharacter plus the regex-literal delimiter: what must be escaped outside brackets with `u`.
const JS_SPECIAL = new Set('^$\\.*+?()[]{}|/');
// What must be escaped inside a JavaScript character class with `u`.
const JS_CLASS_SPECIAL = new Set('\\]^-[/');

/**
 * A parsed pattern as the source of a JavaScript regular expression with the `u` flag (without
 * it `.` and `[^…]` would match half of a surrogate pair, where PostgreSQL matches whole
 * characters), spelled for a RegExp literal. `~*` is spelled out as case variants rather than
 * the `i` flag, whose case mapping is not PostgreSQL's. Classes (`[:alpha:]`, `\d`) become
 * their ASCII members: whether that is PostgreSQL's meaning depends on the database's locale,
 * which is the caller's to judge.
 */
export function jsRegexSource(alternatives: Alternatives, caseInsensitive: boolean): string {
  const source = new JsRegexRenderer(caseInsensitive).alternatives(alternatives);
  // An empty pattern would print as `//u`, a comment.
  return source === '' ? '(?:)' : source;
}

class JsRegexRenderer {
  constructor(private readonly caseInsensitive: boolean) {}

  alternatives(alternatives: Alternatives): string {
    return alternatives.map((branch) => branch.map((node) => this.node(node)).join('')).join('|');
  }

  private node(node: PgRegexNode): string {
    switch (node.kind) {
      case 'char':
        return this.char(node.code);
      case 'any':
        // PostgreSQL's `.` matches a newline too; JavaScript's does not without the `s` flag.
        return '[\\s\\S]';
      case 'class-escape': {
        const { members, negated } = classEscapeMembers(node.letter);
        return `[${negated ? '^' : ''}${runs(codesOf(members))}]`;
      }
      case 'bracket':
        return this.bracket(node.negated, node.items);
      case 'anchor':
        return node.at;
      case 'group':
        return `(${this.alternatives(node.alternatives)})`;
      case 'repeat':
        return `${this.node(node.node)}${node.written}${node.lazy ? '?' : ''}`;
    }
  }

  private char(code: number): string {
    const variants = this.caseInsensitive ? caseVariants(code) : [];
    if (variants.length === 0) return jsLiteral(code);
    return `[${[code, ...variants].map(jsClassChar).join('')}]`;
  }

  private bracket(negated: boolean, items: readonly BracketItem[]): string {
    const members = items.map((item) => (item.kind === 'range' ? run([item.low, item.high]) : runs(codesOf(classMembers(item)))));
    if (this.caseInsensitive) members.push(runs(bracketCaseVariants(bracketMembers(items), negated)));
    return `[${negated ? '^' : ''}${members.join('')}]`;
  }
}

function codesOf(chars: string): number[] {
  return [...chars].map((c) => c.codePointAt(0) as number);
}

/** Code points as class members, consecutive ones as ranges. */
function runs(codes: readonly number[]): string {
  const found: [number, number][] = [];
  for (const code of [...new Set(codes)].sort((a, b) => a - b)) {
    const last = found[found.length - 1];
    if (last && code === last[1] + 1) last[1] = code;
    else found.push([code, code]);
  }
  return found.map(run).join('');
}

function run([low, high]: readonly [number, number]): string {
  return low === high ? jsClassChar(low) : `${jsClassChar(low)}-${jsClassChar(high)}`;
}

function jsLiteral(code: number): string {
  const c = String.fromCodePoint(code);
  if (code < 0x20 || code === 0x7f) return jsEscape(code);
  return JS_SPECIAL.has(c) ? `\\${c}` : c;
}

function jsClassChar(code: number): string {
  if (code < 0x20 || code > 0x7e) return jsEscape(code);
  const c = String.fromCharCode(code);
  return JS_CLASS_SPECIAL.has(c) ? `\\${c}` : c;
}

function jsEscape(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
