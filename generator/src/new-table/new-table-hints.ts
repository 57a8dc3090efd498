/**
 * What to do about a spec problem or lint diagnostic in terms of `gen new-table`'s own flags
 * and syntax. The messages already say how to fix the spec; these say how to fix the command.
 */
const HINTS: Readonly<Record<string, string>> = {
  'description-required': 'pass --description "…": one sentence saying what one row is',
  'near-duplicate-table': 'add the columns to the existing table instead, or choose a name that says how the new table differs',
  'plural-table': 'name the table in the plural',
  'table-prefix': 'give the name without a prefix and the module with --module; the prefix is added',
  'module-reference':
    "reference a table of a module this module may reference (modules.<key>.references in the root spec), or ask the module's owners to extend that list",
  'phase-order': 'plan the new table for the same phase as its target: --status planned --phase y1|y2',
  'primary-key': 'keep the standard columns (drop --no-defaults), or add an id column',
  'timestamp-columns': 'keep the standard columns (drop --no-defaults), or use --append-only for rows that are never updated',
  'boolean-prefix': 'rename the column in --columns',
  'fk-column-name': 'rename the column in --columns',
  'reserved-word': 'rename it in --columns (or the table name)',
  'invalid-foreign-key': 'give the column the type of the referenced key, or leave the type out: name->table',
};

export const hintFor = (code: string): string | undefined => HINTS[code];
