import type { MigrationFile } from '@poultryco/db/migrate';
import { quoteIdent as q } from '../../sql/quote.js';
import { statement, type PlannedStatement } from '../plan/planned-statement.js';

const CREATE_VIEW = /^CREATE VIEW ("(?:[^"]|"")+"|[a-z_][a-z0-9_$]*) AS/gim;
const DROP_VIEW = /^DROP VIEW IF EXISTS ("(?:[^"]|"")+"|[a-z_][a-z0-9_$]*);/gim;
const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name);

/** Compat views the legacy migration creates that no later migration has dropped yet. */
export function openCompatViews(files: readonly MigrationFile[]): string[] {
  const created = files.filter((f) => f.directives.legacy).flatMap((f) => [...f.sql.matchAll(CREATE_VIEW)].map((m) => unquote(m[1] ?? '')));
  const dropped = new Set(
    files.filter((f) => !f.directives.legacy).flatMap((f) => [...f.sql.matchAll(DROP_VIEW)].map((m) => unquote(m[1] ?? ''))),
  );
  return [...new Set(created)].filter((v) => !dropped.has(v)).sort();
}

/**
 * DROP VIEW IF EXISTS for each: on the database the legacy migration took over they go; on one
 * built from empty there are none, and the statement does nothing.
 */
export const dropCompatViews = (views: readonly string[]): PlannedStatement[] =>
  views.map((v) => statement('drop-objects', `DROP VIEW IF EXISTS ${q(v)};`));
