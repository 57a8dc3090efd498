// `gen` run from the TypeScript sources (with tsx), for tests that need a real process and
// terminal: the compiled bin runs dist/, which may be older than the code under test.
import { main } from '../../cli/main.js';

process.exitCode = await main(process.argv.slice(2));
