import { parse as parseYaml } from 'yaml';
import { toSnakeCase } from '../lint/support/name-words.js';
import { parseColumnType } from '../model/column-type.js';
import { identifierProblem } from '../model/identifier.js';
import { singularName } from '../model/inflection.js';
import type { ColumnType, Model, Phase, Table, TableStatus } from '../model/model.js';
import { SCALAR_TYPES } from '../model/pg-types.js';
import type { ColumnDefaultDraft, ColumnDraft, Span } from './column-syntax.js';
import { errorAt, type IssueOrigin, type NewTableIssue } from './new-table-issue.js';
import { closest, didYouMean } from './suggest.js';
import type { TableTarget } from './table-name.js';

export interface TableOptions {
  readonly description: string | undefined;
  /** Add the standard column sets (`use: [id, timestamps]`). */
  readonly defaults: boolean;
  /** Rows are never updated: `use: [id]` and a created_at column, no updated_at. */
  readonly appendOnly: boolean;
  readonly status: TableStatus;
  readonly phase: Phase;
}

/** A column as it goes into the module file; `from` is its index in `--columns` (null when added). */
export interface ColumnEntry {
  readonly name: string;
  readonly value: Readonly<Record<string, unknown>>;
  readonly from: number | null;
}

/** The new table, in the key order of the spec's module files. */
export interface TableEntry {
  readonly name: string;
  readonly description: string | undefined;
  readonly status: TableStatus;
  readonly phase: Phase;
  readonly appendOnly: boolean;
  readonly use: readonly string[];
  readonly columns: readonly ColumnEntry[];
  readonly indexes: readonly { readonly columns: readonly string[]; readonly from: number }[];
}

export interface EnumEntry {
  readonly name: string;
  readonly values: readonly string[];
  /** Index of the `enum(…)` column in `--columns`. */
  readonly from: number;
}

export interface TableDraft {
  readonly table: TableEntry;
  readonly enums: readonly EnumEntry[];
  readonly issues: readonly NewTableIssue[];
}

/** Column sets of the root file, by key, with the names of their columns. */
export type ColumnSetColumns = ReadonlyMap<string, readonly string[]>;

/** The standard sets every table uses unless `--no-defaults` (docs/DATABASE_STANDARDS.md). */
export const STANDARD_SETS: readonly string[] = ['id', 'timestamps'];

/**
 * Name of the enum an `enum(a|b)` column declares: the table's singular, then the column
 * (`soc_post_polls.status` → `soc_post_poll_status`), so it carries the module prefix and says
 * what it classifies, as the enum-naming rule asks.
 */
export const enumNameFor = (table: string, column: string): string => `${singularName(table)}_${column}`;

/**
 * Turns the parsed `--columns` into the table entry and enums to add, checking what can be
 * checked against the current model (types, foreign key targets, defaults) so each problem
 * points at its place in `--columns`. The rest is left to the resolver and the lint rules.
 */
