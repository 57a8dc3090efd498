/*
 * Text escaping for the generated Markdown. GitHub-flavoured Markdown tables split cells on
 * `|` even inside code spans, so cell text escapes it; prose never starts raw HTML.
 */

/** Inline code, fenced with more backticks than the text contains. */
export function code(text: string): string {
  // Most names and types hold no backtick: a single fence, no scan.
  if (!text.includes('`')) return `\`${text}\``;
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Prose from the spec (descriptions, notes): one line, no raw HTML. */
export function prose(text: string | null): string {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/</g, '&lt;')
    .trim();
}

/** Any Markdown for a table cell: one line, `|` escaped. */
export function cell(markdown: string): string {
  if (!markdown.includes('|') && !markdown.includes('\n')) return markdown;
  return markdown.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
