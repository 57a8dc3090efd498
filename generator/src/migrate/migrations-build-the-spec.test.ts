import { join } from 'node:path';
import { migrate } from '@poultryco/db/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelForPhase } from '../model/model.js';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { REPO_ROOT, REPO_SPEC } from '../test-support/paths.js';
import { runCli } from '../test-support/run-cli.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { readDatabaseState } from './database-state.js';
import { remainingDifferences } from './remaining-differences.js';

/*
 * The CI check that keeps the history honest: `migrate up` on an empty database must build
 * exactly the spec's live database. A spec change without its migration fails here, with the
 * differences and what to run.
 */
const spec = loadModelOrThrow(REPO_SPEC);
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('packages/db/migrations', () => {
  it(
    'build exactly the spec on an empty database (each migration in one transaction, also on a server)',
    { timeout: 180_000 },
    async () => {
      const result = await migrate({ session: t.db, migrations: join(REPO_ROOT, 'packages', 'db', 'migrations') });
      expect(result.error?.message).toBeUndefined();
      expect(result.results.length).toBeGreaterThan(0);
      expect(result.results.every((r) => r.status === 'applied' || r.status === 'skipped')).toBe(true);
      const remaining = remainingDifferences(modelForPhase(spec, 'live'), await readDatabaseState(t.db, t.schema, spec));
      expect(remaining, 'the spec changed without a migration: run `npx gen migrate new <name>` and commit the file').toEqual([]);
    },
  );

  it.runIf(Boolean(process.env.DATABASE_URL))('and gen check --db finds no drift there', { timeout: 60_000 }, async () => {
    const { code, stdout } = await runCli(['check', '--db', t.url ?? '', '--schema', t.schema]);
    expect(stdout).toMatch(/matches the spec/);
    expect(code).toBe(0);
  });
});
