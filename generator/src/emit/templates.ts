import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { Templates } from './emitter.js';

/** `templates/` at the repo root, from both generator/src/emit and generator/dist/emit. */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');

/**
 * Compiles every template once per run into an isolated Handlebars instance. Templates only
 * lay text out: emitters hand them prepared view models. Output is code, not HTML, so
 * nothing is HTML-escaped.
 */
export function loadTemplates(dir: string = TEMPLATES_DIR): Templates {
  const hbs = Handlebars.create();
  hbs.registerHelper('join', (items: unknown, separator: unknown) =>
    Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : '',
  );
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of listTemplates(dir)) {
    const name = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.hbs$/, '');
    const template = hbs.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: true });
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

function listTemplates(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return listTemplates(path);
      return entry.endsWith('.hbs') ? [path] : [];
    });
}
