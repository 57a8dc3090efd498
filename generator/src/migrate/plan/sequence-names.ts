import { byteLength, MAX_IDENTIFIER_BYTES } from '../../model/naming.js';

/**
 * The name PostgreSQL gives the sequence of an identity or serial column (`<table>_<column>_seq`,
 * shortened the way its makeObjectName does: the longer part loses characters first). A
 * renamed table's sequences get it too, so a renamed database and one built from empty agree.
 */
export function defaultSequenceName(table: string, column: string): string {
  const label = 'seq';
  const available = MAX_IDENTIFIER_BYTES - label.length - 2;
  let a = byteLength(table);
  let b = byteLength(column);
  while (a + b > available) {
    if (a > b) a--;
    else b--;
  }
  // Spec identifiers are ASCII (^[a-z][a-z0-9_]*$), so bytes are characters.
  return `${table.slice(0, a)}_${column.slice(0, b)}_${label}`;
}
