import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../../generator/src/pipeline/load-model.js';
import { modelForPhase } from '../../../generator/src/model/model.js';
import { tableNames } from '../../../generator/src/emit/ts/ts-names.js';
import { REPO_ROOT, REPO_SPEC } from '../../../generator/src/test-support/paths.js';

/**
 * zod's inferred types must be assignable to the Kysely row types, for every table, with no
 * casts: a generated file of type assertions is compiled together with the hand-written
 * usage file (whose @ts-expect-error lines must stay errors).
 */
describe('types', () => {
  it('every table’s zod schemas infer types assignable to its Kysely row types, and misuse does not compile', () => {
    const model = modelForPhase(loadModelOrThrow(REPO_SPEC), 'live');
    const modules = new Map(model.modules.map((m) => [m.key, m]));
    const dir = join(REPO_ROOT, 'packages', 'db', '.type-test');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const lines = [
      "import type { z } from 'zod';",
      // Each module's schemas from its own entry point, row types from the root, as a service imports them.
      "import type * as sdk from '../src/index.js';",
      ...[...new Set(model.tables.map((t) => t.module))].map((m) => `import type * as ${m}_ from '../src/generated/${m}/index.js';`),
      'type Assignable<T extends U, U> = [T, U];',
      ...model.tables.flatMap((t) => {
        const module = modules.get(t.module);
        if (!module) return [];
        const n = tableNames(t, module);
        const m = `${module.key}_`;
        return [
          `export type ${n.row}Select = Assignable<z.infer<typeof ${m}.${n.rowSchema}>, sdk.${n.row}>;`,
          `export type ${n.row}Insert = Assignable<z.infer<typeof ${m}.${n.insertSchema}>, sdk.${n.insert}>;`,
          `export type ${n.row}Change = Assignable<z.infer<typeof ${m}.${n.updateSchema}>, sdk.${n.update}>;`,
        ];
      }),
    ];
    writeFileSync(join(dir, 'agreement.ts'), `${lines.join('\n')}\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../tsconfig.base.json',
        compilerOptions: { noEmit: true },
        include: ['agreement.ts', '../test/types/usage.ts'],
      }),
    );
    let output = '';
    try {
      execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    rmSync(dir, { recursive: true, force: true });
    expect(output).toBe('');
    expect(lines.length).toBeGreaterThan(3 * 150);
  }, 240_000);
});
