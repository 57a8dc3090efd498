/** One statement of a script and the line (1-based) its first non-comment text is on. */
export interface ScriptStatement {
  readonly sql: string;
  readonly line: number;
}

/**
 * Splits a SQL script into statements at top-level semicolons, respecting quotes, dollar
 * quotes ($$ … $$, $tag$ … $tag$) and comments. The migration runner sends statements one at
 * a time so that a failure names its statement; the generator applies large scripts in
 * batches with it (a whole 500-table schema in one transaction needs more locks than a
 * default server's shared lock table holds).
 */
export function splitScript(script: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let start = 0;
  let i = 0;
  // Lines are counted as statements are found, so a 1,500-statement script is read once.
  let counted = 0;
  let line = 1;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) if (script.charCodeAt(counted) === 10) line++;
    return line;
  };
  const push = (end: number) => {
    const raw = script.slice(start, end);
    const sql = raw.trim();
    const code = stripComments(sql);
    if (code !== '' && code !== ';') statements.push({ sql, line: lineAt(start + firstCode(raw)) });
  };
  while (i < script.length) {
    const ch = script[i];
    if (ch === "'" || ch === '"') {
      i = script.indexOf(ch, i + 1);
      while (i >= 0 && script[i + 1] === ch) i = script.indexOf(ch, i + 2);
      if (i < 0) break;
    } else if (ch === '-' && script[i + 1] === '-') {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end;
    } else if (ch === '/' && script[i + 1] === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 1;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i, i + 64))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        i = end < 0 ? script.length : end + tag.length - 1;
      }
    } else if (ch === ';') {
      push(i + 1);
      start = i + 1;
    }
    i++;
  }
  push(script.length);
  return statements;
}

/** The statements of a script as text. */
export function splitStatements(script: string): string[] {
  return splitScript(script).map((s) => s.sql);
}

function stripComments(sql: string): string {
  return sql
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/--[^\n]*/g, '')
    .trim();
}

/** Offset of the first character that is neither whitespace nor inside a leading comment. */
function firstCode(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('--', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      return i;
    }
  }
}
