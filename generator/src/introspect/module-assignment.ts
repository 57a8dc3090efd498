import type { Model, Module, Team } from '../model/model.js';
import { STRATEGY_DUPLICATES, STRATEGY_MOVES, STRATEGY_RENAMES } from '../data/strategy-renaming-map.js';

export const UNASSIGNED = 'unassigned';

export interface ModuleAssignment {
  /** The modules that receive tables or enums: the reference spec's, plus `unassigned` when needed. */
  readonly modules: readonly Module[];
  readonly teams: readonly Team[];
  readonly tableModule: ReadonlyMap<string, string>;
  readonly enumModule: ReadonlyMap<string, string>;
  /** For tables in `unassigned`: where the strategy's renaming map or the spec puts them. */
  readonly suggestions: ReadonlyMap<string, string>;
}

/**
 * Places imported tables and enums in modules. A table the reference spec knows stays in its
 * module; otherwise a table whose name starts with a module's prefix goes to that module (the
 * longest prefix wins: `ai__` before `a_`); the rest go to `unassigned`, with a suggestion from
 * the strategy's renaming map (`posts` → rename to `soc_posts`) or the spec's legacy names.
 *
 * `unassigned` has the empty prefix, as its tables have none. A spec allows one module with the
 * empty prefix, so when there are unassigned tables the spec's own empty-prefix module (core)
 * is not declared and its tables are listed under `unassigned` too, each saying where it belongs.
 */
export function assignModules(
  tables: readonly string[],
  enums: readonly { readonly name: string; readonly usedBy: readonly string[] }[],
  reference: Model | null,
): ModuleAssignment {
  const refModules = new Map((reference?.modules ?? []).map((m) => [m.key, m]));
  const refTable = new Map((reference?.tables ?? []).map((t) => [t.name, t.module]));
  const refEnum = new Map((reference?.enums ?? []).map((e) => [e.name, e.module]));
  const prefixed = [...refModules.values()].filter((m) => m.prefix !== '').sort((a, b) => b.prefix.length - a.prefix.length);
  const byPrefix = (name: string) => prefixed.find((m) => name.startsWith(m.prefix) && name.length > m.prefix.length)?.key;

  const tableModule = new Map<string, string>();
  for (const t of tables) tableModule.set(t, refTable.get(t) ?? byPrefix(t) ?? UNASSIGNED);
  const suggestions = new Map<string, string>();
  const emptyPrefix = new Set([...refModules.values()].filter((m) => m.prefix === '').map((m) => m.key));
  const displaced = new Set<string>();
  if ([...tableModule.values()].includes(UNASSIGNED)) {
    for (const [t, m] of tableModule) {
      if (!emptyPrefix.has(m)) continue;
      tableModule.set(t, UNASSIGNED);
      suggestions.set(t, `the spec keeps it, under this name, in module ${m}`);
      displaced.add(m);
    }
  }
  for (const [t, m] of tableModule) {
    if (m !== UNASSIGNED || suggestions.has(t)) continue;
    const suggestion = suggest(t, reference, refTable, byPrefix);
    if (suggestion) suggestions.set(t, suggestion);
  }

  const enumModule = new Map<string, string>();
  for (const e of enums) {
    const fromSpec = refEnum.get(e.name);
    const firstUser = [...e.usedBy].sort()[0];
    const module =
      (fromSpec !== undefined && !displaced.has(fromSpec) ? fromSpec : undefined) ??
      byPrefix(e.name) ??
      (firstUser !== undefined ? tableModule.get(firstUser) : undefined) ??
      UNASSIGNED;
    enumModule.set(e.name, module);
  }

  const used = new Set([...tableModule.values(), ...enumModule.values()]);
  const declared = [...used].filter((k) => k !== UNASSIGNED).sort();
  const modules: Module[] = declared.map((key) => {
    const m = refModules.get(key) as Module;
    return { ...m, references: m.references.filter((r) => used.has(r) && r !== key), file: null, location: null };
  });
  const teams: Team[] = (reference?.teams ?? []).filter((t) => modules.some((m) => m.owner === t.key));
  if (used.has(UNASSIGNED)) {
    const count = [...tableModule.values()].filter((m) => m === UNASSIGNED).length;
    modules.push({
      key: UNASSIGNED,
      prefix: '',
      title: 'Unassigned',
      owner: UNASSIGNED,
      description: 'Imported tables without a known module prefix: move each into its module (renaming it) or declare a module for them.',
      targets: { current: count, y1: count, y2: count },
      references: declared,
      file: null,
      location: null,
    });
    teams.push({ key: UNASSIGNED, title: 'Unassigned', handle: null, description: 'Owner of imported tables not yet placed in a module.' });
  }
  return {
    modules: modules.sort((a, b) => (a.key < b.key ? -1 : 1)),
    teams: teams.sort((a, b) => (a.key < b.key ? -1 : 1)),
    tableModule,
    enumModule,
    suggestions,
  };
}

function suggest(
  table: string,
  reference: Model | null,
  refTable: ReadonlyMap<string, string>,
  byPrefix: (name: string) => string | undefined,
): string | null {
  const where = (target: string) => {
    const module = refTable.get(target) ?? byPrefix(target);
    return module ? ` (module ${module})` : '';
  };
  const renamed = [...STRATEGY_RENAMES, ...STRATEGY_MOVES].find(([legacy]) => legacy === table);
  if (renamed) return `the strategy's renaming map renames it to ${renamed[1]}${where(renamed[1])}`;
  const duplicate = STRATEGY_DUPLICATES.find(([legacy]) => legacy === table);
  if (duplicate) return `the strategy lists it as a duplicate of ${duplicate[1]}${where(duplicate[1])}: merge its rows into it`;
  for (const t of reference?.tables ?? []) {
    const legacy = t.legacyNames.find((l) => l.name === table);
    if (legacy)
      return legacy.kind === 'merged'
        ? `the spec merges it into ${t.name} (module ${t.module})`
        : `the spec has it as ${t.name} (module ${t.module})`;
  }
  return null;
}
