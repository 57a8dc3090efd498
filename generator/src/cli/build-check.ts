import type { Model } from '../model/model.js';
import { checkBuild, type BuildOptions } from '../pipeline/build.js';
import { ExitError, type CliIO } from './io.js';

/** `gen build --check` (and `gen check` without --db): list out-of-date generated files, exit 1 if any. */
export function runBuildCheck(io: CliIO, model: Model, options: BuildOptions): void {
  const changes = checkBuild(model, options);
  if (changes.length === 0) {
    io.stdout('✔ generated files are up to date\n');
    return;
  }
  for (const c of changes)
    io.stderr(`  ${c.status === 'created' ? 'missing' : c.status === 'deleted' ? 'stale  ' : 'changed'}  ${c.path}\n`);
  io.stderr(
    `\n✖ ${changes.length} generated file${changes.length === 1 ? ' is' : 's are'} out of date; run \`npx gen build\` and commit the result.\n`,
  );
  throw new ExitError(1);
}
