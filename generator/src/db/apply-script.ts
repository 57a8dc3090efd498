import { splitStatements } from '../sql/split-statements.js';
import type { DbClient } from './db-client.js';

/**
 * Applies a generated schema script in transactions of at most `batchSize` statements, so a
 * 500-table schema does not exhaust the server's shared lock table in one transaction.
 */
export async function applyScript(db: DbClient, script: string, batchSize = 150): Promise<void> {
  const statements = splitStatements(script);
  for (let i = 0; i < statements.length; i += batchSize) {
    await db.exec(`BEGIN;\n${statements.slice(i, i + batchSize).join('\n')}\nCOMMIT;`);
  }
}
