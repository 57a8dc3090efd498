import type { Mermaid } from 'mermaid';

let loaded: Promise<Mermaid> | undefined;

/**
 * Parses a diagram with the real Mermaid parser (the `mermaid` package GitHub renders with);
 * throws its parse error. Mermaid sanitizes flowchart labels with DOMPurify, which needs a
 * DOM, so a jsdom window is installed before mermaid is first imported.
 */
export async function parseMermaid(text: string): Promise<string> {
  loaded ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    Object.assign(globalThis, { window, document: window.document });
    return (await import('mermaid')).default;
  })();
  const mermaid = await loaded;
  const result = await mermaid.parse(text);
  if (!result) throw new Error('mermaid did not recognise the diagram');
  return result.diagramType;
}

/** The ```mermaid blocks of a Markdown file. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] ?? '');
}
