/**
 * A parser for the SQL that CHECK constraints in the spec are written in, so the seeder can tell
 * whether a row it made satisfies them before the database does. It reads the subset checks
 * use: literals, columns, function calls (with position(a IN b) and extract(f FROM x)), the
 * arithmetic, comparison, pattern, array and logical operators, IS [NOT] NULL / DISTINCT FROM,
 * IN, BETWEEN, LIKE, CASE, ARRAY[…] and `::` casts, at PostgreSQL's precedences. Anything else
 * is a ParseError: the check is then left to the database.
 */
export type Expr =
  | { readonly k: 'lit'; readonly v: string | number | boolean | null }
  | { readonly k: 'col'; readonly name: string }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly k: 'bin'; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'not'; readonly e: Expr }
  | { readonly k: 'neg'; readonly e: Expr }
  | { readonly k: 'isnull'; readonly e: Expr; readonly not: boolean }
  | { readonly k: 'istrue'; readonly e: Expr; readonly value: boolean; readonly not: boolean }
  | { readonly k: 'distinct'; readonly l: Expr; readonly r: Expr; readonly not: boolean }
  | { readonly k: 'in'; readonly e: Expr; readonly list: readonly Expr[]; readonly not: boolean }
  | { readonly k: 'between'; readonly e: Expr; readonly lo: Expr; readonly hi: Expr; readonly not: boolean }
  | { readonly k: 'like'; readonly e: Expr; readonly pattern: Expr; readonly not: boolean; readonly ci: boolean }
  | { readonly k: 'case'; readonly subject: Expr | null; readonly whens: readonly (readonly [Expr, Expr])[]; readonly else: Expr | null }
  | { readonly k: 'cast'; readonly e: Expr; readonly type: string }
  | { readonly k: 'array'; readonly items: readonly Expr[] };

export class ParseError extends Error {}

type Token = { readonly t: 'num' | 'str' | 'id' | 'qid' | 'op'; readonly v: string };

const OPERATORS = [
  '::',
  '<=',
  '>=',
  '<>',
  '!=',
  '!~*',
  '!~',
  '~*',
  '<@',
  '@>',
  '&&',
  '||',
  '~',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '(',
  ')',
  ',',
  '[',
  ']',
];

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?|^[0-9]+\.?/i.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) throw new ParseError('unterminated quote');
        if (src[j] === ch) {
          if (src[j + 1] === ch) {
            text += ch;
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      tokens.push({ t: ch === "'" ? 'str' : 'qid', v: text });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'id', v: m[0].toLowerCase() });
      i += m[0].length;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (!op) throw new ParseError(`unexpected "${ch}"`);
      tokens.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'is', 'in', 'between', 'like', 'ilike', 'similar', 'then', 'when', 'else', 'end', 'from']);
const COMPARISON = new Set(['=', '<', '>', '<=', '>=', '<>', '!=']);
const OTHER = new Set(['~', '~*', '!~', '!~*', '<@', '@>', '&&', '||']);

