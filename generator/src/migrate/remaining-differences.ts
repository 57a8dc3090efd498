import { compareModels } from '../drift/compare-models.js';
import { hasUpdatedAt, updatedAtTriggerName } from '../emit/ddl/ddl-statements.js';
import type { Model } from '../model/model.js';
import type { DatabaseState } from './database-state.js';
import { SPEC_VS_MIGRATIONS } from './plan/plan-changes.js';

/**
 * What still differs between a database and the spec: the drift check's differences, plus the
 * updated_at triggers (not part of the model). Empty when a migration did its whole job.
 */
export function remainingDifferences(after: Model, state: DatabaseState): string[] {
  const out = compareModels(after, state.model, { labels: SPEC_VS_MIGRATIONS }).map((d) => `${d.table ?? d.enum ?? ''}: ${d.message}`);
  for (const t of after.tables) {
    const name = updatedAtTriggerName(after, t.name);
    const found = state.updatedAtTriggers.get(t.name);
    if (hasUpdatedAt(t) && found !== name) out.push(`${t.name}: updated_at trigger ${name} ${found ? `is named ${found}` : 'is missing'}`);
    if (!hasUpdatedAt(t) && found) out.push(`${t.name}: has updated_at trigger ${found} but no updated_at column`);
  }
  return out;
}