export function buildTable(
  target: TableTarget,
  drafts: readonly ColumnDraft[],
  options: TableOptions,
  env: { readonly model: Model; readonly columnSets: ColumnSetColumns },
): TableDraft {
  const { model } = env;
  const issues: NewTableIssue[] = [];
  const at = (index: number, span: Span | null, fallback: Span): IssueOrigin => ({ kind: 'column', index, span: span ?? fallback });

  const wanted = options.defaults ? (options.appendOnly ? ['id'] : STANDARD_SETS) : [];
  const use = wanted.filter((s) => env.columnSets.has(s));
  for (const missing of wanted.filter((s) => !env.columnSets.has(s))) {
    issues.push({
      ...errorAt(
        { kind: 'table' },
        'unknown-column-set',
        `the root spec declares no column set "${missing}", so the table does not get it`,
      ),
      severity: 'warn',
    });
  }
  const fromSets = new Map(use.flatMap((s) => (env.columnSets.get(s) ?? []).map((c) => [c, s] as const)));
  const appendedCreatedAt = options.defaults && options.appendOnly;
  if (appendedCreatedAt) fromSets.set('created_at', '--append-only');

  const tables = new Map(model.tables.map((t) => [t.name, t]));
  const enumValues = new Map(model.enums.map((e) => [e.name, e.values]));
  const enums: EnumEntry[] = [];
  const columns: ColumnEntry[] = [];
  const indexes: { columns: string[]; from: number }[] = [];
  const seen = new Set<string>();

  drafts.forEach((draft, index) => {
    const { name, spans } = draft;
    const nameAt = at(index, spans.name, spans.column);
    const problem = identifierProblem(name);
    if (problem) {
      const snake = toSnakeCase(name);
      issues.push(errorAt(nameAt, 'invalid-identifier', `column name ${problem}`, snake !== name ? `name it "${snake}"` : undefined));
      return;
    }
    if (seen.has(name)) {
      issues.push(errorAt(nameAt, 'duplicate-column', `column "${name}" is listed twice`, 'list each column once'));
      return;
    }
    seen.add(name);
    const set = fromSets.get(name);
    if (set !== undefined) {
      issues.push(
        errorAt(
          nameAt,
          'duplicate-column',
          set === '--append-only'
            ? `column "${name}" is added by --append-only`
            : `column "${name}" comes with the standard column set "${set}" (use: [${use.join(', ')}])`,
          options.defaults ? 'drop it from --columns, or pass --no-defaults to declare every column yourself' : undefined,
        ),
      );
      return;
    }

    // The type: as written, a new enum, or the foreign key target's key type.
    let type: ColumnType | null = null;
    let typeText: string;
    let values: readonly string[] | undefined;
    const typeAt = at(index, spans.type, spans.column);
    if (draft.type?.kind === 'enum') {
      const enumName = enumNameFor(target.name, name);
      const existing = model.enums.find((e) => e.name === enumName);
      if (existing) {
        issues.push(
          errorAt(
            typeAt,
            'duplicate-enum',
            `enum(…) would declare "${enumName}", but that enum exists already (values: ${existing.values.join(', ')})`,
            `use it as the type: ${name}:${enumName}${draft.type.isArray ? '[]' : ''}, or name the column differently`,
          ),
        );
        return;
      }
      enums.push({ name: enumName, values: draft.type.values, from: index });
      values = draft.type.values;
      typeText = `${enumName}${draft.type.isArray ? '[]' : ''}`;
    } else if (draft.type?.kind === 'named') {
      const parsed = parseColumnType(draft.type.text, new Set(enumValues.keys()));
      if (typeof parsed === 'string') {
        issues.push(errorAt(typeAt, 'unknown-type', parsed));
        return;
      }
      type = parsed;
      typeText = draft.type.text;
      values = type.kind === 'enum' ? enumValues.get(type.name) : undefined;
    } else {
      const inferred = keyType(draft, target.name, tables);
      if (typeof inferred === 'string') {
        issues.push(errorAt(at(index, spans.references, spans.column), 'unknown-fk-target', inferred.replace(/^!/, '')));
        return;
      }
      type = inferred;
      typeText = inferred.sql;
    }

    const references = draft.references;
    if (references && references.table !== target.name) {
      const targetTable = tables.get(references.table);
      const refAt = at(index, spans.references, spans.column);
      if (!targetTable) {
        const options = closest(references.table, [...tables.keys()], 3, target.module.prefix);
        issues.push(
          errorAt(
            refAt,
            'unknown-fk-target',
            `foreign key to unknown table "${references.table}"${didYouMean(options)}`,
            options.length > 0 ? `write ->${options[0]}` : 'reference a table of the spec (gen spec --json lists them)',
          ),
        );
        return;
      }
      if (references.column !== null && !targetTable.columns.some((c) => c.name === references.column)) {
        const options = closest(
          references.column,
          targetTable.columns.map((c) => c.name),
        );
        issues.push(
          errorAt(
            refAt,
            'unknown-fk-column',
            `"${references.table}" has no column "${references.column}"${didYouMean(options)}`,
            `reference its key: ->${references.table}`,
          ),
        );
        return;
      }
    }

    let defaultValue: unknown;
    if (draft.default) {
      const converted = convertDefault(draft.default, type, values);
      if (typeof converted === 'string') {
        issues.push(errorAt(at(index, spans.default, spans.column), 'invalid-default', converted));
        return;
      }
      defaultValue = converted.value;
    }

    const value: Record<string, unknown> = { type: typeText };
    if (!options.defaults && name === 'id') value.primaryKey = true;
    if (draft.nullable) value.nullable = true;
    if (draft.default) value.default = defaultValue;
    if (references) value.references = references.column === null ? references.table : `${references.table}.${references.column}`;
    columns.push({ name, value, from: index });
    if (references && value.primaryKey !== true) indexes.push({ columns: [name], from: index });
  });

  if (appendedCreatedAt) columns.push({ name: 'created_at', value: { type: 'timestamptz', default: 'now()' }, from: null });
  return {
    table: {
      name: target.name,
      description: options.description?.trim() || undefined,
      status: options.status,
      phase: options.phase,
      appendOnly: options.appendOnly,
      use,
      columns,
      indexes,
    },
    enums,
    issues,
  };
}

