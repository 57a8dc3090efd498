import { byteLength, MAX_IDENTIFIER_BYTES } from '../../model/naming.js';
import { defineRule, docsAnchor } from '../rule.js';
import { modelIdentifiers } from '../support/identifiers.js';

export const identifierLengthRule = defineRule({
  meta: {
    id: 'identifier-length',
    description: `Every identifier the DDL contains (generated constraint and index names included) and every enum value is at most ${MAX_IDENTIFIER_BYTES} bytes.`,
    defaultSeverity: 'error',
    messages: {
      tooLong:
        '{{kind}} "{{name}}" is {{bytes}} bytes; PostgreSQL silently cuts names to {{max}} bytes (bytes, not characters), so two long names can collide; shorten it by at least {{over}} bytes',
    },
    docs: docsAnchor('identifier-length'),
  },
  check(model, ctx) {
    for (const id of modelIdentifiers(model)) {
      const bytes = byteLength(id.name);
      if (bytes <= MAX_IDENTIFIER_BYTES) continue;
      ctx.report({
        messageId: 'tooLong',
        ...id,
        data: { kind: id.kind, name: id.name, bytes, max: MAX_IDENTIFIER_BYTES, over: bytes - MAX_IDENTIFIER_BYTES },
      });
    }
  },
});
