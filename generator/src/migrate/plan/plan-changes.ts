import { compareModels } from '../../drift/compare-models.js';
import type { SideLabels } from '../../drift/difference.js';
import { createExtension, requiredExtensions } from '../../emit/ddl/ddl-statements.js';
import type { Model } from '../../model/model.js';
import type { DatabaseState } from '../database-state.js';
import { planEnums } from './enum-changes.js';
import { PlanContext, type PlanOptions } from './plan-context.js';
import { inPhaseOrder, type PlannedStatement } from './planned-statement.js';
import { planTables } from './table-changes.js';
import { planSequences, planTriggers } from './trigger-changes.js';

export const SPEC_VS_MIGRATIONS: SideLabels = { expected: 'the spec', actual: 'the database the migrations build' };

/**
 * The statements that turn the database `before` into the model `after`, in phase order.
 * What differs comes from compareModels (the same comparison `gen check` reports), so a
 * migration planned here leaves nothing for the drift check to find. Renames the spec asks
 * for (renamedFrom) are applied to `before` first, by the caller: here a table or column the
 * spec has and the database lacks is new.
 */
export function planChanges(before: DatabaseState, after: Model, options: PlanOptions = {}): PlannedStatement[] {
  const differences = compareModels(after, before.model, { labels: SPEC_VS_MIGRATIONS });
  const ctx = new PlanContext(after, before, differences, options);
  const installed = new Set(requiredExtensions(before.model));
  for (const ext of requiredExtensions(after)) if (!installed.has(ext)) ctx.add('extensions', createExtension(ext));
  planEnums(ctx);
  planTables(ctx);
  planTriggers(ctx);
  planSequences(ctx);
  return inPhaseOrder(ctx.statements);
}
