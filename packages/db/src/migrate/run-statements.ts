import { MigrationError } from './migration-error.js';
import type { MigrationFile } from './migration-files.js';
import type { MigrationSession } from './session.js';
import { splitScript } from './split-statements.js';

/**
 * Runs one migration's statements, then `record` (its history rows), in one transaction: a
 * failure rolls everything back, so the database is exactly as before the migration, and the
 * error names the statement. Statements go one by one (not as one script) for that reason.
 * A `-- migrate:no-transaction` migration runs each statement on its own instead.
 */
export async function runStatements(session: MigrationSession, file: MigrationFile, record: string): Promise<MigrationError | null> {
  const statements = splitScript(file.sql);
  const transaction = !file.directives.noTransaction;
  if (transaction) await session.exec('BEGIN');
  for (const [i, statement] of statements.entries()) {
    try {
      await session.exec(statement.sql);
    } catch (error) {
      if (transaction) await session.exec('ROLLBACK').catch(() => undefined);
      const sql = statement.sql.replace(/^(\s*--[^\n]*\n)+/, '');
      const where = `statement ${i + 1} of ${statements.length} (line ${statement.line})`;
      const outcome = transaction
        ? 'It was rolled back: the database is as it was before this migration.'
        : `It runs without a transaction: statements 1–${i} stay applied; make the rest safe to re-run, then run again.`;
      return new MigrationError(
        'statement-failed',
        `${file.name} failed at ${where}: ${(error as Error).message}\n  ${sql.split('\n').slice(0, 3).join('\n  ')}\n${outcome}`,
        {
          migration: file.name,
          statement: { index: i + 1, line: statement.line, sql },
          code: sqlState(error),
          partiallyApplied: !transaction && i > 0,
          cause: error,
        },
      );
    }
  }
  try {
    await session.exec(record);
    if (transaction) await session.exec('COMMIT');
    return null;
  } catch (error) {
    if (transaction) await session.exec('ROLLBACK').catch(() => undefined);
    return new MigrationError('statement-failed', `${file.name} could not be recorded or committed: ${(error as Error).message}`, {
      migration: file.name,
      code: sqlState(error),
      cause: error,
    });
  }
}

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
