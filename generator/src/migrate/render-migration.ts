import type { PlannedStatement, StatementPhase } from './plan/planned-statement.js';

const PHASE_TITLES: Readonly<Partial<Record<StatementPhase, string>>> = {
  extensions: 'Extensions',
  'rename-tables': 'Renames the spec asks for (renamedFrom)',
  'drop-foreign-keys': 'Foreign keys the spec no longer has',
  'drop-objects': 'Constraints, indexes and triggers the spec no longer has',
  'rename-objects': 'Names brought to the convention',
  'drop-changed': 'Constraints and indexes that change (re-created below)',
  'create-enums': 'Enum types',
  'add-enum-values': 'Enum values',
  'drop-tables': 'Tables the spec no longer has',
  'drop-columns': 'Columns the spec no longer has',
  'recreate-enums': 'Enum types replaced (values removed or reordered)',
  'create-tables': 'Tables',
  'add-columns': 'Columns',
  'alter-columns': 'Column changes',
  'add-constraints': 'Primary keys, unique and check constraints',
  'add-foreign-keys': 'Foreign keys',
  'create-indexes': 'Indexes',
  triggers: 'updated_at triggers',
  comments: 'Comments',
  'drop-enums': 'Enum types the spec no longer has',
};

export interface MigrationSection {
  /** A heading of its own; null: one heading per phase. */
  readonly title: string | null;
  readonly statements: readonly PlannedStatement[];
}

/**
 * A migration file: a header of comment lines (directives included), then the statements
 * under a heading per phase, each destructive statement and each one that locks or rewrites a
 * table that holds data preceded by a comment saying so.
 */
export function renderMigration(header: readonly string[], sections: readonly MigrationSection[]): string {
  const out: string[] = header.map((line) => (line.startsWith('--') ? line : `-- ${line}`.trimEnd()));
  for (const section of sections) {
    let heading: string | null = null;
    if (section.title !== null && section.statements.length > 0) out.push('', `-- ${section.title}`);
    for (const s of section.statements) {
      const title = section.title === null ? (PHASE_TITLES[s.phase] ?? s.phase) : null;
      if (title !== null && title !== heading) {
        out.push('', `-- ${title}`);
        heading = title;
      }
      if (s.destructive) out.push(`-- DESTRUCTIVE: ${s.destructive}`);
      if (s.warning) out.push(`-- WARNING: ${s.warning}`);
      out.push(s.sql);
    }
  }
  return `${out.join('\n')}\n`;
}
