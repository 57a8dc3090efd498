import { Document, isScalar, visit } from 'yaml';
import type { EnumEntry, TableEntry } from './table-builder.js';

/** Which part of the request a rendered line comes from: spec problems on that line are shown there. */
export type LineRole =
  | { readonly kind: 'name' | 'description' | 'table' }
  | { readonly kind: 'column'; readonly index: number; readonly part: 'column' | 'type' | 'references' };

export interface RenderedLine {
  /** The line without its newline, indented relative to the map it goes into. */
  readonly text: string;
  readonly role: LineRole;
}

const TABLE: LineRole = { kind: 'table' };

/**
 * The table as YAML lines in the house style of the module files: block keys, each column a
 * one-line flow map (`post_id: { type: uuid, references: soc_posts }`), lists in brackets.
 * `unit` is the file's indentation step.
 */
export function renderTableEntry(entry: TableEntry, unit: number): RenderedLine[] {
  const pad = (level: number) => ' '.repeat(unit * level);
  const lines: RenderedLine[] = [{ text: `${entry.name}:`, role: { kind: 'name' } }];
  if (entry.description !== undefined)
    lines.push({ text: `${pad(1)}description: ${scalar(entry.description)}`, role: { kind: 'description' } });
  if (entry.status === 'planned') {
    lines.push({ text: `${pad(1)}status: planned`, role: TABLE });
    lines.push({ text: `${pad(1)}phase: ${entry.phase}`, role: TABLE });
  }
  if (entry.appendOnly) lines.push({ text: `${pad(1)}appendOnly: true`, role: TABLE });
  if (entry.use.length > 0) lines.push({ text: `${pad(1)}use: ${flow(entry.use)}`, role: TABLE });
  lines.push({ text: `${pad(1)}columns:${entry.columns.length === 0 ? ' {}' : ''}`, role: TABLE });
  for (const c of entry.columns) {
    lines.push({
      text: `${pad(2)}${c.name}: ${flow(c.value)}`,
      role: c.from === null ? TABLE : { kind: 'column', index: c.from, part: 'column' },
    });
  }
  if (entry.indexes.length > 0) {
    lines.push({ text: `${pad(1)}indexes:`, role: TABLE });
    for (const ix of entry.indexes) {
      lines.push({ text: `${pad(2)}- columns: ${flow(ix.columns)}`, role: { kind: 'column', index: ix.from, part: 'references' } });
    }
  }
  return lines;
}

/** The enums `enum(…)` columns declare, as entries of a module file's `enums:` map. */
export function renderEnumEntries(enums: readonly EnumEntry[], unit: number): RenderedLine[] {
  return enums.flatMap((e) => {
    const role: LineRole = { kind: 'column', index: e.from, part: 'type' };
    return [
      { text: `${e.name}:`, role },
      { text: `${' '.repeat(unit)}values: ${flow(e.values)}`, role },
    ];
  });
}

/** One scalar, quoted only when YAML needs it. */
function scalar(value: unknown): string {
  return render(value, false);
}

/** A list or map on one line; the house style pads maps (`{ a: 1 }`) but not lists (`[a, b]`). */
function flow(value: unknown): string {
  return render(value, !Array.isArray(value));
}

function render(value: unknown, padding: boolean): string {
  const doc = new Document(value);
  // A newline inside a flow collection or a plain scalar would spill onto more lines, and
  // every rendered piece must stay on its line: quote those strings.
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\n')) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ collectionStyle: 'flow', flowCollectionPadding: padding, lineWidth: 0, blockQuote: false }).replace(/\n$/, '');
}
