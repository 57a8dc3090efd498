import type { Model, Table } from '../../model/model.js';

/** A spec table's Supabase-era name (its first `renamed` legacy name), or its own name when it kept it. */
export const legacyTableName = (table: Table): string => table.legacyNames.find((l) => l.kind === 'renamed')?.name ?? table.name;

/** Each merged duplicate and the spec table it merges into, in spec order. */
export function mergedDuplicates(model: Model): { duplicate: string; target: Table }[] {
  return model.tables.flatMap((t) => t.legacyNames.filter((l) => l.kind === 'merged').map((l) => ({ duplicate: l.name, target: t })));
}
