import { moduleByPrefix, toSnakeCase } from '../lint/support/name-words.js';
import type { Model, Module } from '../model/model.js';
import { identifierProblem } from '../model/identifier.js';
import { errorAt, type NewTableIssue } from './new-table-issue.js';
import { closest, didYouMean } from './suggest.js';

export interface TableTarget {
  /** The full name, module prefix included. */
  readonly name: string;
  readonly module: Module;
}

/**
 * The table's full name and module from what the user gave: `polls --module soc` becomes
 * `soc_polls`, and `soc_polls` alone finds module soc by its prefix. A name that carries
 * another module's prefix, or a module that does not exist, is refused with the fix.
 */
export function resolveTableName(input: string, moduleKey: string | undefined, model: Model): TableTarget | NewTableIssue {
  const modules = new Map(model.modules.map((m) => [m.key, m]));
  const prefixed = model.modules.filter((m) => m.prefix !== '');
  const name = input.trim();
  const moduleList = model.modules.map((m) => m.key).join(', ');
  if (name === '') return errorAt({ kind: 'name' }, 'table-name', 'the table needs a name', 'e.g. gen new-table polls --module soc');
  if (identifierProblem(name) !== null) {
    const snake = toSnakeCase(name);
    return errorAt(
      { kind: 'name' },
      'invalid-identifier',
      `table name "${name}" must be lowercase snake_case (^[a-z][a-z0-9_]*$, at most 63 bytes)`,
      snake !== name ? `name it "${snake}"` : undefined,
    );
  }

  let module: Module | undefined;
  if (moduleKey !== undefined) {
    module = modules.get(moduleKey);
    if (!module) {
      return errorAt(
        { kind: 'module' },
        'unknown-module',
        `unknown module "${moduleKey}"${didYouMean(closest(moduleKey, [...modules.keys()]))}`,
        `use one of: ${moduleList}`,
      );
    }
  } else {
    module = moduleByPrefix(name, model);
    if (!module) {
      return errorAt(
        { kind: 'module' },
        'module-required',
        `"${name}" carries no module prefix, so its module is unknown`,
        `pass --module <key> (${moduleList}), or start the name with a module's prefix (${prefixed.map((m) => m.prefix).join(', ')})`,
      );
    }
  }

  const other = moduleByPrefix(name, model);
  let full: string;
  if (module.prefix === '') {
    if (other) {
      return errorAt(
        { kind: 'name' },
        'table-prefix',
        `"${name}" carries the prefix "${other.prefix}" of module ${other.key}, but core tables are unprefixed`,
        `use --module ${other.key}, or drop the prefix`,
      );
    }
    full = name;
  } else if (name.startsWith(module.prefix)) {
    full = name;
  } else if (other && other.key !== module.key) {
    const stem = name.slice(other.prefix.length);
    return errorAt(
      { kind: 'name' },
      'table-prefix',
      `"${name}" carries the prefix "${other.prefix}" of module ${other.key}, not "${module.prefix}" of module ${module.key}`,
      `use --module ${other.key} for a ${other.key} table, or name it "${module.prefix}${stem}" (--module ${module.key} adds the prefix: gen new-table ${stem} --module ${module.key})`,
    );
  } else {
    // `ai_models` for module ai (prefix ai__) is a mistyped prefix, not a name to prefix again.
    const base = module.prefix.replace(/_+$/, '');
    const mistyped = new RegExp(`^${base}_+`).exec(name);
    if (mistyped) {
      const stem = name.slice(mistyped[0].length);
      return errorAt(
        { kind: 'name' },
        'table-prefix',
        `"${name}" starts with "${mistyped[0]}", but the prefix of module ${module.key} is "${module.prefix}"`,
        `name it "${module.prefix}${stem}"`,
      );
    }
    full = module.prefix + name;
  }

  const problem = identifierProblem(full);
  if (problem) return errorAt({ kind: 'name' }, 'invalid-identifier', `table name ${problem}`, 'choose a shorter name');
  const existing = model.tables.find((t) => t.name === full);
  if (existing) {
    const where = existing.location ? ` (${existing.location.file}:${existing.location.line})` : '';
    return errorAt(
      { kind: 'name' },
      'duplicate-table',
      `table "${full}" already exists${where}`,
      'add the columns to it in its module file, or choose a name that says how the new table differs',
    );
  }
  return { name: full, module };
}

export const isIssue = (value: TableTarget | NewTableIssue): value is NewTableIssue => 'severity' in value;
