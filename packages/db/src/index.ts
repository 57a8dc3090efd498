export {
  createDb,
  type CreateDbOptions,
  type ConnectionOptions,
  type Db,
  type Transaction,
  type Repositories,
  type ModuleRepositories,
} from './create-db.js';
export {
  Repository,
  type FindManyOptions,
  type PageOptions,
  type Page,
  type Where,
  type OrderBy,
  type SortDirection,
  type RepositoryOptions,
} from './repository/repository.js';
export {
  PoultrycoDbError,
  ValidationError,
  NotFoundError,
  QueryError,
  DatabaseError,
  UniqueViolationError,
  ForeignKeyViolationError,
  NotNullViolationError,
  CheckViolationError,
  type ValidationIssue,
  type QueryOption,
} from './errors.js';
export type { Json } from './json.js';
export type { TableDefinition, RowValidator, RowValidation, ValidatorIssue } from './table.js';
export type { PgliteLike } from './driver/executor.js';
export * from './generated/index.js';
