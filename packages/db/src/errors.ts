/** Base of every error the SDK raises on purpose. */
export class PoultrycoDbError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export interface ValidationIssue {
  /** Path of the offending value, e.g. `content` or `metadata.location.district`. */
  readonly path: string;
  readonly message: string;
}

/** A row failed the generated zod validator before reaching the database. */
export class ValidationError extends PoultrycoDbError {
  constructor(
    readonly table: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`invalid ${table} row: ${issues.map((i) => `${i.path || '(row)'}: ${i.message}`).join('; ')}`);
  }
}

/** getById / update / a key lookup found no row. */
export class NotFoundError extends PoultrycoDbError {
  constructor(
    readonly table: string,
    readonly key: Readonly<Record<string, unknown>>,
  ) {
    super(`no ${table} row with ${JSON.stringify(key)}`);
  }
}

/** The part of a repository call a QueryError is about. */
export type QueryOption = 'where' | 'orderBy' | 'onConflict' | 'row' | 'limit' | 'after' | 'id' | 'key';

/**
 * A repository call refused before any SQL is sent: a column the table does not have (in
 * `where`, `orderBy`, `onConflict`, or a row written with validation off), an order direction
 * other than asc/desc, a limit that is not a non-negative integer, a page cursor the SDK did not
 * issue, an id for a table whose primary key has several columns, a key missing one of them.
 * These are programming errors (the types rule most of them out); `option` and `column` say
 * where the call went wrong.
 */
export class QueryError extends PoultrycoDbError {
  constructor(
    readonly table: string,
    readonly option: QueryOption,
    message: string,
    readonly column: string | null = null,
  ) {
    super(message);
  }
}

/** A PostgreSQL error, with what it names. Subclasses for the constraint violations apps handle. */
export class DatabaseError extends PoultrycoDbError {
  constructor(
    message: string,
    readonly code: string,
    readonly table: string | null,
    readonly constraint: string | null,
    readonly columns: readonly string[],
    cause: unknown,
  ) {
    super(message, { cause });
  }
}
export class UniqueViolationError extends DatabaseError {}
export class ForeignKeyViolationError extends DatabaseError {}
export class NotNullViolationError extends DatabaseError {}
export class CheckViolationError extends DatabaseError {}

const BY_CODE: Record<string, typeof DatabaseError> = {
  '23505': UniqueViolationError,
  '23503': ForeignKeyViolationError,
  '23502': NotNullViolationError,
  '23514': CheckViolationError,
};

interface PgErrorFields {
  code?: string;
  message?: string;
  table?: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

/** Wraps a driver error (node-postgres or PGlite, which share the protocol's fields) in a typed error. */
export function toDatabaseError(error: unknown, fallbackTable: string | null): unknown {
  const e = error as PgErrorFields | null;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code)) return error;
  const Type = BY_CODE[e.code] ?? DatabaseError;
  // "Key (post_id, profile_id)=(…) already exists." names the columns of unique and FK violations.
  const keyColumns = /^Key \(([^)]*)\)=/
    .exec(e.detail ?? '')?.[1]
    ?.split(',')
    .map((c) => c.trim().replace(/^"|"$/g, ''));
  const columns = e.column ? [e.column] : (keyColumns ?? []);
  return new Type(e.message ?? 'database error', e.code, e.table ?? fallbackTable, e.constraint ?? null, columns, error);
}
