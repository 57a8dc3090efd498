export const DOCS_DIR = 'docs/schema';

/** The file of a module's page, relative to DOCS_DIR. */
export const modulePage = (module: string): string => `${module}.md`;

/** GitHub's heading anchor for a table name (lowercase snake_case is kept as it is). */
export const tableAnchor = (table: string): string =>
  table
    .toLowerCase()
    .replace(/[^a-z0-9_ -]/g, '')
    .replace(/ /g, '-');
