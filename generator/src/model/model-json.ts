import type { Model } from './model.js';

/**
 * The model as plain JSON, the shape `gen spec --json` prints and other tools read
 * (documented in docs/spec-json.md). Source locations are left out: they describe the spec
 * files, not the database.
 */
export function modelToJson(model: Model): string {
  return `${JSON.stringify({ format: 'poultryco-db/model', version: 1, ...model }, (key, value: unknown) => (key === 'location' ? undefined : value), 2)}\n`;
}
