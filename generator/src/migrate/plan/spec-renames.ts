import type { Model } from '../../model/model.js';
import { quoteIdent as q } from '../../sql/quote.js';
import { statement, type PlannedStatement } from './planned-statement.js';

export interface RenameStep {
  readonly statement: PlannedStatement;
  /** The statement that takes it back (the planner renames a scratch database, then restores it). */
  readonly undo: string;
  readonly description: string;
}

/**
 * The renames the spec asks for with renamedFrom, where the database still has the old name
 * and not the new one (once a migration has renamed it, renamedFrom has nothing left to do).
 * Only these are renames; any other name that disappears is a drop.
 */
export function specRenames(after: Model, before: Model): { steps: RenameStep[]; problems: string[] } {
  const tables = new Map(before.tables.map((t) => [t.name, t]));
  const steps: RenameStep[] = [];
  const problems: string[] = [];
  for (const t of after.tables) {
    const from = t.renamedFrom;
    if (from && tables.has(from)) {
      if (tables.has(t.name))
        problems.push(
          `table ${t.name} has renamedFrom: ${from}, but both ${from} and ${t.name} exist; remove renamedFrom or drop one of them first`,
        );
      else
        steps.push({
          statement: statement('rename-tables', `ALTER TABLE ${q(from)} RENAME TO ${q(t.name)};`),
          undo: `ALTER TABLE ${q(t.name)} RENAME TO ${q(from)};`,
          description: `table ${from} → ${t.name}`,
        });
    }
    const existing = tables.get(t.name) ?? (from ? tables.get(from) : undefined);
    if (!existing) continue;
    const columns = new Set(existing.columns.map((c) => c.name));
    for (const c of t.columns) {
      if (!c.renamedFrom || !columns.has(c.renamedFrom)) continue;
      if (columns.has(c.name)) {
        problems.push(
          `column ${t.name}.${c.name} has renamedFrom: ${c.renamedFrom}, but both columns exist; remove renamedFrom or drop one of them first`,
        );
        continue;
      }
      steps.push({
        statement: statement('rename-tables', `ALTER TABLE ${q(t.name)} RENAME COLUMN ${q(c.renamedFrom)} TO ${q(c.name)};`),
        undo: `ALTER TABLE ${q(t.name)} RENAME COLUMN ${q(c.name)} TO ${q(c.renamedFrom)};`,
        description: `column ${t.name}.${c.renamedFrom} → ${c.name}`,
      });
    }
  }
  return { steps, problems };
}
