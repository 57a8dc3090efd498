/**
 * The statement splitter is the migration runner's (`@poultryco/db/migrate` runs migrations
 * statement by statement and must not depend on the generator); the generator uses the same one.
 */
export { splitStatements, splitScript, type ScriptStatement } from '@poultryco/db/migrate';
