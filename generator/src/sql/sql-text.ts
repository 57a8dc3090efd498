import { tokenizeSql } from './sql-tokens.js';

/**
 * The expression on one line: runs of whitespace outside quotes become one space. PostgreSQL
 * prints CASE expressions over several lines; a spec keeps them on one.
 */
export function singleLineSql(sql: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i] ?? '';
    if (quote) {
      out += ch;
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (/\s/.test(ch)) {
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += ch;
    }
  }
  return out.trim();
}

/** `(expr)` → `expr` when the outer parentheses wrap the whole expression (as PostgreSQL prints index keys and generated columns). */
export function stripOuterParens(sql: string): string {
  let text = sql.trim();
  while (text.startsWith('(') && text.endsWith(')') && closingParen(text, 0) === text.length - 1) text = text.slice(1, -1).trim();
  return text;
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The identifiers an expression mentions (lowercased unless quoted), to tell which columns it uses. */
export function identifiersIn(sql: string): Set<string> {
  return new Set((tokenizeSql(sql) ?? []).filter((t) => t.kind === 'word' || t.kind === 'quoted').map((t) => t.value));
}
