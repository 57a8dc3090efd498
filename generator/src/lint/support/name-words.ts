import type { Model, Module } from '../../model/model.js';

/** snake_case: lowercase words of letters and digits joined by single underscores. */
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/**
 * Whether `name` is snake_case. Module prefixes that end in a double underscore (`ai__`) are
 * part of the standard, so they count as one underscore wherever they appear
 * (`ai__embeddings`, `pk_ai__embeddings`).
 */
export function isSnakeCase(name: string, model: Model): boolean {
  return SNAKE_CASE.test(name.includes('__') ? collapseModulePrefixes(name, model) : name);
}

function collapseModulePrefixes(name: string, model: Model): string {
  let out = name;
  for (const m of model.modules) {
    if (m.prefix.endsWith('__')) out = out.split(m.prefix).join(m.prefix.replace(/_+$/, '_'));
  }
  return out;
}

/** `isActive`, `Post-Tags`, `user__id`, `HTTPStatus` → `is_active`, `post_tags`, `user_id`, `http_status`. */
export function toSnakeCase(name: string): string {
  return (
    name
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .toLowerCase()
      .replace(/_+/g, '_')
      .replace(/^_|_$/g, '') || 'unnamed'
  );
}

/** The name without its module's prefix (unchanged if it does not carry it). */
export function withoutPrefix(name: string, module: Module | undefined): string {
  return module && module.prefix !== '' && name.startsWith(module.prefix) ? name.slice(module.prefix.length) : name;
}

export const words = (name: string): string[] => name.split('_').filter((w) => w !== '');

/** Modules by key, for rules that look a table's module up. */
export function moduleIndex(model: Model): ReadonlyMap<string, Module> {
  return new Map(model.modules.map((m) => [m.key, m]));
}

/** The module whose (longest) prefix `name` starts with; core tables have none. */
export function moduleByPrefix(name: string, model: Model): Module | undefined {
  return [...model.modules]
    .filter((m) => m.prefix !== '' && name.startsWith(m.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}
