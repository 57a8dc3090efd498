/**
 * Small layout helpers that print TypeScript the way prettier (printWidth 140, single quotes)
 * would, so generated files pass `prettier --check` without the build running prettier.
 */
export const PRINT_WIDTH = 140;

/** `import { a, b } from 'x';`, broken one name per line when too long. */
export function importStatement(names: readonly string[], from: string, typeOnly: boolean): string {
  const head = typeOnly ? 'import type' : 'import';
  const line = `${head} { ${names.join(', ')} } from '${from}';`;
  if (line.length <= PRINT_WIDTH) return line;
  return `${head} {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${from}';`;
}

/** A string literal in prettier's single-quote style. */
export function stringLiteral(value: string): string {
  if (value.includes("'") && !value.includes('"')) return JSON.stringify(value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** An array of string literals, `prefix` being the text before it on its line (for the width). */
export function stringArray(values: readonly string[], prefix: string, suffix: string, indent = ''): string {
  const inline = `[${values.map(stringLiteral).join(', ')}]`;
  if (prefix.length + inline.length + suffix.length <= PRINT_WIDTH) return inline;
  return `[\n${values.map((v) => `${indent}  ${stringLiteral(v)},`).join('\n')}\n${indent}]`;
}

/**
 * `export type X = 'a' | 'b';` as prettier lays it out: on one line when it fits, else the union
 * on its own indented line, else one member per line.
 */
export function unionDeclaration(head: string, values: readonly string[]): string {
  const inline = values.map(stringLiteral).join(' | ');
  if (`${head} ${inline};`.length <= PRINT_WIDTH) return `${head} ${inline};`;
  if (`  ${inline};`.length <= PRINT_WIDTH) return `${head}\n  ${inline};`;
  return `${head}\n${values.map((v) => `  | ${stringLiteral(v)}`).join('\n')};`;
}

/** A JSDoc block for a description (single line), or '' when there is none. */
export function jsDoc(text: string | null, indent = ''): string {
  if (!text) return '';
  const clean = text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
  return `${indent}/** ${clean} */\n`;
}

/** `export const x = value;` (or `type`), with the value moved to its own line when too long. */
export function declaration(head: string, value: string): string {
  const line = `${head} ${value};`;
  return line.length <= PRINT_WIDTH ? line : `${head}\n  ${value};`;
}

/**
 * `head call({ …body })`. When the first line is too long the call moves to its own line and
 * the body indents one more level; `body` receives the indent it will be printed at so it can
 * lay out its own long lines.
 */
export function callDeclaration(head: string, call: string, body: (indent: string) => readonly string[]): string {
  const first = `${head} ${call}({`;
  if (first.length <= PRINT_WIDTH)
    return `${first}\n${body('  ')
      .map((l) => `  ${l}`)
      .join('\n')}\n});`;
  return `${head}\n  ${call}({\n${body('    ')
    .map((l) => `    ${l}`)
    .join('\n')}\n  });`;
}