/** Binding powers, PostgreSQL's order from loosest: OR, AND, NOT, IS, comparison, IN/BETWEEN/LIKE, other, + -, * / %. */
const enum Bp {
  Or = 1,
  And = 2,
  Not = 3,
  Is = 4,
  Compare = 5,
  Pattern = 6,
  Other = 7,
  Add = 8,
  Mul = 9,
  Unary = 10,
  Cast = 11,
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Expr {
    const e = this.expr(0);
    if (this.i < this.tokens.length) throw new ParseError(`unexpected "${this.peek()?.v}"`);
    return e;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  private isId(v: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.t === 'id' && t.v === v;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === 'op' && t.v === v;
  }
  private expect(v: string): void {
    const t = this.tokens[this.i++];
    if (!t || t.v !== v || (t.t !== 'op' && t.t !== 'id')) throw new ParseError(`expected "${v}"`);
  }

  private expr(minBp: number): Expr {
    let left = this.prefix();
    for (;;) {
      const next = this.infix(left, minBp);
      if (!next) return left;
      left = next;
    }
  }

  private prefix(): Expr {
    const t = this.tokens[this.i++];
    if (!t) throw new ParseError('unexpected end of expression');
    if (t.t === 'num') return { k: 'lit', v: Number(t.v) };
    if (t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'qid') return { k: 'col', name: t.v };
    if (t.t === 'op') {
      if (t.v === '(') {
        const e = this.expr(0);
        this.expect(')');
        return e;
      }
      if (t.v === '-') return { k: 'neg', e: this.expr(Bp.Unary) };
      if (t.v === '+') return this.expr(Bp.Unary);
      throw new ParseError(`unexpected "${t.v}"`);
    }
    switch (t.v) {
      case 'null':
        return { k: 'lit', v: null };
      case 'true':
      case 'false':
        return { k: 'lit', v: t.v === 'true' };
      case 'not':
        return { k: 'not', e: this.expr(Bp.Not) };
      case 'case':
        return this.caseExpr();
      case 'array':
        return { k: 'array', items: this.list('[', ']') };
    }
    if (KEYWORDS.has(t.v)) throw new ParseError(`unexpected ${t.v}`);
    if (this.isOp('(')) return this.call(t.v);
    return { k: 'col', name: t.v };
  }

  private call(name: string): Expr {
    this.expect('(');
    if (name === 'position' || name === 'extract') {
      const first = name === 'extract' ? { k: 'lit' as const, v: String(this.tokens[this.i++]?.v) } : this.expr(Bp.Pattern);
      this.expect(name === 'position' ? 'in' : 'from');
      const second = this.expr(0);
      this.expect(')');
      return { k: 'call', name, args: [first, second] };
    }
    const args: Expr[] = [];
    if (!this.isOp(')')) {
      do args.push(this.expr(0));
      while (this.isOp(',') && this.i++);
    }
    this.expect(')');
    return { k: 'call', name, args };
  }

  private list(open: string, close: string): Expr[] {
    this.expect(open);
    const items: Expr[] = [];
    if (!this.isOp(close)) {
      do items.push(this.expr(0));
      while (this.isOp(',') && this.i++);
    }
    this.expect(close);
    return items;
  }

  private caseExpr(): Expr {
    const subject = this.isId('when') ? null : this.expr(0);
    const whens: [Expr, Expr][] = [];
    while (this.isId('when')) {
      this.i++;
      const when = this.expr(0);
      this.expect('then');
      whens.push([when, this.expr(0)]);
    }
    let otherwise: Expr | null = null;
    if (this.isId('else')) {
      this.i++;
      otherwise = this.expr(0);
    }
    this.expect('end');
    return { k: 'case', subject, whens, else: otherwise };
  }

  private typeName(): string {
    const t = this.tokens[this.i++];
    if (!t || (t.t !== 'id' && t.t !== 'qid')) throw new ParseError('expected a type name after ::');
    let name = t.v;
    if (name === 'double' && this.isId('precision')) name += ` ${this.tokens[this.i++]?.v}`;
    if (this.isOp('(')) this.list('(', ')');
    if (this.isOp('[')) {
      this.expect('[');
      this.expect(']');
      name += '[]';
    }
    return name;
  }

  /** One infix or postfix step binding at least minBp, or null. */
  private infix(left: Expr, minBp: number): Expr | null {
    const t = this.peek();
    if (!t) return null;
    const bin = (op: string, bp: number): Expr | null => {
      if (bp <= minBp) return null;
      this.i++;
      return { k: 'bin', op, l: left, r: this.expr(bp) };
    };
    if (t.t === 'op') {
      if (t.v === '::') {
        if (Bp.Cast <= minBp) return null;
        this.i++;
        return { k: 'cast', e: left, type: this.typeName() };
      }
      if (t.v === '*' || t.v === '/' || t.v === '%') return bin(t.v, Bp.Mul);
      if (t.v === '+' || t.v === '-') return bin(t.v, Bp.Add);
      if (OTHER.has(t.v)) return bin(t.v, Bp.Other);
      if (COMPARISON.has(t.v)) return bin(t.v === '!=' ? '<>' : t.v, Bp.Compare);
      return null;
    }
    if (t.t !== 'id') return null;
    if (t.v === 'or') return bin('or', Bp.Or);
    if (t.v === 'and') return bin('and', Bp.And);
    if (t.v === 'is') {
      if (Bp.Is <= minBp) return null;
      this.i++;
      const not = this.isId('not') && Boolean(this.i++);
      const what = this.tokens[this.i++]?.v;
      if (what === 'null') return { k: 'isnull', e: left, not };
      if (what === 'true' || what === 'false') return { k: 'istrue', e: left, value: what === 'true', not };
      if (what === 'distinct') {
        this.expect('from');
        return { k: 'distinct', l: left, r: this.expr(Bp.Is), not };
      }
      throw new ParseError(`unsupported IS ${what}`);
    }
    const negated = t.v === 'not' && ['in', 'between', 'like', 'ilike'].includes(this.peek(1)?.v ?? '');
    const word = negated ? this.peek(1)?.v : t.v;
    if (word === 'in' || word === 'between' || word === 'like' || word === 'ilike') {
      if (Bp.Pattern <= minBp) return null;
      this.i += negated ? 2 : 1;
      if (word === 'in') return { k: 'in', e: left, list: this.list('(', ')'), not: negated };
      if (word === 'between') {
        const lo = this.expr(Bp.Pattern);
        this.expect('and');
        return { k: 'between', e: left, lo, hi: this.expr(Bp.Pattern), not: negated };
      }
      return { k: 'like', e: left, pattern: this.expr(Bp.Pattern), not: negated, ci: word === 'ilike' };
    }
    return null;
  }
}

export function parseExpression(source: string): Expr {
  return new Parser(tokenize(source)).parse();
}

/** The parsed expression, or null when it is beyond this parser (the database then decides). */
export function parseOrNull(source: string): Expr | null {
  try {
    return parseExpression(source);
  } catch (error) {
    if (error instanceof ParseError) return null;
    throw error;
  }
}

/** The columns an expression reads. */
export function columnsOf(e: Expr, into = new Set<string>()): Set<string> {
  switch (e.k) {
    case 'col':
      into.add(e.name);
      break;
    case 'lit':
      break;
    case 'call':
      for (const a of e.args) columnsOf(a, into);
      break;
    case 'array':
      for (const a of e.items) columnsOf(a, into);
      break;
    case 'bin':
    case 'distinct':
      columnsOf(e.l, into);
      columnsOf(e.r, into);
      break;
    case 'in':
      columnsOf(e.e, into);
      for (const a of e.list) columnsOf(a, into);
      break;
    case 'between':
      columnsOf(e.e, into);
      columnsOf(e.lo, into);
      columnsOf(e.hi, into);
      break;
    case 'like':
      columnsOf(e.e, into);
      columnsOf(e.pattern, into);
      break;
    case 'case':
      if (e.subject) columnsOf(e.subject, into);
      for (const [w, t] of e.whens) {
        columnsOf(w, into);
        columnsOf(t, into);
      }
      if (e.else) columnsOf(e.else, into);
      break;
    default:
      columnsOf(e.e, into);
  }
  return into;
}
