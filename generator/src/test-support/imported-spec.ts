import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Model, Phase } from '../model/model.js';
import { emitAll } from '../pipeline/build.js';
import { ddlEmitter, SCHEMA_SQL_PATH } from '../emit/ddl/ddl-emitter.js';
import type { ImportResult } from '../introspect/introspect.js';
import { specDocuments } from '../introspect/spec-yaml/spec-documents.js';

/** The schema script `gen build` writes for a model. */
export function ddlFor(model: Model, phase: Phase): string {
  return emitAll(model, { phase, emitters: [ddlEmitter] }).outputs.get(SCHEMA_SQL_PATH) ?? '';
}

/** Writes an import as spec YAML into a temp folder; returns the folder, the root file and the texts. */
export function writeImportedSpec(result: ImportResult): { dir: string; root: string; files: ReadonlyMap<string, string> } {
  const { files } = specDocuments(result.model, {
    warnings: result.warnings,
    suggestions: result.suggestions,
    header: 'Imported by gen import (test).',
  });
  const dir = mkdtempSync(join(tmpdir(), 'gen-import-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, root: join(dir, `${result.model.name}.yaml`), files };
}
