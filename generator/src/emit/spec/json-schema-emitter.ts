import { readCached, writeCached } from '../../spec/spec-cache.js';
import { formatFingerprint, specFormat } from '../../spec/spec-format.js';
import type { Emitter } from '../emitter.js';

export const SPEC_JSON_SCHEMA_PATH = 'schema-spec/spec.schema.json';

/**
 * The JSON Schema each spec file references for editor completion and checking. It depends on
 * the format alone, so it is cached under the format's fingerprint: building it needs zod, which
 * a build of an unchanged spec otherwise never loads.
 */
export const jsonSchemaEmitter: Emitter = {
  name: 'spec-json-schema',
  owns: [SPEC_JSON_SCHEMA_PATH],
  emit() {
    const key = `json-schema-${formatFingerprint()}`;
    let text = readCached<{ text: string }>(key)?.text;
    if (text === undefined) {
      text = `${JSON.stringify(specFormat().specJsonSchema(), null, 2)}\n`;
      writeCached(key, { text });
    }
    return new Map([[SPEC_JSON_SCHEMA_PATH, text]]);
  },
};
