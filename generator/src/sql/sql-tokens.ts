/** A token of a SQL expression. Unquoted words are lowercased in `value`; `text` keeps the source spelling. */
export interface SqlToken {
  readonly kind: 'word' | 'quoted' | 'string' | 'number' | 'operator' | 'punct' | 'cast';
  readonly value: string;
  readonly text: string;
}

const OPERATOR_CHARS = '+-*/<>=~!@#%^&|`?';
// PostgreSQL's lexer: a multi-character operator may end in + or - only if it contains one of these.
const OPERATOR_TAIL_OK = '~!@#%^&|`?';

/**
 * Splits a SQL expression into tokens, following PostgreSQL's lexer for the parts expressions
 * use: quoted identifiers, '…' and E'…' strings, numbers, operators, `::`. Returns null for
 * what an expression in a spec never holds (comments, dollar quotes, unterminated quotes).
 */
export function tokenizeSql(sql: string): SqlToken[] | null {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] ?? '';
    const next = sql[i + 1] ?? '';
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'" || ((ch === 'e' || ch === 'E') && next === "'")) {
      const escapes = ch !== "'";
      const start = escapes ? i + 1 : i;
      const end = closingQuote(sql, start, "'", escapes);
      if (end < 0) return null;
      const body = sql.slice(start + 1, end);
      tokens.push({ kind: 'string', value: escapes ? unescapeE(body) : body.replace(/''/g, "'"), text: sql.slice(i, end + 1) });
      i = end + 1;
    } else if (ch === '"') {
      const end = closingQuote(sql, i, '"', false);
      if (end < 0) return null;
      tokens.push({ kind: 'quoted', value: sql.slice(i + 1, end).replace(/""/g, '"'), text: sql.slice(i, end + 1) });
      i = end + 1;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(next))) {
      const match = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(sql.slice(i));
      const text = match?.[0] ?? ch;
      tokens.push({ kind: 'number', value: text, text });
      i += text.length;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
      const text = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i))?.[0] ?? ch;
      tokens.push({ kind: 'word', value: text.toLowerCase(), text });
      i += text.length;
    } else if (ch === ':' && next === ':') {
      tokens.push({ kind: 'cast', value: '::', text: '::' });
      i += 2;
    } else if ('()[],.;:'.includes(ch)) {
      if (ch === ';' || ch === ':') return null;
      tokens.push({ kind: 'punct', value: ch, text: ch });
      i++;
    } else if (ch === '$') {
      return null;
    } else if (OPERATOR_CHARS.includes(ch)) {
      let end = i;
      while (end < sql.length && OPERATOR_CHARS.includes(sql[end] ?? '')) {
        if ((sql[end] === '-' && sql[end + 1] === '-') || (sql[end] === '/' && sql[end + 1] === '*')) {
          if (end === i) return null;
          break;
        }
        end++;
      }
      let op = sql.slice(i, end);
      while (op.length > 1 && /[+-]$/.test(op) && ![...op].some((c) => OPERATOR_TAIL_OK.includes(c))) op = op.slice(0, -1);
      tokens.push({ kind: 'operator', value: op, text: op });
      i += op.length;
    } else {
      return null;
    }
  }
  return tokens;
}

/** Index of the quote closing the one at `start` (a doubled quote is an escaped one), or -1. */
export function closingQuote(text: string, start: number, quote: string, backslashEscapes = false): number {
  for (let i = start + 1; i < text.length; i++) {
    if (backslashEscapes && text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

function unescapeE(body: string): string {
  const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  return body.replace(/''/g, "'").replace(/\\(.)/g, (_, c: string) => simple[c] ?? c);
}
