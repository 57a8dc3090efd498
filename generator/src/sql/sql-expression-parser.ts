import { SCALAR_TYPES, scalarKey } from '../model/pg-types.js';
import type { SqlExpr } from './sql-expression-ast.js';
import { KEYWORDS, RESERVED, TYPED_LITERAL_TYPES } from './sql-expression-words.js';
import { tokenizeSql, type SqlToken } from './sql-tokens.js';

/**
 * Parses a SQL scalar expression (the kind a CHECK, an index key or predicate, a default or a
 * generated column holds) with PostgreSQL's operator precedence. Returns null for what it does
 * not understand (subqueries, row constructors, rare syntax): callers then compare text.
 */
export function parseSqlExpression(sql: string): SqlExpr | null {
  let expr = parsed.get(sql);
  if (expr === undefined) {
    expr = parseUncached(sql);
    parsed.set(sql, expr);
  }
  return expr;
}

// Trees are immutable, so one text is parsed once: a spec repeats check expressions across
// tables, and resolving (regex-literal.ts) and emitting (check-rules.ts) both read them.
const parsed = new Map<string, SqlExpr | null>();

function parseUncached(sql: string): SqlExpr | null {
  const tokens = tokenizeSql(sql);
  if (!tokens || tokens.length === 0) return null;
  try {
    const parser = new Parser(tokens);
    const expr = parser.expression(0);
    return parser.atEnd() ? expr : null;
  } catch (error) {
    if (error instanceof ParseFailure) return null;
    throw error;
  }
}

class ParseFailure extends Error {}

// Binding powers, from PostgreSQL's operator precedence table (higher binds tighter).
const BP = {
  or: 10,
  and: 20,
  not: 30,
  is: 40,
  comparison: 50,
  between: 60,
  other: 70,
  additive: 80,
  multiplicative: 90,
  exponent: 100,
  atTimeZone: 104,
  collate: 105,
  unary: 110,
  subscript: 120,
  cast: 130,
} as const;

