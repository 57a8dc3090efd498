import { specJsonSchema } from '../../spec/spec-schema.js';
import type { Emitter } from '../emitter.js';

export const SPEC_JSON_SCHEMA_PATH = 'schema-spec/spec.schema.json';

/** The JSON Schema each spec file references for editor completion and checking. */
export const jsonSchemaEmitter: Emitter = {
  name: 'spec-json-schema',
  owns: [SPEC_JSON_SCHEMA_PATH],
  emit() {
    return new Map([[SPEC_JSON_SCHEMA_PATH, `${JSON.stringify(specJsonSchema(), null, 2)}\n`]]);
  },
};
