import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { LintDiagnostic } from '../lint/run-lint.js';
import { lintModel } from '../lint/run-lint.js';
import type { Model, Module, Phase, Table, TableStatus } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import { displayPath } from '../spec/load-spec.js';
import type { Problem, SourceLocation } from '../spec/problem.js';
import { parseColumns, type ColumnDraft, type Span } from './column-syntax.js';
import { hintFor } from './new-table-hints.js';
import { hasErrors, type IssueOrigin, type NewTableIssue } from './new-table-issue.js';
import type { SpecContext } from './spec-context.js';
import { overlayModuleFile } from './spec-overlay.js';
import { buildTable } from './table-builder.js';
import { isIssue, resolveTableName } from './table-name.js';
import { renderEnumEntries, renderTableEntry, type LineRole } from './yaml-render.js';
import { indentUnit, insertIntoModuleFile, newModuleFileText, type ModuleFileEdit } from './yaml-insert.js';

export interface NewTableRequest {
  /** As typed: with or without the module prefix. */
  readonly name: string;
  readonly module: string | undefined;
  readonly description: string | undefined;
  /** The `--columns` string. */
  readonly columns: string;
  readonly defaults: boolean;
  readonly appendOnly: boolean;
  readonly status: TableStatus;
  readonly phase: Phase;
}

export interface NewTablePlan {
  /** The table as resolved in the new model. */
  readonly table: Table;
  readonly module: Module;
  readonly file: {
    readonly path: string;
    readonly display: string;
    /** The file's text now; null when the module has no file yet. */
    readonly original: string | null;
  };
  readonly edit: ModuleFileEdit;
  /** The YAML added (enums, then the table), as it appears in the file. */
  readonly snippet: string;
  readonly enums: readonly string[];
  /** The whole model with the table: what `gen build` will emit. */
  readonly model: Model;
  /** Lint warnings the table introduces; they do not stop it. */
  readonly warnings: readonly NewTableIssue[];
}

export interface PlanResult {
  readonly plan: NewTablePlan | null;
  readonly issues: readonly NewTableIssue[];
  /** The parsed columns, for showing issues against `--columns`. */
  readonly drafts: readonly ColumnDraft[];
}

/**
 * Everything `gen new-table` does short of writing: name → columns → table entry → module file
 * text → model (the whole spec with the new file) → lint, diffed against the current spec so
 * only what the new table introduces counts. Any error: no plan, and nothing may be written.
 *
 * With `columnsOptional`, a blank `--columns` means "no columns yet" (interactive mode checks
 * the name before asking for columns).
 */
export function planNewTable(context: SpecContext, request: NewTableRequest, options: { columnsOptional?: boolean } = {}): PlanResult {
  const { model } = context;
  const target = resolveTableName(request.name, request.module, model);
  if (isIssue(target)) return { plan: null, issues: [target], drafts: [] };

  const parsed = options.columnsOptional && request.columns.trim() === '' ? { columns: [], issues: [] } : parseColumns(request.columns);
  const drafts = parsed.columns;
  const syntaxIssues: NewTableIssue[] = parsed.issues.map((i) => ({
    severity: 'error',
    code: 'column-syntax',
    message: i.message,
    origin: { kind: 'column', index: -1, span: i.span },
    location: null,
  }));
  if (syntaxIssues.length > 0) return { plan: null, issues: syntaxIssues, drafts };

  const draft = buildTable(target, drafts, request, { model, columnSets: context.columnSets });
  if (hasErrors(draft.issues)) return { plan: null, issues: draft.issues, drafts };

  const file = moduleFile(context, target.module);
  const base = file.original ?? newModuleFileText(target.module.key, file.schemaRef);
  const unit = indentUnit(base);
  const tableLines = renderTableEntry(draft.table, unit);
  const enumLines = renderEnumEntries(draft.enums, unit);
  const edit = insertIntoModuleFile(
    base,
    { name: target.name, phase: request.phase, lines: tableLines.map((l) => l.text) },
    enumLines.map((l) => l.text),
  );
  if (typeof edit === 'string')
    return { plan: null, issues: [{ ...issue('module-file', edit), location: { file: file.display, line: 1, column: 1 } }], drafts };

  const roles = new Map<number, LineRole>();
  tableLines.forEach((l, i) => roles.set(edit.tableLine + i, l.role));
  if (edit.enumLine !== null) enumLines.forEach((l, i) => roles.set((edit.enumLine ?? 0) + i, l.role));
  const locate = new IssueLocator(target.name, file.display, roles, drafts, edit);

  const overlay = overlayModuleFile(context.spec, file.path, edit.text);
  const resolved = overlay.spec ? resolveModel(overlay.spec) : { model: null, problems: overlay.problems };
  const issues = [...draft.issues, ...resolved.problems.map((p) => locate.problem(p))];
  if (!resolved.model) return { plan: null, issues, drafts };

  const after = lintModel(resolved.model).diagnostics;
  const before = new Set(context.baselineDiagnostics(new Set(after.map((d) => d.ruleId))).map(diagnosticKey));
  for (const d of after) if (!before.has(diagnosticKey(d))) issues.push(locate.diagnostic(d));
  if (hasErrors(issues)) return { plan: null, issues, drafts };

  const table = resolved.model.tables.find((t) => t.name === target.name);
  if (!table) throw new Error(`new-table: ${target.name} is missing from the model it was added to`);
  const snippet = [
    ...(enumLines.length > 0 ? ['enums:', ...enumLines.map((l) => `  ${l.text}`)] : []),
    'tables:',
    ...tableLines.map((l) => `  ${l.text}`),
  ].join('\n');
  return {
    plan: {
      table,
      module: target.module,
      file: { path: file.path, display: file.display, original: file.original },
      edit,
      snippet: `${snippet}\n`,
      enums: draft.enums.map((e) => e.name),
      model: resolved.model,
      warnings: issues,
    },
    issues,
    drafts,
  };
}

