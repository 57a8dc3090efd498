import type { Module } from '../../model/model.js';

export interface ModuleCycle {
  /** Members of the cycle, sorted. */
  readonly modules: readonly string[];
  /** One concrete loop through them, starting and ending at the first member: [a, b, a]. */
  readonly path: readonly string[];
}

/**
 * Cycles in the graph of declared module references (a module referencing itself is not a
 * cycle: a module's tables always reference each other). Strongly connected components by
 * Tarjan's algorithm, visited in key order so the result never depends on spec order.
 */
export function moduleCycles(modules: readonly Module[]): ModuleCycle[] {
  const edges = new Map(modules.map((m) => [m.key, [...m.references].filter((r) => r !== m.key).sort()]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const key of [...edges.keys()].sort()) if (!index.has(key)) visit(key);

  return components
    .sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1))
    .map((members) => ({ modules: members, path: loopThrough(members, edges) }));
}

/** Shortest loop from the component's first member back to itself (breadth-first). */
function loopThrough(members: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] {
  const start = members[0] ?? '';
  const inside = new Set(members);
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() ?? '';
    for (const w of edges.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const chain = [v];
        for (let at = previous.get(v); at !== undefined; at = previous.get(at)) chain.push(at);
        return [...chain.reverse(), start];
      }
      if (!previous.has(w) && w !== start) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
