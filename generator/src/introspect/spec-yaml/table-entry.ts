import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ForeignKey, Index, Model, Table, UniqueConstraint } from '../../model/model.js';
import { conventionalName } from '../../model/naming.js';
import { identifierProblem } from '../../model/identifier.js';
import type { ImportWarning } from '../import-warning.js';
import { checkShortName } from '../naming-inference.js';
import { columnEntry, type ColumnFlags } from './column-entry.js';
import { compact, flowSeq, node } from './yaml-style.js';

/**
 * A table as the spec writes it. Names that follow the spec's naming convention are left out
 * (the resolver generates them); others are written explicitly where the spec allows a name.
 * Single-column keys, unique constraints and foreign keys go on the column, the rest in the
 * table's lists. Returns warnings for names the spec cannot carry.
 */
export function tableEntry(table: Table, model: Model): { value: YAMLMap; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const warn = (message: string) => warnings.push({ code: 'name-not-kept', table: table.name, message });
  const naming = model.naming;
  const name = (pattern: string, columns: readonly string[]) => conventionalName(pattern, { table: table.name, columns });
  const targetPk = (target: string) => model.tables.find((t) => t.name === target)?.primaryKey?.columns ?? null;

  const pkColumn = table.primaryKey?.columns.length === 1 ? table.primaryKey.columns[0] : undefined;
  const uniqueFlags = new Map<string, UniqueConstraint>();
  for (const u of table.uniques) {
    const [column] = u.columns;
    if (column && u.columns.length === 1 && !u.nullsNotDistinct && u.name === name(naming.unique, u.columns) && !uniqueFlags.has(column))
      uniqueFlags.set(column, u);
  }
  const fkFlags = new Map<string, ColumnFlags['reference']>();
  for (const fk of table.foreignKeys) {
    const [column] = fk.columns;
    const [targetColumn] = fk.references.columns;
    if (!column || !targetColumn || fk.columns.length !== 1 || fk.name !== name(naming.foreignKey, fk.columns) || fkFlags.has(column))
      continue;
    // On a column, `onDelete: set null` must be nullable (the spec checks it); the table's list has no such rule.
    const setsNull = fk.onDelete === 'set null' || fk.onUpdate === 'set null';
    if (setsNull && !table.columns.find((c) => c.name === column)?.nullable) continue;
    const pk = targetPk(fk.references.table);
    const target = pk?.length === 1 && pk[0] === targetColumn ? fk.references.table : `${fk.references.table}.${targetColumn}`;
    fkFlags.set(column, { fk, target });
  }

  const entry = new YAMLMap();
  if (table.description) entry.add(new Pair(new Scalar('description'), node(table.description)));
  const columns = new YAMLMap();
  for (const c of table.columns) {
    const flags: ColumnFlags = { primaryKey: c.name === pkColumn, unique: uniqueFlags.has(c.name), reference: fkFlags.get(c.name) ?? null };
    columns.add(new Pair(new Scalar(c.name), compact(columnEntry(c, flags), 6, c.name)));
  }
  entry.add(new Pair(new Scalar('columns'), columns));

  if (table.primaryKey && pkColumn === undefined) entry.add(new Pair(new Scalar('primaryKey'), flowSeq(table.primaryKey.columns)));
  const list = (key: string, items: unknown[]) => {
    if (items.length === 0) return;
    const seq = new YAMLSeq();
    for (const item of items) seq.add(compact(item, 6, ''));
    entry.add(new Pair(new Scalar(key), seq));
  };

  const flagged = new Set([...fkFlags.values()].map((r) => r?.fk));
  list(
    'foreignKeys',
    table.foreignKeys
      .filter((fk) => !flagged.has(fk))
      .map((fk) => foreignKeyEntry(fk, name(naming.foreignKey, fk.columns), targetPk, warn)),
  );
  const flaggedUniques = new Set(uniqueFlags.values());
  list(
    'unique',
    table.uniques
      .filter((u) => !flaggedUniques.has(u))
      .map((u) => {
        const explicit = u.name !== name(naming.unique, u.columns) ? keptName(u.name, `unique constraint ${u.name}`, warn) : undefined;
        if (!explicit && !u.nullsNotDistinct) return [...u.columns];
        return {
          ...(explicit ? { name: explicit } : {}),
          columns: [...u.columns],
          ...(u.nullsNotDistinct ? { nullsNotDistinct: true } : {}),
        };
      }),
  );
  const ruleChecks = new Set(
    table.columns.flatMap((c) => [
      ...(c.min !== null || c.max !== null ? [conventionalName(naming.check, { table: table.name, name: `${c.name}_range` })] : []),
      ...(c.nonEmpty ? [conventionalName(naming.check, { table: table.name, name: `${c.name}_not_blank` })] : []),
    ]),
  );
  list(
    'checks',
    table.checks
      .filter((c) => !ruleChecks.has(c.name))
      .map((c) => {
        let short = checkShortName(naming.check, table.name, c.name);
        if (short === null) {
          short = safeIdentifier(c.name);
          warn(`check ${c.name} cannot keep its name under the naming pattern ${naming.check}; it is written as ${short}`);
        }
        return { name: short, expression: c.expression };
      }),
  );
  list(
    'indexes',
    table.indexes.map((ix) => indexEntry(ix, table.name, model, warn)),
  );
  return { value: entry, warnings };
}

