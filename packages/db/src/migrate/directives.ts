/**
 * What a migration file says about how it runs, in `-- migrate:` comment lines at its top:
 *
 * - `-- migrate:no-transaction`: statements that PostgreSQL refuses inside a transaction block
 *   (CREATE INDEX CONCURRENTLY …) run one by one, each committed on its own.
 * - `-- migrate:legacy`: the one-time migration from the Supabase-era database (`gen migrate
 *   legacy`). It runs only on a database that has tables but no history; a database built from
 *   the history skips it.
 * - `-- migrate:baseline <name>`: in a legacy migration, a migration of the history whose result
 *   the legacy migration reaches; it is recorded as baselined instead of being run.
 */
export interface MigrationDirectives {
  readonly noTransaction: boolean;
  readonly legacy: boolean;
  readonly baseline: readonly string[];
}

const DIRECTIVE = /^--\s*migrate:([a-z-]+)(?:\s+(.*?))?\s*$/;

/** Reads the directives of the leading comment block; unknown or misplaced ones are problems. */
export function readDirectives(sql: string): { directives: MigrationDirectives; problems: string[] } {
  const problems: string[] = [];
  let noTransaction = false;
  let legacy = false;
  const baseline: string[] = [];
  for (const [i, raw] of sql.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    if (!line.startsWith('--')) break;
    const match = DIRECTIVE.exec(line);
    if (!match) continue;
    const [, name, argument] = match;
    if (name === 'no-transaction' && !argument) noTransaction = true;
    else if (name === 'legacy' && !argument) legacy = true;
    else if (name === 'baseline' && argument && /^\S+$/.test(argument)) baseline.push(argument);
    else
      problems.push(`line ${i + 1}: unknown directive "${line}" (known: migrate:no-transaction, migrate:legacy, migrate:baseline <name>)`);
  }
  if (baseline.length > 0 && !legacy) problems.push('migrate:baseline is only allowed in a legacy migration (-- migrate:legacy)');
  return { directives: { noTransaction, legacy, baseline }, problems };
}
