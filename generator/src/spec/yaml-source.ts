import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
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

/** What parsing a file yields, in a form that can be cached: the data and where each value and key starts. */
interface ParsedFile {
  readonly data: unknown;
  /** path (segments joined by \u0001) → [value offset, key offset] */
  readonly offsets: Record<string, [number, number]>;
  readonly lineStarts: number[];
}

const CACHE_FORMAT = 1;
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
  const hash = createHash('sha1').update(text).digest('hex');
  let parsed = readCache(hash);
  if (!parsed) {
    const result = parseYaml(displayPath, text);
    if (!result.parsed) return { file: null, problems: result.problems };
    parsed = result.parsed;
    writeCache(hash, parsed);
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
  const start = (node: unknown, fallback: number) => (node as Node | null | undefined)?.range?.[0] ?? fallback;
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
  return { parsed: { data: doc.toJS({ maxAliasCount: 1000 }), offsets, lineStarts: [...lineCounter.lineStarts] }, problems: [] };
}

const cacheDir = (): string | null =>
  process.env.GEN_NO_CACHE ? null : join(process.env.GEN_CACHE_DIR ?? join(tmpdir(), 'poultryco-gen-cache'), `spec-v${CACHE_FORMAT}`);

function readCache(hash: string): ParsedFile | null {
  const dir = cacheDir();
  if (!dir) return null;
  try {
    return JSON.parse(readFileSync(join(dir, `${hash}.json`), 'utf8')) as ParsedFile;
  } catch {
    return null;
  }
}

function writeCache(hash: string, parsed: ParsedFile): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${hash}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(parsed));
    renameSync(tmp, join(dir, `${hash}.json`));
  } catch {
    // A cache that cannot be written only costs speed.
  }
}
