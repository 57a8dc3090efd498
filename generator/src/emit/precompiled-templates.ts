import type Handlebars from 'handlebars';
import { contentHash } from '../spec/spec-cache.js';

/** Next to templates.js in generator/dist/emit; CommonJS, so it loads synchronously. */
export const PRECOMPILED_TEMPLATES_FILE = 'templates.precompiled.cjs';

export interface PrecompiledTemplates {
  /** templatesHash() of the sources they were compiled from: a stale file is never used. */
  readonly hash: string;
  readonly templates: Readonly<Record<string, ReturnType<typeof Handlebars.precompile>>>;
}

export function templatesHash(sources: ReadonlyMap<string, string>): string {
  return contentHash(...[...sources].flat());
}
