import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem, SourceLocation } from './problem.js';

export type ValuePath = readonly (string | number)[];

/** A parsed spec file that can say where any value in it came from. */
export interface SourceFile {
  /** Display path (relative to the working directory, `/`-separated). */
  readonly path: string;
  readonly data: unknown;
  /** Location of the value at `path`; `key: true` points at the map key instead. Falls back to the nearest ancestor. */
  locate(path: ValuePath, options?: { key?: boolean }): SourceLocation;
}

/**
 * Parses YAML (and so JSON, which YAML contains) keeping node ranges, so that zod issues and
 * model problems can be reported at file:line:column.
 */
export function parseSourceFile(displayPath: string, text: string): { file: SourceFile | null; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file: displayPath, line: pos.line, column: pos.col };
  };
  const problems: Problem[] = doc.errors.map((e) => ({
    code: 'yaml-syntax',
    message: `${e.message.split('\n')[0]} (fix the YAML syntax)`,
    location: at(e.pos[0]),
  }));
  if (problems.length > 0) return { file: null, problems };
  const file: SourceFile = {
    path: displayPath,
    data: doc.toJS({ maxAliasCount: 1000 }),
    locate: (path, options) => at(findOffset(doc, path, options?.key ?? false)),
  };
  return { file, problems };
}

function findOffset(doc: Document, path: ValuePath, wantKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      if (last && wantKey) return rangeStart(pair.key) ?? offset;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return offset;
      node = item;
    } else {
      return offset;
    }
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