const COMPARISON = new Set(['<', '>', '=', '<=', '>=', '<>', '!=']);
class Parser {
  private pos = 0;
  constructor(private readonly tokens: readonly SqlToken[]) {}

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }

  private peek(offset = 0): SqlToken | undefined {
    return this.tokens[this.pos + offset];
  }

  private isWord(value: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'word' && t.value === value;
  }

  private isPunct(value: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'punct' && t.value === value;
  }

  private next(): SqlToken {
    const t = this.tokens[this.pos++];
    if (!t) throw new ParseFailure('unexpected end');
    return t;
  }

  private expectPunct(value: string): void {
    if (!this.isPunct(value)) throw new ParseFailure(`expected ${value}`);
    this.pos++;
  }

  private expectWord(value: string): void {
    if (!this.isWord(value)) throw new ParseFailure(`expected ${value}`);
    this.pos++;
  }

  expression(minBp: number): SqlExpr {
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.kind === 'cast') {
        if (BP.cast <= minBp) break;
        this.pos++;
        left = { kind: 'cast', arg: left, type: this.type() };
      } else if (t.kind === 'punct' && t.value === '[') {
        if (BP.subscript <= minBp) break;
        this.pos++;
        const index = this.expression(0);
        this.expectPunct(']');
        left = { kind: 'subscript', arg: left, index };
      } else if (t.kind === 'operator') {
        const op = t.value === '!=' ? '<>' : t.value;
        const bp = COMPARISON.has(op)
          ? BP.comparison
          : op === '^'
            ? BP.exponent
            : ['*', '/', '%'].includes(op)
              ? BP.multiplicative
              : ['+', '-'].includes(op)
                ? BP.additive
                : BP.other;
        if (bp <= minBp) break;
        this.pos++;
        left = this.binaryRight(op, left, bp);
      } else if (t.kind === 'word' && t.value === 'operator' && this.isPunct('(', 1)) {
        // OPERATOR(schema.op): an operator printed schema-qualified; the schema is dropped.
        if (BP.other <= minBp) break;
        this.pos += 2;
        let op = '';
        while (this.peek() && !this.isPunct(')')) {
          const part = this.next();
          op = part.kind === 'operator' ? part.value : '';
        }
        this.expectPunct(')');
        if (op === '') throw new ParseFailure('OPERATOR()');
        left = this.binaryRight(op === '!=' ? '<>' : op, left, COMPARISON.has(op) ? BP.comparison : BP.other);
      } else if (t.kind === 'word') {
        const step = this.wordInfix(left, minBp);
        if (!step) break;
        left = step;
      } else {
        break;
      }
    }
    return left;
  }

  /** The right side of a binary operator, including `op ANY (…)` / `op ALL (…)`. */
  private binaryRight(op: string, left: SqlExpr, bp: number): SqlExpr {
    const quantifier = this.peek();
    if (quantifier?.kind === 'word' && ['any', 'some', 'all'].includes(quantifier.value) && this.isPunct('(', 1)) {
      this.pos += 2;
      const right = this.expression(0);
      this.expectPunct(')');
      return { kind: 'quantified', op, quantifier: quantifier.value === 'all' ? 'all' : 'any', left, right };
    }
    return { kind: 'binary', op, left, right: this.expression(bp) };
  }

  /** Infix and postfix keywords: AND, OR, IS, IN, BETWEEN, LIKE, ISNULL, COLLATE, AT TIME ZONE. */
  private wordInfix(left: SqlExpr, minBp: number): SqlExpr | null {
    const word = this.peek()?.value ?? '';
    if (word === 'and' || word === 'or') {
      const bp = word === 'and' ? BP.and : BP.or;
      if (bp <= minBp) return null;
      this.pos++;
      const right = this.expression(bp);
      const args = [left, right].flatMap((a) => (a.kind === 'bool' && a.op === word ? a.args : [a]));
      return { kind: 'bool', op: word, args };
    }
    if (word === 'is' || word === 'isnull' || word === 'notnull') {
      if (BP.is <= minBp) return null;
      this.pos++;
      if (word !== 'is') return { kind: 'is', arg: left, test: word === 'isnull' ? 'null' : 'not null' };
      const not = this.isWord('not');
      if (not) this.pos++;
      if (this.isWord('distinct')) {
        this.pos++;
        this.expectWord('from');
        return { kind: 'distinct', left, right: this.expression(BP.is), not };
      }
      const test = this.next();
      if (test.kind !== 'word' || !['null', 'true', 'false', 'unknown'].includes(test.value)) throw new ParseFailure('IS what?');
      return { kind: 'is', arg: left, test: `${not ? 'not ' : ''}${test.value}` };
    }
    const negated = word === 'not' && ['in', 'between', 'like', 'ilike'].includes(this.peek(1)?.value ?? '');
    const op = negated ? (this.peek(1)?.value ?? '') : word;
    if (['in', 'between', 'like', 'ilike'].includes(op)) {
      if (BP.between <= minBp) return null;
      this.pos += negated ? 2 : 1;
      if (op === 'in') {
        this.expectPunct('(');
        const elements = this.list(')');
        return {
          kind: 'quantified',
          op: negated ? '<>' : '=',
          quantifier: negated ? 'all' : 'any',
          left,
          right: { kind: 'array', elements },
        };
      }
      if (op === 'between') {
        if (this.isWord('symmetric')) throw new ParseFailure('BETWEEN SYMMETRIC');
        const low = this.expression(BP.between);
        this.expectWord('and');
        const high = this.expression(BP.between);
        return negated
          ? { kind: 'bool', op: 'or', args: [binary('<', left, low), binary('>', left, high)] }
          : { kind: 'bool', op: 'and', args: [binary('>=', left, low), binary('<=', left, high)] };
      }
      const right = this.expression(BP.between);
      if (this.isWord('escape')) throw new ParseFailure('LIKE … ESCAPE');
      const like = op === 'like' ? '~~' : '~~*';
      return binary(negated ? `!${like}` : like, left, right);
    }
    if (word === 'collate') {
      if (BP.collate <= minBp) return null;
      this.pos++;
      return { kind: 'collate', arg: left, collation: this.qualifiedName().join('.') };
    }
    if (word === 'at' && this.isWord('time', 1) && this.isWord('zone', 2)) {
      if (BP.atTimeZone <= minBp) return null;
      this.pos += 3;
      return binary('at time zone', left, this.expression(BP.atTimeZone));
    }
    return null;
  }

  private prefix(): SqlExpr {
    const t = this.next();
    switch (t.kind) {
      case 'number':
        return { kind: 'literal', type: 'number', value: t.value };
      case 'string':
        return { kind: 'literal', type: 'string', value: t.value };
      case 'operator': {
        const arg = this.expression(t.value === '-' || t.value === '+' ? BP.unary : BP.other);
        if (t.value === '+') return arg;
        return { kind: 'unary', op: t.value, arg };
      }
      case 'punct': {
        if (t.value !== '(') throw new ParseFailure(`unexpected ${t.value}`);
        const inner = this.expression(0);
        this.expectPunct(')');
        return inner;
      }
      case 'quoted':
        return this.nameOrCall(t.value);
      case 'word':
        return this.wordPrefix(t);
      default:
        throw new ParseFailure(`unexpected ${t.text}`);
    }
  }

  private wordPrefix(t: SqlToken): SqlExpr {
    const word = t.value;
    if (word === 'true' || word === 'false') return { kind: 'literal', type: 'boolean', value: word };
    if (word === 'null') return { kind: 'literal', type: 'null', value: 'null' };
    if (word === 'not') return { kind: 'not', arg: this.expression(BP.not) };
    if (word === 'array' && this.isPunct('[')) {
      this.pos++;
      return { kind: 'array', elements: this.list(']') };
    }
    if (word === 'case') return this.caseExpression();
    if (word === 'cast' && this.isPunct('(')) {
      this.pos++;
      const arg = this.expression(0);
      this.expectWord('as');
      const type = this.type();
      this.expectPunct(')');
      return { kind: 'cast', arg, type };
    }
    if (KEYWORDS.has(word) && !this.isPunct('(')) return { kind: 'keyword', name: word };
    if (KEYWORDS.has(word) && this.isPunct('(') && this.peek(1)?.kind === 'number' && this.isPunct(')', 2)) {
      const precision = this.peek(1)?.value ?? '';
      this.pos += 3;
      return { kind: 'keyword', name: `${word}(${precision})` };
    }
    if (TYPED_LITERAL_TYPES.has(word) && !this.isPunct('(') && !this.isPunct('.')) {
      // `interval '1 day'`, `date '2024-01-01'`, `double precision '1.5'`: a typed literal.
      const start = this.pos;
      this.pos--;
      const type = this.tryType();
      if (type !== null && this.peek()?.kind === 'string') return { kind: 'cast', arg: this.prefix(), type };
      this.pos = start;
    }
    if (RESERVED.has(word)) throw new ParseFailure(`unexpected ${word}`);
    return this.nameOrCall(word);
  }

  private nameOrCall(first: string): SqlExpr {
    const path = [first];
    while (this.isPunct('.')) {
      this.pos++;
      const part = this.next();
      if (part.kind !== 'word' && part.kind !== 'quoted') throw new ParseFailure('bad qualified name');
      path.push(part.value);
    }
    if (!this.isPunct('(')) return { kind: 'column', path };
    this.pos++;
    const name = (path.length > 1 && path[0] === 'pg_catalog' ? path.slice(1) : path).join('.');
    return this.call(name);
  }

  /** A call after its `(`: the SQL-standard special forms are turned into their plain function calls. */
  private call(name: string): SqlExpr {
    if (name === 'position') {
      const sub = this.expression(BP.between);
      if (this.isWord('in')) {
        this.pos++;
        const string = this.expression(0);
        this.expectPunct(')');
        return { kind: 'call', name, args: [string, sub] };
      }
      return { kind: 'call', name, args: [sub, ...this.restOfArgs()] };
    }
    if (name === 'extract') {
      const field = this.next();
      if (field.kind !== 'word' && field.kind !== 'string') throw new ParseFailure('EXTRACT field');
      this.expectWord('from');
      const source = this.expression(0);
      this.expectPunct(')');
      return { kind: 'call', name, args: [{ kind: 'literal', type: 'string', value: field.value.toLowerCase() }, source] };
    }
    if (name === 'substring') {
      const string = this.expression(0);
      if (this.isWord('from') || this.isWord('for')) {
        let from: SqlExpr = { kind: 'literal', type: 'number', value: '1' };
        let length: SqlExpr | null = null;
        while (this.isWord('from') || this.isWord('for')) {
          const which = this.next().value;
          const value = this.expression(0);
          if (which === 'from') from = value;
          else length = value;
        }
        this.expectPunct(')');
        return { kind: 'call', name, args: length ? [string, from, length] : [string, from] };
      }
      return { kind: 'call', name, args: [string, ...this.restOfArgs()] };
    }
    if (name === 'trim') {
      let fn = 'btrim';
      const side = this.peek()?.value;
      if (side === 'both' || side === 'leading' || side === 'trailing') {
        fn = side === 'both' ? 'btrim' : side === 'leading' ? 'ltrim' : 'rtrim';
        this.pos++;
      }
      if (this.isWord('from')) {
        this.pos++;
        const string = this.expression(0);
        this.expectPunct(')');
        return { kind: 'call', name: fn, args: [string] };
      }
      const first = this.expression(0);
      if (this.isWord('from')) {
        this.pos++;
        const string = this.expression(0);
        this.expectPunct(')');
        return { kind: 'call', name: fn, args: [string, first] };
      }
      return { kind: 'call', name: fn, args: [first, ...this.restOfArgs()] };
    }
    if (this.isPunct(')')) {
      this.pos++;
      return { kind: 'call', name, args: [] };
    }
    if (this.isWord('distinct') || this.isWord('variadic') || (this.peek()?.kind === 'operator' && this.peek()?.value === '*')) {
      throw new ParseFailure('aggregate syntax');
    }
    return { kind: 'call', name, args: this.list(')') };
  }

  private restOfArgs(): SqlExpr[] {
    if (this.isPunct(')')) {
      this.pos++;
      return [];
    }
    this.expectPunct(',');
    return this.list(')');
  }

  /** Comma-separated expressions up to and including `close`. */
  private list(close: string): SqlExpr[] {
    const items: SqlExpr[] = [];
    if (this.isPunct(close)) {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.expression(0));
      if (this.isPunct(close)) {
        this.pos++;
        return items;
      }
      this.expectPunct(',');
    }
  }

  private caseExpression(): SqlExpr {
    const subject = this.isWord('when') ? null : this.expression(0);
    const whens: { when: SqlExpr; then: SqlExpr }[] = [];
    while (this.isWord('when')) {
      this.pos++;
      const when = this.expression(0);
      this.expectWord('then');
      whens.push({ when, then: this.expression(0) });
    }
    let otherwise: SqlExpr | null = null;
    if (this.isWord('else')) {
      this.pos++;
      otherwise = this.expression(0);
    }
    this.expectWord('end');
    if (whens.length === 0) throw new ParseFailure('CASE without WHEN');
    return { kind: 'case', subject, whens, otherwise };
  }

  private qualifiedName(): string[] {
    const parts: string[] = [];
    do {
      if (parts.length > 0) this.pos++;
      const t = this.next();
      if (t.kind !== 'word' && t.kind !== 'quoted') throw new ParseFailure('expected a name');
      parts.push(t.kind === 'quoted' ? `"${t.value}"` : t.value);
    } while (this.isPunct('.'));
    return parts;
  }

  private type(): string {
    const type = this.tryType();
    if (type === null) throw new ParseFailure('expected a type');
    return type;
  }

  /** A type name in canonical spelling (`character varying(10)[]` → `varchar(10)[]`), or null. */
  private tryType(): string | null {
    const start = this.pos;
    const first = this.peek();
    if (!first || (first.kind !== 'word' && first.kind !== 'quoted')) return null;
    this.pos++;
    let name = first.kind === 'quoted' ? `"${first.value}"` : first.value;
    while (this.isPunct('.')) {
      // Schema-qualified (`public.soc_post_status`): the schema is dropped; one schema is compared at a time.
      this.pos++;
      const part = this.next();
      if (part.kind !== 'word' && part.kind !== 'quoted') {
        this.pos = start;
        return null;
      }
      name = part.kind === 'quoted' ? `"${part.value}"` : part.value;
    }
    if (name === 'double' && this.isWord('precision')) {
      this.pos++;
      name = 'double precision';
    } else if ((name === 'character' || name === 'char' || name === 'bit') && this.isWord('varying')) {
      this.pos++;
      name = `${name} varying`;
    }
    let params = '';
    if (this.isPunct('(')) {
      this.pos++;
      const values: string[] = [];
      while (this.peek()?.kind === 'number') {
        values.push(this.next().value);
        if (this.isPunct(',')) this.pos++;
      }
      if (!this.isPunct(')') || values.length === 0) {
        this.pos = start;
        return null;
      }
      this.pos++;
      params = `(${values.join(',')})`;
    }
    if ((name === 'timestamp' || name === 'time') && (this.isWord('with') || this.isWord('without')) && this.isWord('time', 1)) {
      const zone = this.next().value === 'with';
      this.expectWord('time');
      this.expectWord('zone');
      name = zone ? `${name}tz` : name;
    }
    let arrays = '';
    while (this.isPunct('[')) {
      this.pos++;
      if (this.peek()?.kind === 'number') this.pos++;
      this.expectPunct(']');
      arrays += '[]';
    }
    const key = name.startsWith('"') ? undefined : scalarKey(name);
    const canonical = key !== undefined ? (SCALAR_TYPES[key]?.sql ?? name) : name;
    return `${canonical}${params}${arrays}`;
  }
}

function binary(op: string, left: SqlExpr, right: SqlExpr): SqlExpr {
  return { kind: 'binary', op, left, right };
}
