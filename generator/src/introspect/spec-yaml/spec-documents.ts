import { Document, Pair, Scalar, YAMLMap } from 'yaml';
import type { Model, Module } from '../../model/model.js';
import { DEFAULT_NAMING } from '../../model/naming.js';
import { SPEC_VERSION } from '../../spec/spec-schema.js';
import type { ImportWarning } from '../import-warning.js';
import { singleLineSql } from '../../sql/sql-text.js';
import { tableEntry } from './table-entry.js';
import { compact, flowSeq, keyWithComments, node, YAML_OPTIONS } from './yaml-style.js';

export interface SpecFiles {
  /** Path relative to the output folder (`poultryco.yaml`, `modules/soc.yaml`) → YAML text. */
  readonly files: ReadonlyMap<string, string>;
  /** Names the spec format cannot carry (found while writing). */
  readonly warnings: readonly ImportWarning[];
}

export interface SpecAnnotations {
  readonly warnings: readonly ImportWarning[];
  readonly suggestions: ReadonlyMap<string, string>;
  /** The first line of every file, saying where it came from. */
  readonly header: string;
}

/**
 * model → spec YAML: the root file and one file per module that has tables or enums, written
 * with the yaml Document API so the output is deterministic (model order, fixed styles) and
 * carries the import's warnings and suggestions as comments where they apply.
 */
export function specDocuments(model: Model, notes: SpecAnnotations): SpecFiles {
  const files = new Map<string, string>();
  const warnings: ImportWarning[] = [];
  files.set(`${model.name}.yaml`, rootDocument(model, notes));
  for (const module of model.modules) {
    const text = moduleDocument(model, module, notes, warnings);
    if (text !== null) files.set(`modules/${module.key}.yaml`, text);
  }
  return { files, warnings };
}

function rootDocument(model: Model, notes: SpecAnnotations): string {
  const root: Record<string, unknown> = { version: SPEC_VERSION, name: model.name };
  if (model.description) root.description = model.description;
  root.schema = model.schema;
  root.teams = Object.fromEntries(
    model.teams.map((t) => [
      t.key,
      { title: t.title, ...(t.handle ? { handle: t.handle } : {}), ...(t.description ? { description: t.description } : {}) },
    ]),
  );
  const doc = new Document(root);
  const modules = new YAMLMap();
  for (const m of model.modules) modules.add(new Pair(new Scalar(m.key), moduleDeclaration(m)));
  (doc.contents as YAMLMap).add(new Pair(new Scalar('modules'), modules));
  (doc.contents as YAMLMap).add(new Pair(new Scalar('naming'), node({ ...DEFAULT_NAMING, ...model.naming })));
  if (Object.keys(model.lint.rules).length > 0 || Object.keys(model.lint.options).length > 0) {
    const lint: Record<string, unknown> = {};
    if (Object.keys(model.lint.rules).length > 0) lint.rules = model.lint.rules;
    if (Object.keys(model.lint.options).length > 0) lint.options = model.lint.options;
    (doc.contents as YAMLMap).add(new Pair(new Scalar('lint'), node(lint)));
  }
  // Warnings about the schema, and about tables that are not in the spec at all (partitions,
  // unusable names): the module files carry the others, at their tables.
  const tables = new Set(model.tables.map((t) => t.name));
  const here = notes.warnings.filter((w) => w.table === null || !tables.has(w.table));
  doc.commentBefore = [
    ` ${notes.header}`,
    ...(here.length > 0
      ? [
          '',
          ' Not represented in the spec (gen import warnings):',
          ...here.map((w) => `   ${w.code}: ${w.table ? `${w.table}: ` : ''}${singleLineSql(w.message)}`),
        ]
      : []),
  ].join('\n');
  return doc.toString(YAML_OPTIONS);
}

function moduleDeclaration(m: Module): YAMLMap {
  const decl: Record<string, unknown> = { prefix: m.prefix, title: m.title, owner: m.owner };
  if (m.description) decl.description = m.description;
  const value = node(decl) as YAMLMap;
  value.add(new Pair(new Scalar('targets'), compact(m.targets, 8, 'targets')));
  value.add(new Pair(new Scalar('references'), flowSeq(m.references)));
  return value;
}

function moduleDocument(model: Model, module: Module, notes: SpecAnnotations, warnings: ImportWarning[]): string | null {
  const enums = model.enums.filter((e) => e.module === module.key);
  const tables = model.tables.filter((t) => t.module === module.key);
  if (enums.length === 0 && tables.length === 0) return null;
  const doc = new Document({ version: SPEC_VERSION, module: module.key });
  const contents = doc.contents as YAMLMap;
  if (enums.length > 0) {
    const map = new YAMLMap();
    for (const e of enums) {
      const value = new YAMLMap();
      if (e.description) value.add(new Pair(new Scalar('description'), node(e.description)));
      value.add(new Pair(new Scalar('values'), flowSeq(e.values)));
      map.add(new Pair(new Scalar(e.name), value));
    }
    contents.add(new Pair(new Scalar('enums'), map));
  }
  if (tables.length > 0) {
    const map = new YAMLMap();
    for (const t of tables) {
      const { value, warnings: written } = tableEntry(t, model);
      warnings.push(...written);
      const suggestion = notes.suggestions.get(t.name);
      const comments = [
        ...(suggestion ? [`gen import: ${suggestion}`] : []),
        ...[...notes.warnings, ...written]
          .filter((w) => w.table === t.name)
          .map((w) => `gen import: ${w.code}: ${singleLineSql(w.message)}`),
      ];
      map.add(new Pair(keyWithComments(t.name, comments), value));
    }
    contents.add(new Pair(new Scalar('tables'), map));
  }
  doc.commentBefore = ` ${module.title} (${module.key}): ${notes.header}`;
  return doc.toString(YAML_OPTIONS);
}
