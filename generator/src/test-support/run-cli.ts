import { main } from '../cli/main.js';
import type { CliIO } from '../cli/io.js';
import { REPO_ROOT } from './paths.js';

/** Runs `gen` in-process with captured output. */
export async function runCli(args: readonly string[], cwd = REPO_ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd, isTTY: false, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