function foreignKeyEntry(
  fk: ForeignKey,
  conventional: string,
  targetPk: (target: string) => readonly string[] | null,
  warn: (message: string) => void,
): Record<string, unknown> {
  const pk = targetPk(fk.references.table);
  const samePk = pk !== null && pk.length === fk.references.columns.length && pk.every((c, i) => c === fk.references.columns[i]);
  const explicit = fk.name !== conventional ? keptName(fk.name, `foreign key ${fk.name}`, warn) : undefined;
  return {
    ...(explicit ? { name: explicit } : {}),
    columns: [...fk.columns],
    references: { table: fk.references.table, ...(samePk ? {} : { columns: [...fk.references.columns] }) },
    ...(fk.onDelete !== 'no action' ? { onDelete: fk.onDelete } : {}),
    ...(fk.onUpdate !== 'no action' ? { onUpdate: fk.onUpdate } : {}),
  };
}

function indexEntry(ix: Index, table: string, model: Model, warn: (message: string) => void): Record<string, unknown> {
  const expression = ix.keys.length === 1 && ix.keys[0]?.column === null ? (ix.keys[0].expression ?? '') : null;
  const columns = ix.keys.map((k) => `${k.column ?? ''}${k.descending ? ' desc' : ''}`);
  const conventional = conventionalName(ix.unique ? model.naming.uniqueIndex : model.naming.index, {
    table,
    columns: ix.keys.map((k) => k.column ?? ''),
  });
  let indexName: string | undefined;
  if (expression !== null || ix.name !== conventional) {
    indexName = keptName(ix.name, `index ${ix.name}`, warn);
    if (indexName === undefined && expression !== null) {
      indexName = safeIdentifier(ix.name);
      warn(`index ${ix.name} is written as ${indexName}: an expression index needs a name the spec accepts`);
    }
  }
  return {
    ...(indexName ? { name: indexName } : {}),
    ...(expression !== null ? { expression } : { columns }),
    ...(ix.unique ? { unique: true } : {}),
    ...(ix.using !== 'btree' ? { using: ix.using } : {}),
    ...(ix.where ? { where: ix.where } : {}),
  };
}

/** The name when the spec accepts it as an identifier; otherwise undefined (and a warning): the spec then generates one. */
function keptName(name: string, what: string, warn: (message: string) => void): string | undefined {
  const problem = identifierProblem(name);
  if (problem === null) return name;
  warn(`${what} cannot keep its name: it ${problem.replace(/^"[^"]*" /, '')}; the spec generates one`);
  return undefined;
}

function safeIdentifier(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z]+/, '');
  return (cleaned || 'unnamed').slice(0, 63);
}
