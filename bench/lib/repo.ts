import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPO_SPEC = join(REPO_ROOT, 'schema-spec', 'poultryco.yaml');
/** The compiled CLI, as users run it (`npm ci` builds it; `npm run bench` rebuilds it first). */
export const GEN_BIN = join(REPO_ROOT, 'generator', 'bin', 'gen.js');
export const KYSELY_CODEGEN_BIN = join(REPO_ROOT, 'node_modules', 'kysely-codegen', 'dist', 'cli', 'bin.js');
export const TSC5_BIN = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** TypeScript 7 lives in bench/tools so the repository's own TypeScript stays 5.9. */
export const TOOLS_DIR = join(REPO_ROOT, 'bench', 'tools');
export const TSC7_BIN = join(TOOLS_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

/** The server the benchmarks use; loopback only. */
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Scratch space of one benchmark (specs, generated trees); outside the repository. */
export function workDir(...parts: string[]): string {
  const dir = join(process.env.BENCH_WORK_DIR ?? join(tmpdir(), 'poultryco-bench'), ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `--name value` / `--flag` arguments of a bench script. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const next = process.argv[i + 1];
  return next === undefined || next.startsWith('--') ? 'true' : next;
}

/** Repetitions: BENCH_RUNS overrides, BENCH_QUICK=1 takes fewer. */
export function runs(defaultRuns: number): number {
  if (process.env.BENCH_RUNS) return Math.max(1, Number(process.env.BENCH_RUNS));
  return process.env.BENCH_QUICK ? Math.max(1, Math.ceil(defaultRuns / 3)) : defaultRuns;
}

/**
 * The benchmarks time the compiled CLI (bin/gen.js → dist/), as users run it. Recompiles when a
 * source file or template is newer than the build, so a figure never comes from stale code.
 */
export function ensureGeneratorBuilt(): void {
  const built = join(REPO_ROOT, 'generator', 'dist', 'cli', 'main.js');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
      const path = join(dir, e.name);
      return Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  if (Math.max(newest(join(REPO_ROOT, 'generator', 'src')), newest(join(REPO_ROOT, 'templates'))) > builtAt) {
    process.stderr.write('bench: compiling the generator (npm run build)…\n');
    execFileSync(
      process.execPath,
      [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO_ROOT, 'generator', 'tsconfig.build.json')],
      { stdio: 'inherit' },
    );
    // As `npm run build` does: templates compiled once, or every timed run would compile them.
    execFileSync(process.execPath, [join(REPO_ROOT, 'generator', 'dist', 'emit', 'precompile-templates.js')], { stdio: 'inherit' });
  }
}
