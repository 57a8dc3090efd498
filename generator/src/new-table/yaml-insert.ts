import { isMap, isPair, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { PHASE_ORDER, type Phase } from '../model/model.js';

/** Text added to the file at `offset` of the original; the original bytes around it are untouched. */
export interface Insertion {
  readonly offset: number;
  readonly text: string;
}

export interface ModuleFileEdit {
  readonly text: string;
  /** Ascending by offset. Removing them gives back the original, byte for byte. */
  readonly insertions: readonly Insertion[];
  /** 1-based line of the table's first line (its key) in the new text. */
  readonly tableLine: number;
  /** 1-based line of the first new enum in the new text, when there are new enums. */
  readonly enumLine: number | null;
  /** Where the table went, for the user: `after soc_share_tracking, the last live table`. */
  readonly place: string;
}

/**
 * Adds a table (and the enums its columns declare) to a module file by inserting text, never
 * by re-serialising the document: every existing byte, comment, blank line and flow map stays
 * exactly as it was. The `yaml` CST gives where entries start; the rest is line arithmetic.
 *
 * Placement: the module files group their tables by phase under section comments (live, then
 * Year 1, then Year 2), so the table goes right after the last table of its own phase, else
 * after the last table of an earlier phase, else at the end of `tables:`. Enums go at the end
 * of `enums:` (created before `tables:` when missing).
 */
export function insertIntoModuleFile(
  original: string,
  table: { readonly name: string; readonly phase: Phase; readonly lines: readonly string[] },
  enumLines: readonly string[],
): ModuleFileEdit | string {
  const doc = parseDocument(original);
  if (doc.errors.length > 0) return `cannot parse the module file: ${doc.errors[0]?.message.split('\n')[0]}`;
  const root = doc.contents;
  if (!isMap(root) || root.flow) return 'the module file is not a block map of keys (version:, module:, tables:)';
  const text = new Lines(original);
  const unit = indentUnit(original);
  const tablesPair = pairOf(root, 'tables');
  const enumsPair = pairOf(root, 'enums');

  const planned: { insertion: Insertion; firstLine: number; kind: 'table' | 'enums' }[] = [];
  const tablePlan = planMapInsert(text, tablesPair, 'tables', table.lines, unit, {
    separated: true,
    anchor: (items) => tableAnchor(items, table.phase),
  });
  if (typeof tablePlan === 'string') return tablePlan;
  planned.push({ ...tablePlan, kind: 'table' });

  if (enumLines.length > 0) {
    let enumPlan: ReturnType<typeof planMapInsert>;
    if (!enumsPair && tablesPair) {
      // A new enums: map right before tables: (and the comment lines that introduce it).
      const offset = text.startOfCommentBlockAbove(rangeStart(tablesPair.key));
      const before = offset > 0 && !text.isBlank(text.lineAt(offset - 1)) ? '\n' : '';
      const body = ['enums:', ...enumLines.map((l) => ' '.repeat(unit) + l)].join('\n');
      enumPlan = { insertion: { offset, text: `${before}${body}\n\n` }, firstLine: before.length + 2, place: 'in a new enums: map' };
    } else {
      enumPlan = planMapInsert(text, enumsPair, 'enums', enumLines, unit, { separated: false, anchor: (items) => items.at(-1) ?? null });
    }
    if (typeof enumPlan === 'string') return enumPlan;
    planned.push({ ...enumPlan, kind: 'enums' });
  }

  // Apply in offset order; a missing tables: and enums: both land at the end, enums first.
  planned.sort((a, b) => a.insertion.offset - b.insertion.offset || (a.kind === 'enums' ? -1 : 1));
  let out = '';
  let cursor = 0;
  let tableLine = 0;
  let enumLine: number | null = null;
  for (const p of planned) {
    out += original.slice(cursor, p.insertion.offset);
    const line = countLines(out) + p.firstLine - 1;
    if (p.kind === 'table') tableLine = line;
    else enumLine = line;
    out += p.insertion.text;
    cursor = p.insertion.offset;
  }
  out += original.slice(cursor);
  return { text: out, insertions: planned.map((p) => p.insertion), tableLine, enumLine, place: tablePlan.place };
}

/** The first new file of a module: the same header every module file has. */
export function newModuleFileText(moduleKey: string, schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}\nversion: 1\nmodule: ${moduleKey}\n`;
}

/** The file's indentation step: that of its first indented line (2 when there is none). */
export function indentUnit(text: string): number {
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (indent > 0 && line.trim() !== '' && !line.trimStart().startsWith('#')) return indent;
  }
  return 2;
}

interface MapInsertPlan {
  readonly insertion: Insertion;
  /** Line (1-based) within insertion.text where the rendered lines begin. */
  readonly firstLine: number;
  readonly place: string;
}

function planMapInsert(
  text: Lines,
  pair: Pair | undefined,
  key: string,
  lines: readonly string[],
  unit: number,
  options: { separated: boolean; anchor: (items: readonly Entry[]) => Entry | null },
): MapInsertPlan | string {
  const indentBy = (n: number) => lines.map((l) => ' '.repeat(n) + l).join('\n');
  if (!pair) {
    // No such key: append it at the end of the file, after a blank line.
    const end = text.source.length;
    const newline = end > 0 && !text.source.endsWith('\n') ? '\n' : '';
    const blank = end > 0 && !text.source.endsWith('\n\n') ? '\n' : '';
    return {
      insertion: { offset: end, text: `${newline}${blank}${key}:\n${indentBy(unit)}\n` },
      firstLine: newline.length + blank.length + 2,
      place: `in a new ${key}: map at the end of the file`,
    };
  }
  const value = pair.value;
  const keyLineEnd = text.endOfLine(text.lineAt(rangeStart(pair.key)));
  // `tables:` with nothing after it (not `tables: ~`, whose text would have to change).
  if (value === null || (isScalar(value) && value.value === null && rangeEnd(value) === rangeStart(value))) {
    const newline = keyLineEnd.newline ? '' : '\n';
    return {
      insertion: { offset: keyLineEnd.offset, text: `${newline}${indentBy(unit)}\n` },
      firstLine: newline.length + 1,
      place: `as the first entry of ${key}:`,
    };
  }
  if (!isMap(value) || value.flow) return `cannot add to "${key}:" written in flow style or as a scalar; make it a block map`;

  const items = entriesOf(text, value);
  const first = items[0];
  if (!first) return `"${key}:" is empty in an unexpected way; add the entry by hand`;
  const indent = first.indent;
  const anchor = options.anchor(items) ?? items.at(-1) ?? first;
  const end = text.endOfLine(anchor.lastLine);
  const newline = end.newline ? '' : '\n';
  const separated = blankLineSeparated(text, items, options.separated);
  const sep = separated ? '\n' : '';
  const isLast = anchor === items.at(-1);
  return {
    insertion: { offset: end.offset, text: `${newline}${sep}${indentBy(indent)}\n` },
    firstLine: newline.length + sep.length + 1,
    place: isLast ? `at the end of ${key}:, after ${anchor.name}` : `after ${anchor.name}`,
  };
}

interface Entry {
  readonly name: string;
  readonly indent: number;
  /** Line index of the key. */
  readonly keyLine: number;
  /** Line index of the entry's last line that belongs to it (comments at the key's indentation or less do not). */
  readonly lastLine: number;
  /** For tables: the phase their status and phase keys give. */
  readonly phase: Phase;
}

function phaseOf(value: unknown): Phase {
  if (!isMap(value) || value.get('status') !== 'planned') return 'live';
  const phase = value.get('phase');
  return phase === 'y1' || phase === 'y2' ? phase : 'y2';
}

function entriesOf(text: Lines, map: YAMLMap): Entry[] {
  return map.items.filter(isPair).map((p) => {
    const keyOffset = rangeStart(p.key);
    const keyLine = text.lineAt(keyOffset);
    const indent = keyOffset - text.start(keyLine);
    return {
      name: isScalar(p.key) ? String(p.key.value) : '?',
      indent,
      keyLine,
      lastLine: text.lastContentLine(keyLine, indent),
      phase: phaseOf(p.value),
    };
  });
}

/** Whether entries are separated by blank lines: as most neighbours are, or `fallback` when there is one entry. */
function blankLineSeparated(text: Lines, items: readonly Entry[], fallback: boolean): boolean {
  let blank = 0;
  let tight = 0;
  for (let i = 1; i < items.length; i++) {
    const previous = items[i - 1];
    const current = items[i];
    if (!previous || !current) continue;
    let gap = false;
    for (let l = previous.lastLine + 1; l < current.keyLine; l++) if (text.isBlank(l)) gap = true;
    if (gap) blank++;
    else tight++;
  }
  return blank + tight === 0 ? fallback : blank >= tight;
}

/** After the last table of the same phase, else of an earlier phase; null: at the end. */
function tableAnchor(items: readonly Entry[], phase: Phase): Entry | null {
  const rank = PHASE_ORDER.indexOf(phase);
  const same = items.filter((e) => e.phase === phase).at(-1);
  if (same) return same;
  return items.filter((e) => PHASE_ORDER.indexOf(e.phase) < rank).at(-1) ?? null;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p): p is Pair => isPair(p) && isScalar(p.key) && p.key.value === key);
}

const rangeStart = (node: unknown): number => (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
const rangeEnd = (node: unknown): number => (node as { range?: [number, number, number] } | null)?.range?.[1] ?? 0;
const countLines = (text: string): number => text.split('\n').length;

/** Line arithmetic over the original text. */
class Lines {
  private readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line] ?? this.source.length;
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  text(line: number): string {
    const end = line + 1 < this.starts.length ? this.start(line + 1) - 1 : this.source.length;
    return this.source.slice(this.start(line), end).replace(/\r$/, '');
  }

  isBlank(line: number): boolean {
    return this.text(line).trim() === '';
  }

  /** Offset just after the line (after its newline), and whether it has one. */
  endOfLine(line: number): { offset: number; newline: boolean } {
    return line + 1 < this.starts.length ? { offset: this.start(line + 1), newline: true } : { offset: this.source.length, newline: false };
  }

  /**
   * The last line of the entry whose key is on `keyLine` at `indent`: lines indented deeper
   * belong to it (comments included); blank lines and comments at the key's level or less
   * (section headers) belong to whatever follows. The first other line at that level ends it.
   */
  lastContentLine(keyLine: number, indent: number): number {
    let last = keyLine;
    for (let l = keyLine + 1; l < this.count; l++) {
      const line = this.text(l);
      if (line.trim() === '') continue;
      const lineIndent = line.length - line.trimStart().length;
      if (lineIndent > indent) last = l;
      else if (!line.trimStart().startsWith('#')) break;
    }
    return last;
  }

  /** Start of the run of comment lines directly above the line at `offset` (or of that line). */
  startOfCommentBlockAbove(offset: number): number {
    let line = this.lineAt(offset);
    while (
      line > 0 &&
      this.text(line - 1)
        .trimStart()
        .startsWith('#')
    )
      line--;
    return this.start(line);
  }
}
