import { regexLiteralProblem } from './regex-literal.js';
import { closingQuote } from './sql-tokens.js';

/**
 * Spec fields such as `check`, `where`, `generated` and `defaultSql` are SQL expressions
 * written by PoultryCo developers. They cannot be escaped, so they are checked instead: one
 * expression, no statement separators, no comments, balanced quotes and parentheses. This
 * keeps a typo (or a pasted statement) from turning the DDL into something else.
 *
 * Returns a message describing the first problem, or null when the expression is acceptable.
 */
export function checkSqlExpression(expression: string): string | null {
  let depth = 0;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    const next = expression[i + 1];
    if (ch === "'" || ch === '"') {
      const end = closingQuote(expression, i, ch);
      if (end < 0) return `unterminated ${ch === "'" ? 'string literal' : 'quoted identifier'} at character ${i + 1}`;
      i = end;
    } else if (ch === '$' && /[A-Za-z_$]/.test(next ?? '') && /^\$[A-Za-z_]*\$/.test(expression.slice(i))) {
      return `dollar quoting is not allowed (character ${i + 1}); use a '…' literal`;
    } else if (ch === ';') {
      return `";" is not allowed (character ${i + 1}): an expression is not a statement`;
    } else if ((ch === '-' && next === '-') || (ch === '/' && next === '*')) {
      return `comments are not allowed in an expression (character ${i + 1})`;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth < 0) return `unbalanced ")" at character ${i + 1}`;
    } else if (ch === '\0') {
      return 'NUL byte in expression';
    }
  }
  if (depth !== 0) return 'unbalanced "(": a closing ")" is missing';
  return regexLiteralProblem(expression);
}
