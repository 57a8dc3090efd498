import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Phase } from '../../generator/src/model/model.js';
import { writeSyntheticSpec } from '../synthetic-spec.js';
import { nodeCommand, timeProcess } from './process.js';
import { ensureGeneratorBuilt, GEN_BIN, REPO_SPEC, workDir } from './repo.js';

/** One spec size the scaling benchmarks run at. */
export interface SpecSize {
  readonly key: string;
  readonly label: string;
  readonly spec: string;
  readonly phase: Phase;
}

export const SIZE_KEYS = ['live', '585', '2000', '5000'] as const;

/** The sizes named in BENCH_SIZES (comma-separated keys) or `fallback`; synthetic specs are written on first use. */
export function specSizes(fallback: readonly string[] = SIZE_KEYS): SpecSize[] {
  const keys = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',') : fallback;
  return keys.map((key) => {
    if (key === 'live') return { key, label: 'live spec', spec: REPO_SPEC, phase: 'live' };
    if (key === '585') return { key, label: 'full spec (y2)', spec: REPO_SPEC, phase: 'y2' };
    const tables = Number(key);
    if (!Number.isInteger(tables)) throw new Error(`unknown size ${key}: use live, 585 or a table count`);
    const dir = workDir('specs', `synthetic-${tables}`);
    const root = join(dir, 'poultryco.yaml');
    if (!existsSync(root)) writeSyntheticSpec(dir, tables);
    return { key, label: `synthetic ${tables}`, spec: root, phase: 'y2' };
  });
}

export const genArgs = (size: SpecSize, command: string, ...rest: string[]): string[] => [
  GEN_BIN,
  command,
  '--spec',
  size.spec,
  ...(command === 'build' ? ['--phase', size.phase] : []),
  ...rest,
];

/** Builds the size once into a scratch folder; returns its DDL, table count and the folder. */
export async function primeBuild(size: SpecSize): Promise<{ ddl: string; tables: number; dir: string; hash: string }> {
  ensureGeneratorBuilt();
  const dir = workDir('build', size.key, 'prime');
  rmSync(dir, { recursive: true, force: true });
  const run = await timeProcess(nodeCommand, genArgs(size, 'build', '--out', dir));
  const tables = Number(/built (\d+) tables/.exec(run.stdout)?.[1] ?? Number.NaN);
  const ddl = readFileSync(join(dir, 'packages', 'db', 'sql', 'schema.sql'), 'utf8');
  const hash = createHash('sha1').update(ddl).digest('hex').slice(0, 10);
  return { ddl, tables, dir, hash };
}
