import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Problem, SourceLocation } from './problem.js';
import { contentHash, readCached, writeCached } from './spec-cache.js';

export type ValuePath = readonly (string | number)[];

// The YAML parser loads only when a file is not in the cache: an unchanged spec never needs it.
const require = createRequire(import.meta.url);
let yamlModule: typeof Yaml | null = null;
const yaml = (): typeof Yaml => (yamlModule ??= require('yaml') as typeof Yaml);

/** A parsed spec file that can say where any value in it came from. */
export interface SourceFile {
  /** Display path (relative to the working directory, `/`-separated). */
  readonly path: string;
  readonly data: unknown;
  /** Location of the value at `path`; `key: true` points at the map key instead. Falls back to the nearest ancestor. */
  locate(path: ValuePath, options?: { key?: boolean }): SourceLocation;
}

/** What parsing a file yields, in a form that can be cached: the data and where each value and key starts. */
interface ParsedFile {
  readonly format: number;
  readonly data: unknown;
  /** path (segments joined by \u0001) → [value offset, key offset] */
  readonly offsets: Record<string, [number, number]>;
  readonly lineStarts: number[];
}

const PARSE_FORMAT = 1;
const SEP = '\u0001';

/**
 * Parses YAML (and so JSON, which YAML contains) keeping where every value starts, so zod issues
 * and model problems can be reported at file:line:column.
 *
 * Parsing is the slowest step of a build (the `yaml` package reads ~2 MB/s), so a file's parse is
 * cached by the hash of its text: an unchanged file is never parsed twice. The cache holds only
 * derived data; deleting it (or GEN_NO_CACHE=1) changes nothing but speed.
 */
export function parseSourceFile(displayPath: string, text: string): { file: SourceFile | null; problems: Problem[] } {
  const key = `${contentHash(text)}`;
  let parsed = readCached<ParsedFile>(key);
  if (!parsed || parsed.format !== PARSE_FORMAT) {
    const result = parseYaml(displayPath, text);
    if (!result.parsed) return { file: null, problems: result.problems };
    parsed = result.parsed;
    writeCached(key, parsed);
  }
  const { offsets, lineStarts } = parsed;
  const at = (offset: number): SourceLocation => {
    // Binary search for the line holding `offset`.
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: displayPath, line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const file: SourceFile = {
    path: displayPath,
    data: parsed.data,
    locate(path, options) {
      for (let n = path.length; n >= 0; n--) {
        const entry = offsets[path.slice(0, n).join(SEP)];
        if (entry) return at(n === path.length && options?.key ? entry[1] : entry[0]);
      }
      return at(0);
    },
  };
  return { file, problems: [] };
}

function parseYaml(displayPath: string, text: string): { parsed: ParsedFile | null; problems: Problem[] } {
  const { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      parsed: null,
      problems: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          code: 'yaml-syntax',
          message: `${e.message.split('\n')[0]} (fix the YAML syntax)`,
          location: { file: displayPath, line: pos.line, column: pos.col },
        };
      }),
    };
  }
  const offsets: Record<string, [number, number]> = {};
  const child = (path: string, key: string) => (path === '' ? key : `${path}${SEP}${key}`);
  const start = (node: unknown, fallback: number) => (node as Yaml.Node | null | undefined)?.range?.[0] ?? fallback;
  const walk = (node: unknown, path: string, keyOffset: number) => {
    const offset = start(node, keyOffset);
    offsets[path] = [offset, keyOffset];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const k = start(pair.key, offset);
        walk(pair.value ?? pair.key, child(path, String(pair.key.value)), k);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, child(path, String(i)), start(item, offset)));
    }
  };
  walk(doc.contents, '', start(doc.contents, 0));
  return {
    parsed: { format: PARSE_FORMAT, data: doc.toJS({ maxAliasCount: 1000 }), offsets, lineStarts: [...lineCounter.lineStarts] },
    problems: [],
  };
}
