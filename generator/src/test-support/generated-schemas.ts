import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ZodType } from 'zod';
import { GENERATED_TS_DIR, sdkEmitter } from '../emit/ts/sdk-emitter.js';
import type { Model, Phase } from '../model/model.js';
import { emitAll } from '../pipeline/build.js';
import { REPO_ROOT } from './paths.js';

export interface GeneratedSchemas {
  /** Table name → its generated zod insert schema. */
  readonly insert: ReadonlyMap<string, ZodType>;
  /** The emitted files, by path relative to the generated folder (`tst/schemas.ts`). */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * A model's generated SDK files, written to `dir` beside stubs that re-export the SDK's runtime
 * (the generated files import ../../validators.js and ../../table.js) and imported, so a test
 * can run the validators a spec produces. `dir` must be inside the repository (zod resolves from it).
 */
export async function importGeneratedSchemas(model: Model, phase: Phase, dir: string): Promise<GeneratedSchemas> {
  const files = new Map<string, string>();
  for (const [path, contents] of emitAll(model, { phase, emitters: [sdkEmitter] }).outputs) {
    const local = path.slice(GENERATED_TS_DIR.length + 1);
    files.set(local, contents);
    const target = join(dir, 'src', 'generated', local);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  const sdkSource = relative(join(dir, 'src'), join(REPO_ROOT, 'packages', 'db', 'src'));
  for (const runtime of ['validators', 'table', 'json'])
    writeFileSync(join(dir, 'src', `${runtime}.ts`), `export * from '${sdkSource}/${runtime}.js';\n`);
  const { tables } = (await import(pathToFileURL(join(dir, 'src', 'generated', 'database.ts')).href)) as {
    tables: Record<string, Record<string, { name: string; insertSchema: ZodType }>>;
  };
  const insert = new Map(Object.values(tables).flatMap((m) => Object.values(m).map((d) => [d.name, d.insertSchema] as const)));
  return { insert, files };
}
