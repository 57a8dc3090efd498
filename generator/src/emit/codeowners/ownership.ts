import type { Model, Team } from '../../model/model.js';

export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/**
 * The team that owns what belongs to no single module: the root spec and the shared
 * generated files. The spec has no setting for it, so it is the owner of the unprefixed
 * (core) module — the platform team everything else hangs off — or, without one, the first
 * team by key that has a handle.
 */
export function defaultOwner(model: Model): Team | null {
  const core = model.modules.find((m) => m.prefix === '');
  const coreTeam = core ? model.teams.find((t) => t.key === core.owner && t.handle) : undefined;
  return coreTeam ?? model.teams.find((t) => t.handle) ?? null;
}
