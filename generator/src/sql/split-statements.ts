/**
 * Splits a SQL script into statements at top-level semicolons, respecting quotes, dollar
 * quotes ($$ … $$, $tag$ … $tag$) and comments. Used to apply large scripts in batches: a
 * whole 500-table schema in one transaction needs more locks than a default server's
 * shared lock table holds (max_locks_per_transaction × connections).
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
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
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        i = end < 0 ? script.length : end + tag.length - 1;
      }
    } else if (ch === ';') {
      const statement = script.slice(start, i + 1).trim();
      if (stripComments(statement) !== ';') statements.push(statement);
      start = i + 1;
    }
    i++;
  }
  const rest = script.slice(start).trim();
  if (stripComments(rest) !== '') statements.push(rest);
  return statements;
}

function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '').trim();
}
