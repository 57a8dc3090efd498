import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, TOOLS_DIR } from './repo.js';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly versions: Readonly<Record<string, string>>;
  /** 1-minute load average when the benchmark started and ended: above the core count, timings are noisy. */
  readonly load: { start: number; end: number | null };
}

const PACKAGES = ['kysely', 'kysely-codegen', 'pg', 'zod', 'typescript', '@electric-sql/pglite', 'yaml', 'handlebars', 'yargs'];

function packageVersion(root: string, name: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

export function describeMachine(): Machine {
  const versions: Record<string, string> = {};
  for (const name of PACKAGES) {
    const v = packageVersion(REPO_ROOT, name);
    if (v) versions[name] = v;
  }
  const tsc7 = packageVersion(TOOLS_DIR, 'typescript');
  if (tsc7) versions['typescript (bench/tools)'] = tsc7;
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    versions,
    load: { start: loadavg()[0] ?? 0, end: null },
  };
}

export function machineLines(machine: Machine, postgres?: string | null): string[] {
  const load = `load ${machine.load.start.toFixed(2)}${machine.load.end === null ? '' : ` → ${machine.load.end.toFixed(2)}`} on ${machine.cores} cores`;
  return [
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; ${load}${
      machine.load.start > machine.cores ? ' (busy: figures are noisy)' : ''
    }`,
    `node ${machine.node}; ${Object.entries(machine.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}${postgres ? `; ${postgres}` : ''}`,
  ];
}

export function finishMachine(machine: Machine): Machine {
  return { ...machine, load: { ...machine.load, end: loadavg()[0] ?? 0 } };
}
