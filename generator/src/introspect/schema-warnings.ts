import type { Table } from '../model/model.js';
import { hasUpdatedAt } from '../emit/ddl/ddl-statements.js';
import { SCALAR_TYPES } from '../model/pg-types.js';
import type { CatalogSnapshot } from './catalog-snapshot.js';
import type { ImportWarning } from './import-warning.js';
import { isUpdatedAtTrigger } from './updated-at-trigger.js';

const RELATION_KINDS: Readonly<Record<string, { code: string; what: string }>> = {
  v: { code: 'view', what: 'view' },
  m: { code: 'view', what: 'materialized view' },
  f: { code: 'foreign-table', what: 'foreign table' },
};
/** Extensions no spec needs to mention: plpgsql is always there. */
const IMPLICIT_EXTENSIONS = new Set(['plpgsql']);

/**
 * Everything in the schema the model does not describe: views, functions, triggers other than
 * the generated updated_at one, policies, partitions, types, sequences, other schemas,
 * extensions. Returns the warnings and the names of the updated_at triggers found (the naming
 * convention for triggers is inferred from them).
 */
export function schemaWarnings(
  snapshot: CatalogSnapshot,
  tables: readonly Table[],
): { warnings: ImportWarning[]; updatedAtTriggers: { table: string; name: string }[] } {
  const warnings: ImportWarning[] = [];
  const warn = (code: string, table: string | null, message: string) => void warnings.push({ code, table, message });

  for (const r of snapshot.relations) {
    const kind = RELATION_KINDS[r.kind];
    if (kind) warn(kind.code, null, `${kind.what} ${r.name} is not represented in the spec`);
    if (r.kind === 'S' && !r.owned)
      warn('sequence', null, `sequence ${r.name} is not owned by a column (not serial or identity); it is not represented`);
    if (r.kind !== 'r' && r.kind !== 'p') continue;
    if (r.isPartition) {
      warn('partition', r.name, `table ${r.name} is a partition of ${r.inheritsFrom ?? '?'}; partitions are not imported`);
      continue;
    }
    if (r.kind === 'p') warn('partitioned-table', r.name, `partitioned by ${r.partitionKey ?? '?'}; the spec creates it as a plain table`);
    else if (r.inheritsFrom) warn('inheritance', r.name, `inherits from ${r.inheritsFrom}; the spec creates it as a plain table`);
    if (r.persistence === 'u') warn('unlogged', r.name, 'is UNLOGGED; the spec creates logged tables');
    if (r.options?.length) warn('storage-options', r.name, `has storage options (${r.options.join(', ')}) the spec does not represent`);
    if (r.rowSecurity) warn('row-level-security', r.name, 'has row-level security enabled; the spec does not represent it');
  }
  for (const p of snapshot.policies) warn('policy', p.table, `policy ${p.name} is not represented in the spec`);

  const updatedAtTriggers: { table: string; name: string }[] = [];
  const triggerFunctions = new Set<string>();
  const imported = new Map(tables.map((t) => [t.name, t]));
  for (const t of snapshot.triggers) {
    const table = imported.get(t.table);
    if (table && hasUpdatedAt(table) && isUpdatedAtTrigger(t)) {
      updatedAtTriggers.push({ table: t.table, name: t.name });
      triggerFunctions.add(t.function);
    } else {
      warn('trigger', t.table, `trigger ${t.name} is not represented in the spec: ${t.definition}`);
    }
  }
  for (const table of tables) {
    if (hasUpdatedAt(table) && !updatedAtTriggers.some((t) => t.table === table.name))
      warn('missing-updated-at-trigger', table.name, 'has updated_at but no trigger keeping it current; the spec’s DDL adds one');
  }
  for (const f of snapshot.functions) {
    if (triggerFunctions.has(f.name)) continue;
    const kind = f.kind === 'p' ? 'procedure' : f.kind === 'a' ? 'aggregate' : 'function';
    warn('function', null, `${kind} ${f.name}(${f.args}) is not represented in the spec`);
  }
  for (const t of snapshot.types) {
    warn(
      t.kind === 'domain' ? 'domain' : 'type',
      null,
      `${t.kind} ${t.name} is not represented in the spec${t.kind === 'domain' ? '; columns using it are imported as its base type' : ''}`,
    );
  }
  for (const s of snapshot.otherSchemas) {
    const parts = [
      s.tables ? `${s.tables} table${s.tables === 1 ? '' : 's'}` : '',
      s.views ? `${s.views} view${s.views === 1 ? '' : 's'}` : '',
    ];
    warn('other-schema', null, `schema ${s.name} (${parts.filter(Boolean).join(', ')}) is not imported; import it with --schema ${s.name}`);
  }
  const needed = new Set<string>(
    tables.flatMap((t) => t.columns.flatMap((c) => (c.type.kind === 'scalar' && SCALAR_TYPES[c.type.name]?.extension) || [])),
  );
  const extra = snapshot.extensions.filter((e) => !IMPLICIT_EXTENSIONS.has(e.name) && !needed.has(e.name));
  if (extra.length > 0)
    warn(
      'extension',
      null,
      `extension${extra.length === 1 ? '' : 's'} ${extra.map((e) => e.name).join(', ')} ${extra.length === 1 ? 'is' : 'are'} installed; the spec creates only the extensions its column types need`,
    );
  return { warnings, updatedAtTriggers };
}
