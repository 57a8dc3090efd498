import { nodeCommand, timeProcess, type ProcessRun } from './process.js';
import { KYSELY_CODEGEN_BIN } from './repo.js';

/** The peer: kysely-codegen generating types for the database at `url` into `outFile`, timed as a fresh process. */
export function runKyselyCodegen(url: string, outFile: string): Promise<ProcessRun> {
  return timeProcess(nodeCommand, [
    KYSELY_CODEGEN_BIN,
    '--url',
    url,
    '--dialect',
    'postgres',
    '--out-file',
    outFile,
    '--log-level',
    'error',
  ]);
}
