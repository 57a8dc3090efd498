/** Where a command writes. Tests pass their own to capture output without spawning a process. */
export interface CliIO {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readonly isTTY: boolean;
}

export const processIO: CliIO = {
  cwd: process.cwd(),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY && process.stdin.isTTY),
};

/** Raised by a command for a failure already explained to the user: only the exit code is left to set. */
export class ExitError extends Error {
  constructor(
    readonly exitCode: number,
    message = '',
  ) {
    super(message);
  }
}
