// vitest setup file: loads the spec format with import(), which vitest can serve from the .ts
// sources, before any test loads a spec (spec-format.ts explains why it is loaded lazily).
import { preloadSpecFormat } from '../spec/spec-format.js';

await preloadSpecFormat();
