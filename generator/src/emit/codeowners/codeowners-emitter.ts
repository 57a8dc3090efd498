import { posix } from 'node:path';
import type { Emitter } from '../emitter.js';
import type { Model } from '../../model/model.js';
import { GENERATED_TS_DIR } from '../ts/sdk-emitter.js';
import { DOCS_DIR, modulePage } from '../docs/docs-paths.js';
import { CODEOWNERS_PATH, defaultOwner } from './ownership.js';

/**
 * `.github/CODEOWNERS` from the spec's teams: each module's spec file, generated SDK folder
 * and docs page belong to the module's team; the spec folder, the `@poultryco/db` package and
 * the docs folder as a whole belong to the default owner (see defaultOwner). GitHub applies
 * the last matching line, so the shared lines come first and the module lines override them.
 * Like the docs, it covers the whole plan, whatever phase is built.
 */
export const codeownersEmitter: Emitter = {
  name: 'codeowners',
  owns: [CODEOWNERS_PATH],
  emit(_phased, ctx) {
    return new Map([[CODEOWNERS_PATH, ctx.templates.render('codeowners/CODEOWNERS', codeownersView(ctx.fullModel))]]);
  },
};

interface Rule {
  readonly pattern: string;
  readonly owner: string;
}

function codeownersView(model: Model) {
  const owner = defaultOwner(model);
  const rootSpec = repoPath(model.specFile);
  const shared: Rule[] = owner?.handle
    ? [...(rootSpec ? [`/${posix.dirname(rootSpec)}/`] : []), '/packages/db/', `/${DOCS_DIR}/`, `/${CODEOWNERS_PATH}`].map((pattern) => ({
        pattern,
        owner: owner.handle ?? '',
      }))
    : [];
  const teams = new Map(model.teams.map((t) => [t.key, t]));
  const modules = model.modules.map((m) => {
    const team = teams.get(m.owner);
    const specFile = repoPath(m.file);
    const rules: Rule[] = team?.handle
      ? [...(specFile ? [`/${specFile}`] : []), `/${GENERATED_TS_DIR}/${m.key}/`, `/${DOCS_DIR}/${modulePage(m.key)}`].map((pattern) => ({
          pattern,
          owner: team.handle ?? '',
        }))
      : [];
    const heading = `${m.key}: ${m.title}, owned by ${team?.title ?? m.owner}`;
    return { heading: team?.handle ? heading : `${heading}, which has no handle: its files fall to the default owner`, rules };
  });
  const width = Math.max(0, ...[...shared, ...modules.flatMap((m) => m.rules)].map((r) => r.pattern.length)) + 2;
  const line = (r: Rule) => `${r.pattern.padEnd(width)}${r.owner}`;
  return {
    defaultOwner: owner ? `${owner.title} (${owner.handle}), the owner of the core module` : null,
    shared: shared.map(line),
    modules: modules.map((m) => ({ heading: m.heading, lines: m.rules.map(line) })),
  };
}

/** A path relative to the repo root, or null when it lies outside it (a spec read from elsewhere). */
function repoPath(path: string | null): string | null {
  if (path === null || path.startsWith('../') || posix.isAbsolute(path)) return null;
  return path;
}
