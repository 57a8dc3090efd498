import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import type { Templates } from './emitter.js';
import { PRECOMPILED_TEMPLATES_FILE, templatesHash, type PrecompiledTemplates } from './precompiled-templates.js';

/** `templates/` at the repo root, from both generator/src/emit and generator/dist/emit. */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');

/** Output is code, not HTML: nothing is escaped. Strict: a view missing a field is an error, not an empty string. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

const require = createRequire(import.meta.url);
const PRECOMPILED_PATH = join(dirname(fileURLToPath(import.meta.url)), PRECOMPILED_TEMPLATES_FILE);

/**
 * The templates, ready to render, in an isolated Handlebars instance. Templates only lay text
 * out: emitters hand them prepared view models.
 *
 * `npm run build` compiles them once, into generator/dist (precompile-templates.ts); a run then
 * needs only the Handlebars runtime. When the templates changed since (or under vitest, which
 * runs the sources), they are compiled here, with the full Handlebars, to the same functions.
 */
export function loadTemplates(
  dir: string = TEMPLATES_DIR,
  precompiledPath: string | null = dir === TEMPLATES_DIR ? PRECOMPILED_PATH : null,
): Templates {
  const sources = readTemplateSources(dir);
  const precompiled = precompiledPath === null ? null : readPrecompiled(precompiledPath, templatesHash(sources));
  const hbs = precompiled
    ? (require('handlebars/runtime') as typeof Handlebars).create()
    : (require('handlebars') as typeof Handlebars).create();
  hbs.registerHelper('join', (items: unknown, separator: unknown) =>
    Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : '',
  );
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, text] of sources) {
    const spec = precompiled?.templates[name];
    const template = spec ? hbs.template(spec) : hbs.compile(text, COMPILE_OPTIONS);
    compiled.set(name, template);
    if (name.startsWith('partials/')) hbs.registerPartial(name.slice('partials/'.length), template);
  }
  return {
    render(name, view) {
      const template = compiled.get(name);
      if (!template) throw new Error(`no template "${name}" in ${dir}`);
      return template(view);
    },
  };
}

/** Every `.hbs` file under `dir`, by name (`sql/schema.sql`), in name order. */
export function readTemplateSources(dir: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of listTemplates(dir)) {
    const name = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.hbs$/, '');
    sources.set(name, readFileSync(file, 'utf8'));
  }
  return sources;
}

function readPrecompiled(path: string, hash: string): PrecompiledTemplates | null {
  try {
    const precompiled = require(path) as PrecompiledTemplates;
    return precompiled.hash === hash ? precompiled : null;
  } catch {
    return null;
  }
}

function listTemplates(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return listTemplates(path);
      return entry.endsWith('.hbs') ? [path] : [];
    });
}
