import { createHash } from 'node:crypto';

/** A SQL text with a stable prepared-statement name derived from it. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/**
 * Statements are built once per table and column set and reused: the text never contains a
 * value, only `$n` placeholders, and identifiers come from the generated table definitions.
 */
export class StatementCache {
  private readonly cache = new Map<string, Statement>();

  get(key: string, build: () => string): Statement {
    let statement = this.cache.get(key);
    if (!statement) {
      const text = build();
      statement = { text, name: `pc_${createHash('sha1').update(text).digest('hex').slice(0, 20)}` };
      this.cache.set(key, statement);
    }
    return statement;
  }
}

/** Table and column names are checked identifiers from the spec; quoted anyway so reserved words are safe. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
