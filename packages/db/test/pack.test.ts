import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { applyScript } from '../../../generator/src/db/apply-script.js';
import { REPO_ROOT } from '../../../generator/src/test-support/paths.js';
import { createTestDatabase, type TestDatabase } from '../../../generator/src/test-support/test-database.js';

/*
 * The package as a service gets it: built, packed with `npm pack`, installed from the tarball into
 * a fresh project outside the repository (so nothing resolves from the workspace), type-checked
 * there with the repo's tsc and run against the database. See consumer/consumer.ts.
 */
const run = promisify(execFile);
const PACKAGE_DIR = join(REPO_ROOT, 'packages', 'db');
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const PGLITE_VERSION = '0.5.16';

let temp: string | null = null;
let database: TestDatabase | null = null;

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
  await database?.drop();
});

/**
 * npm run from `npm test` passes its own settings down (npm_config_local_prefix is the repo root):
 * the child npm must see only the user's configuration, as in a fresh shell.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set([
    'npm_config_cache',
    'npm_config_userconfig',
    'npm_config_globalconfig',
    'npm_config_registry',
    'npm_config_cafile',
  ]);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || keep.has(k.toLowerCase())));
}

interface Packed {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** The consumer with each `@ts-expect-error TSxxxx` directive removed, and the errors it must then have. */
function withoutDirectives(source: string): { source: string; expected: string[] } {
  const expected: string[] = [];
  const lines = source.split('\n').map((line, i) => {
    const match = /^\s*\/\/ @ts-expect-error (TS\d+) /.exec(line);
    if (!match) return line;
    expected.push(`consumer.ts(${i + 2}): ${match[1]}`);
    return '';
  });
  return { source: lines.join('\n'), expected };
}

describe('the packed package', () => {
  it('installs from its tarball, type-checks in a fresh project (misuse does not) and runs', { timeout: 180_000 }, async () => {
    const env = cleanEnv();
    const dir = (temp = await mkdtemp(join(tmpdir(), 'poultryco-db-pack-')));
    const app = join(dir, 'app');

    const prepareSchema = (async () => {
      if (!process.env.DATABASE_URL) return;
      database = await createTestDatabase();
      await applyScript(database.db, await readFile(join(PACKAGE_DIR, 'sql', 'schema.sql'), 'utf8'));
    })();

    // Incremental: after `npm ci` (whose prepare step builds the package) this only re-checks.
    await run('npm', ['run', 'build', '--workspace', '@poultryco/db'], { cwd: REPO_ROOT, env });
    const { stdout: packJson } = await run('npm', ['pack', PACKAGE_DIR, '--pack-destination', dir, '--json'], { cwd: dir, env });
    const [packed] = JSON.parse(packJson) as Packed[];
    const files = new Set(packed?.files.map((f) => f.path));
    for (const path of [
      'package.json',
      'README.md',
      'sql/schema.sql',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/generated/soc/index.d.ts',
      'dist/migrate/index.d.ts',
    ]) {
      expect(files, path).toContain(path);
    }
    expect([...files].filter((f) => /^migrations\/\d{14}_[a-z0-9_]+\.sql$/.test(f)).length).toBeGreaterThan(0);
    // Nothing of the source, the tests or the incremental build info.
    expect([...files].filter((f) => /^(src|test)\/|\.tsbuildinfo$|\.test\./.test(f))).toEqual([]);

    await mkdir(app);
    await writeFile(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'poultryco-db-consumer',
        private: true,
        type: 'module',
        dependencies: { '@poultryco/db': `file:../${packed?.filename}`, '@electric-sql/pglite': PGLITE_VERSION, pg: '8.23.1' },
      }),
    );
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: app, env });

    const consumer = await readFile(join(PACKAGE_DIR, 'test', 'consumer', 'consumer.ts'), 'utf8');
    const stripped = withoutDirectives(consumer);
    expect(stripped.expected.length).toBeGreaterThanOrEqual(8);
    await writeFile(join(app, 'consumer.ts'), stripped.source);
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          verbatimModuleSyntax: true,
          skipLibCheck: true,
          types: ['node'],
        },
        files: ['consumer.ts'],
      }),
    );
    // Without the directives, exactly the marked lines fail, each with its code; JS is emitted anyway.
    const tsc = await run(process.execPath, [TSC, '-p', app, '--pretty', 'false'], { cwd: app, env }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    const errors = tsc
      .split('\n')
      .filter((l) => /error TS\d+/.test(l))
      .map((l) => l.replace(/^(consumer\.ts\(\d+),\d+\): error (TS\d+):.*$/, '$1): $2'));
    expect(errors.sort()).toEqual(stripped.expected.sort());

    await prepareSchema;
    const { stdout } = await run(process.execPath, ['consumer.js'], {
      cwd: app,
      env: { ...env, DATABASE_URL: process.env.DATABASE_URL ?? '', PACK_SCHEMA: database?.schema ?? '' },
    });
    expect(JSON.parse(stdout.trim().split('\n').pop() ?? '')).toEqual({ ok: true, driver: process.env.DATABASE_URL ? 'pg' : 'pglite' });

    // A service that imports only the root never makes its compiler read zod's declarations
    // (the schemas come from the module entry points); one that imports a module does.
    const declarationsRead = async (source: string): Promise<string[]> => {
      await writeFile(join(app, 'entry.ts'), source);
      await writeFile(
        join(app, 'tsconfig.entry.json'),
        JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true }, files: ['entry.ts'] }),
      );
      const { stdout: files } = await run(process.execPath, [TSC, '-p', join(app, 'tsconfig.entry.json'), '--listFiles'], {
        cwd: app,
        env,
      });
      return files.split('\n');
    };
    const rootOnly = await declarationsRead(
      "import { createDb, type SocPost } from '@poultryco/db';\nexport const open = (url: string) => createDb({ connectionString: url });\nexport type Post = SocPost;\n",
    );
    expect(rootOnly.some((f) => f.includes('/@poultryco/db/'))).toBe(true);
    expect(rootOnly.filter((f) => f.includes('/node_modules/zod/'))).toEqual([]);
    const withModule = await declarationsRead("export { newSocPostSchema } from '@poultryco/db/soc';\n");
    expect(withModule.some((f) => f.includes('/node_modules/zod/'))).toBe(true);
  });
});
