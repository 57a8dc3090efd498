import type { Table } from '../../model/model.js';

/**
 * Tables in dependency order: a table comes after the tables it references. Ties (and the
 * tables of a cycle) go by name, so the order is deterministic. Foreign keys are added after
 * all tables anyway, so a cycle only affects readability, never correctness.
 */
export function dependencyOrder(tables: readonly Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const deps = new Map(
    tables.map((t) => [t.name, new Set(t.foreignKeys.map((f) => f.references.table).filter((n) => n !== t.name && byName.has(n)))]),
  );
  const done = new Set<string>();
  const ordered: Table[] = [];
  const remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : 1));
  while (ordered.length < tables.length) {
    const ready = remaining.filter((t) => !done.has(t.name) && [...(deps.get(t.name) ?? [])].every((d) => done.has(d)));
    // In a cycle nothing is ready: take the first remaining table by name to break it.
    const batch = ready.length > 0 ? ready : [remaining.find((t) => !done.has(t.name)) as Table];
    for (const t of batch) {
      done.add(t.name);
      ordered.push(t);
    }
  }
  return ordered;
}
