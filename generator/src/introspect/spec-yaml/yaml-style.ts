import { Document, isCollection, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/** One set of stringify options for every imported spec file: deterministic, no folding, `\n` only. */
export const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, indent: 2 } as const;

/** Widest line (as prettier would allow) for a flow-style column or index before it goes to block style. */
const MAX_LINE = 140;

/** A plain value as a YAML node (maps keep their key order). */
export function node(value: unknown): Node {
  return new Document(value).contents as Node;
}

/** A node in flow style when its line (at `indent`, after `key: `) fits, else in block style. */
export function compact(value: unknown, indent: number, key: string): Node {
  const n = node(value);
  if (!isCollection(n)) return n;
  const flowed = flow(n);
  const text = new Document(flowed).toString(YAML_OPTIONS).trimEnd();
  if (!text.includes('\n') && indent + key.length + 2 + text.length <= MAX_LINE) return flowed;
  return node(value);
}

function flow<T extends Node>(n: T): T {
  if (n instanceof YAMLMap || n instanceof YAMLSeq) {
    n.flow = true;
    for (const item of n.items) {
      const inner = item instanceof Scalar ? item : (item as { value?: unknown }).value;
      if (inner instanceof YAMLMap || inner instanceof YAMLSeq) flow(inner);
    }
  }
  return n;
}

/** A map key carrying comment lines above it (`# text`). */
export function keyWithComments(key: string, comments: readonly string[]): Scalar {
  const scalar = new Scalar(key);
  if (comments.length > 0) scalar.commentBefore = comments.map((c) => ` ${c}`).join('\n');
  return scalar;
}

/** Flow-style sequence (`[a, b]`), for value lists such as enum values and key columns. */
export function flowSeq(values: readonly unknown[]): YAMLSeq {
  const seq = node(values) as YAMLSeq;
  seq.flow = true;
  return seq;
}
