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
  /**
   * Location of the value at `path`; `key: true` points at the map key instead. Falls back to
   * the nearest ancestor. A plain function that holds the file's positions but not its data, so
   * it can be kept (by lazily located model objects) after the data is let go of.
   */
  readonly locate: (path: ValuePath, options?: { key?: boolean }) => SourceLocation;
  /** Where everything starts, in a form that can be cached with the file's validated data. */
  readonly positions: FilePositions;
}

/**
 * Where each value and map key starts, as a tree shaped like the data: a node is
 * [value offset, key offset, children by map key or sequence index]. A tree rather than a
 * table of full paths: it is a third of the size, and cached files are read on every run.
 */
export type PositionNode = [value: number, key: number, children?: Record<string, PositionNode> | PositionNode[]];

export interface FilePositions {
  readonly root: PositionNode;
  readonly lineStarts: readonly number[];
}

/** What parsing a file yields, in a form that can be cached. */
interface ParsedFile {
  readonly format: number;
  readonly data: unknown;
  readonly positions: FilePositions;
}

const PARSE_FORMAT = 2;

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
  const file = sourceFile(displayPath, parsed.data, parsed.positions);
  return { file, problems: [] };
}

/**
 * A source file over data whose positions are known (parsed now), or can be fetched when first
 * needed (served by a cache: a build locates nothing, so it need not read them).
 */
export function sourceFile(displayPath: string, data: unknown, positionsOf: FilePositions | (() => FilePositions)): SourceFile {
  let known = typeof positionsOf === 'function' ? null : positionsOf;
  const positions = (): FilePositions => (known ??= (positionsOf as () => FilePositions)());
  const at = (offset: number): SourceLocation => {
    const { lineStarts } = positions();
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
  return {
    path: displayPath,
    data,
    get positions() {
      return positions();
    },
    locate: (path, options) => {
      let node = positions().root;
      let depth = 0;
      for (const segment of path) {
        const children = node[2];
        const child = Array.isArray(children)
          ? children[Number(segment)]
          : children && Object.hasOwn(children, segment)
            ? children[segment]
            : undefined;
        if (!child) break;
        node = child;
        depth++;
      }
      return at(depth === path.length && options?.key ? node[1] : node[0]);
    },
  };
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
  const start = (node: unknown, fallback: number) => (node as Yaml.Node | null | undefined)?.range?.[0] ?? fallback;
  const walk = (node: unknown, keyOffset: number): PositionNode => {
    const offset = start(node, keyOffset);
    if (isMap(node)) {
      // No prototype: a key such as __proto__ is data here, like any other.
      const children: Record<string, PositionNode> = Object.create(null) as Record<string, PositionNode>;
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        children[String(pair.key.value)] = walk(pair.value ?? pair.key, start(pair.key, offset));
      }
      return [offset, keyOffset, children];
    }
    if (isSeq(node)) return [offset, keyOffset, node.items.map((item) => walk(item, start(item, offset)))];
    return [offset, keyOffset];
  };
  const root = walk(doc.contents, start(doc.contents, 0));
  return {
    parsed: { format: PARSE_FORMAT, data: doc.toJS({ maxAliasCount: 1000 }), positions: { root, lineStarts: [...lineCounter.lineStarts] } },
    problems: [],
  };
}
