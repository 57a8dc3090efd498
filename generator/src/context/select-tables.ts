import { phaseIncludes, type Model, type Phase, type Table } from '../model/model.js';

export interface ContextSelection {
  /** Module keys; every table of each. */
  readonly modules: readonly string[];
  /** Table names. With neither modules nor tables, the whole schema is selected. */
  readonly tables: readonly string[];
  /** Leave out tables planned after this phase. */
  readonly phase: Phase;
}

/** The selected tables in model order, or what was asked for that does not exist. */
export function selectTables(model: Model, selection: ContextSelection): { tables: Table[]; unknown: string[] } {
  const modules = new Set(model.modules.map((m) => m.key));
  const tableNames = new Set(model.tables.map((t) => t.name));
  const unknown = [
    ...selection.modules.filter((m) => !modules.has(m)).map((m) => `module "${m}"`),
    ...selection.tables.filter((t) => !tableNames.has(t)).map((t) => `table "${t}"`),
  ];
  const everything = selection.modules.length === 0 && selection.tables.length === 0;
  const tables = model.tables.filter(
    (t) =>
      phaseIncludes(selection.phase, t.phase) && (everything || selection.modules.includes(t.module) || selection.tables.includes(t.name)),
  );
  return { tables, unknown };
}