/** The module's file (an existing one, or where a new one goes). */
function moduleFile(context: SpecContext, module: Module): { path: string; display: string; original: string | null; schemaRef: string } {
  const loaded = context.spec.modules.find((m) => m.data.module === module.key);
  const path = loaded ? resolve(loaded.source.path) : join(context.modulesDir, `${module.key}.yaml`);
  const schema = join(dirname(context.rootPath), 'spec.schema.json');
  const schemaRef = relative(context.modulesDir, schema).split(sep).join('/');
  return { path, display: displayPath(path), original: existsSync(path) ? readFileSync(path, 'utf8') : null, schemaRef };
}

/** Diagnostics are matched by rule, message id and subject: a count in the text may change without the problem being new. */
const diagnosticKey = (d: LintDiagnostic): string => `${d.ruleId}|${d.messageId}|${d.subject}`;

const issue = (code: string, message: string): NewTableIssue => ({ severity: 'error', code, message, origin: null, location: null });

/** The part of a column a problem code is about, for pointing into `--columns`. */
const PART_OF_CODE: Readonly<Record<string, 'name' | 'type' | 'default' | 'references'>> = {
  'invalid-identifier': 'name',
  'duplicate-column': 'name',
  'boolean-prefix': 'name',
  'snake-case': 'name',
  'reserved-word': 'name',
  'no-version-suffix': 'name',
  'identifier-length': 'name',
  'fk-column-name': 'name',
  'unknown-type': 'type',
  'invalid-enum': 'type',
  'enum-naming': 'type',
  'timestamp-columns': 'type',
  'invalid-default': 'default',
  'unknown-fk-target': 'references',
  'unknown-fk-column': 'references',
  'invalid-foreign-key': 'references',
  'module-reference': 'references',
  'phase-order': 'references',
  'fk-indexed': 'references',
};

/** Codes about a table's name: reported at its key, and shown against the name the user gave. */
const NAME_CODES = new Set([
  'invalid-identifier',
  'duplicate-table',
  'table-prefix',
  'name-collision',
  'duplicate-legacy-name',
  'near-duplicate-table',
  'plural-table',
  'reserved-word',
  'no-version-suffix',
  'snake-case',
  'identifier-length',
]);

/** Turns spec problems and lint diagnostics located in the new lines into issues about the request. */
class IssueLocator {
  constructor(
    private readonly table: string,
    private readonly file: string,
    private readonly roles: ReadonlyMap<number, LineRole>,
    private readonly drafts: readonly ColumnDraft[],
    private readonly edit: ModuleFileEdit,
  ) {}

  problem(p: Problem): NewTableIssue {
    return this.make('error', p.code, p.message, p.location);
  }

  diagnostic(d: LintDiagnostic): NewTableIssue {
    return this.make(d.severity, d.ruleId, d.message, d.location);
  }

  private make(severity: 'error' | 'warn', code: string, message: string, location: SourceLocation | null): NewTableIssue {
    const role = location?.file === this.file ? this.roles.get(location.line) : undefined;
    // A name clash can be reported at the other table (near-duplicate-table reports the later
    // name in sort order); it is still about the name the user chose.
    const aboutName = !role && NAME_CODES.has(code) && message.includes(`"${this.table}"`);
    const origin: IssueOrigin | null = role ? this.origin(role, code) : aboutName ? { kind: 'name' } : null;
    const hint = hintFor(code);
    return {
      severity,
      code,
      message,
      ...(hint !== undefined ? { hint } : {}),
      origin,
      location: origin ? null : this.originalLocation(location),
    };
  }

  private origin(role: LineRole, code: string): IssueOrigin {
    // The key line carries the table's own diagnostics too (no primary key, no description).
    if (role.kind === 'name' && !NAME_CODES.has(code)) return { kind: code === 'description-required' ? 'description' : 'table' };
    if (role.kind !== 'column') return { kind: role.kind };
    const draft = this.drafts[role.index];
    if (!draft) return { kind: 'table' };
    const part = role.part === 'column' ? PART_OF_CODE[code] : role.part;
    const span: Span = (part && draft.spans[part]) || draft.spans.column;
    return { kind: 'column', index: role.index, span };
  }

  /** A location elsewhere in the edited file, as a line of the file on disk (before the insertion). */
  private originalLocation(location: SourceLocation | null): SourceLocation | null {
    if (!location || location.file !== this.file) return location;
    let line = location.line;
    let offset = 0;
    for (const ins of this.edit.insertions) {
      const startLine = this.edit.text.slice(0, ins.offset + offset).split('\n').length;
      const added = ins.text.split('\n').length - 1;
      if (location.line >= startLine + added) line -= added;
      offset += ins.text.length;
    }
    return { ...location, line };
  }
}