/** The type a foreign key column without a type takes: its target column's (serials store their integer type). */
function keyType(draft: ColumnDraft, self: string, tables: ReadonlyMap<string, Table>): ColumnType | string {
  const ref = draft.references;
  if (!ref) return `column "${draft.name}" needs a type`;
  if (ref.table === self) return `a self-reference needs its type: ${draft.name}:uuid->${self}`;
  const target = tables.get(ref.table);
  if (!target) {
    return `foreign key to unknown table "${ref.table}"${didYouMean(closest(ref.table, [...tables.keys()]))}`;
  }
  const columnName = ref.column ?? (target.primaryKey?.columns.length === 1 ? target.primaryKey.columns[0] : undefined);
  if (columnName === undefined) {
    return target.primaryKey
      ? `"${ref.table}" has a composite primary key (${target.primaryKey.columns.join(', ')}); name the column: ->${ref.table}.<column>, with a type`
      : `"${ref.table}" has no primary key; name the column: ->${ref.table}.<column>`;
  }
  const column = target.columns.find((c) => c.name === columnName);
  if (!column) {
    return `"${ref.table}" has no column "${columnName}"${didYouMean(
      closest(
        columnName,
        target.columns.map((c) => c.name),
      ),
    )}`;
  }
  const serialOf = column.type.kind === 'scalar' ? SCALAR_TYPES[column.type.name]?.serialOf : null;
  return serialOf ? { ...column.type, name: serialOf, sql: serialOf } : column.type;
}

const CALL = /^[a-z_][a-z0-9_]*\(\)$/i;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * The default as the YAML value the spec expects: typed by the column (true/false for booleans,
 * numbers for numeric columns, `fn()` expressions kept as written), quoted text always a string.
 * Returns a message when it cannot be a default of the column.
 */
export function convertDefault(
  draft: ColumnDefaultDraft,
  type: ColumnType | null,
  enumValues: readonly string[] | undefined,
): { value: unknown } | string {
  if (draft.quoted) return { value: draft.text };
  const text = draft.text;
  if (/^null$/i.test(text)) return { value: null };
  if (text.startsWith('[') || text.startsWith('{')) {
    let value: unknown;
    try {
      value = parseYaml(text);
    } catch {
      return `cannot read the default ${text}: write a list like [a, b] or a map like {key: value}`;
    }
    // `{}` is how PostgreSQL spells an empty array.
    if (type?.isArray && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
      return { value: [] };
    return { value };
  }
  if (type?.isArray) return `the default of an array column is a list, e.g. =[] or =[a, b]`;
  if (enumValues) {
    return enumValues.includes(text) ? { value: text } : `default "${text}" is not one of the enum's values (${enumValues.join(', ')})`;
  }
  const category = type?.kind === 'scalar' ? SCALAR_TYPES[type.name]?.category : undefined;
  if (category === 'boolean') {
    return /^(true|false)$/i.test(text) ? { value: text.toLowerCase() === 'true' } : `the default of a boolean column is true or false`;
  }
  if (category === 'integer' || category === 'decimal' || category === 'float') {
    if (CALL.test(text)) return { value: text };
    if (!NUMBER.test(text)) return `the default of a ${type?.sql} column is a number, e.g. =0`;
    // Exact decimals that a JS number would alter (0.10, 1e400) stay strings.
    return { value: String(Number(text)) === text ? Number(text) : text };
  }
  return { value: text };
}
