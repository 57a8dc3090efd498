import { createInterface } from 'node:readline';

/**
 * How interactive mode asks questions. The terminal one reads stdin; tests pass a scripted one.
 */
export interface Prompter {
  /** Shows `question` (with `initial` already typed, to edit) and resolves with the line, or null when input ends (Ctrl-D, Ctrl-C). */
  ask(question: string, initial?: string): Promise<string | null>;
  close(): void;
}

/** A prompter on the process's terminal. */
export function terminalPrompter(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Prompter {
  const terminal = Boolean((output as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal });
  // Ctrl-C would otherwise only pause the input and leave the question waiting forever.
  rl.on('SIGINT', () => rl.close());
  // The iterator buffers lines, so answers typed (or pasted) ahead are not lost between questions.
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, initial) {
      rl.setPrompt(question);
      rl.prompt();
      if (initial && terminal) rl.write(initial);
      const next = await lines.next();
      return next.done ? null : String(next.value);
    },
    close: () => rl.close(),
  };
}
