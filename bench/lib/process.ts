import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessRun {
  readonly ms: number;
  /** Peak resident set size of the process tree (GNU time's %M), in MB. */
  readonly peakRssMb: number;
  /** User + system CPU time of the process and its children (GNU time's %U + %S), ms: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to completion under /usr/bin/time, which reports the peak RSS of the process
 * and its children (tsc 7's launcher runs a native binary). Wall time is measured here.
 */
export function timeProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean } = {},
): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pcb-time-'));
  const timeFile = join(dir, 'time');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let measured = [Number.NaN, Number.NaN, Number.NaN];
      try {
        measured = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
      } catch {
        // time writes nothing when the command could not start; the exit code says so.
      }
      rmSync(dir, { recursive: true, force: true });
      const [kb = Number.NaN, user = Number.NaN, system = Number.NaN] = measured;
      const run = { ms, peakRssMb: kb / 1024, cpuMs: (user + system) * 1000, code: code ?? -1, stdout, stderr };
      if (run.code !== 0 && !options.allowFailure) {
        reject(new Error(`${command} ${args.join(' ')} exited ${run.code}:\n${stderr.slice(-2000)}${stdout.slice(-2000)}`));
      } else resolve(run);
    });
  });
}

export const nodeCommand = process.execPath;
