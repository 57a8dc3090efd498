import type { CatalogTrigger } from './catalog-snapshot.js';

const ROW = 1;
const BEFORE = 2;
const UPDATE = 16;
const SETS_UPDATED_AT =
  /\bnew\s*\.\s*updated_at\s*:?=\s*(now\(\)|current_timestamp|clock_timestamp\(\)|statement_timestamp\(\)|transaction_timestamp\(\)|localtimestamp)/i;

/**
 * Whether a trigger is the one the spec generates for every table with an updated_at column:
 * BEFORE UPDATE, FOR EACH ROW, calling a function that sets NEW.updated_at to the current time
 * (the generated set_updated_at(), the usual Supabase handle_updated_at(), or the moddatetime
 * extension's moddatetime(updated_at)).
 */
export function isUpdatedAtTrigger(trigger: CatalogTrigger): boolean {
  const shape = (trigger.type & ROW) !== 0 && (trigger.type & BEFORE) !== 0 && (trigger.type & UPDATE) !== 0;
  if (!shape) return false;
  if (trigger.function === 'moddatetime') return /^updated_at(\\000)?$/.test(trigger.args);
  return SETS_UPDATED_AT.test(trigger.functionSource);
}
