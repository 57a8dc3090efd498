/** Why a migration run stopped. Returned in the result (never thrown by migrate()). */
export type MigrationErrorKind =
  /** The folder holds a misnamed file or an unknown directive. */
  | 'invalid-migrations'
  /** The history and the files disagree, or the database cannot be migrated as it is; nothing ran. */
  | 'refused'
  /** A statement failed; its migration was rolled back (or, without a transaction, stopped there). */
  | 'statement-failed'
  /** Connecting, locking or reading the history failed. */
  | 'database';

export interface FailedStatement {
  /** 1-based position among the migration's statements. */
  readonly index: number;
  /** Line of the migration file the statement starts on. */
  readonly line: number;
  readonly sql: string;
}

export class MigrationError extends Error {
  constructor(
    readonly kind: MigrationErrorKind,
    message: string,
    readonly details: {
      readonly migration?: string;
      readonly statement?: FailedStatement;
      /** SQLSTATE of the failure, when PostgreSQL gave one. */
      readonly code?: string;
      /** Only for a migration without a transaction: its statements before the failing one stay applied. */
      readonly partiallyApplied?: boolean;
      readonly cause?: unknown;
    } = {},
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}
