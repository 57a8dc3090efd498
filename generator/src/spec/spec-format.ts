import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as SpecSchema from './spec-schema.js';
import { contentHash } from './spec-cache.js';

/**
 * The spec format (spec-schema.ts: zod schemas) is loaded on first use, not at start-up. An
 * unchanged spec file is served already validated from the cache (spec-cache.ts), so a build of
 * an unchanged spec never loads zod, a sixth of `gen build`'s start-up.
 *
 * Loading the spec is synchronous, so the module comes in through require(), which loads ES
 * modules since Node 20.19. Under vitest the sources are .ts files that require() cannot read:
 * the test setup (test-support/preload-spec-format.ts) loads the module with import() first.
 */
const require = createRequire(import.meta.url);
let format: typeof SpecSchema | null = null;

export function specFormat(): typeof SpecSchema {
  return (format ??= require('./spec-schema.js') as typeof SpecSchema);
}

export async function preloadSpecFormat(): Promise<void> {
  format ??= await import('./spec-schema.js');
}

/**
 * The format's own definition, as text: what is derived from the format (validated files, the
 * JSON Schema) is cached under it, so a change to the format (or to zod) never serves a result
 * of the old one.
 */
let fingerprint: string | null = null;
export function formatFingerprint(): string {
  if (fingerprint === null) {
    const compiled = fileURLToPath(new URL('./spec-schema.js', import.meta.url));
    const source = existsSync(compiled) ? compiled : compiled.replace(/\.js$/, '.ts');
    let zod = '';
    try {
      zod = readFileSync(join(dirname(fileURLToPath(import.meta.resolve('zod'))), 'package.json'), 'utf8');
    } catch {
      // The zod version only sharpens the key.
    }
    fingerprint = contentHash(readFileSync(source, 'utf8'), zod);
  }
  return fingerprint;
}
