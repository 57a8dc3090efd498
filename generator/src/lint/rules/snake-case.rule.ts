import { defineRule, docsAnchor } from '../rule.js';
import { modelIdentifiers } from '../support/identifiers.js';
import { isSnakeCase, toSnakeCase } from '../support/name-words.js';

export const snakeCaseRule = defineRule({
  meta: {
    id: 'snake-case',
    description: 'Tables, columns, enum types, constraints, indexes and triggers are named in lowercase snake_case.',
    defaultSeverity: 'error',
    messages: {
      notSnakeCase: '{{kind}} "{{name}}" is not snake_case (lowercase words joined by single underscores); rename it to "{{suggestion}}"',
    },
    docs: docsAnchor('snake-case'),
  },
  check(model, ctx) {
    for (const id of modelIdentifiers(model)) {
      // Enum values are labels, not identifiers; enum-naming holds them to snake_case.
      if (id.kind === 'enum value' || isSnakeCase(id.name, model)) continue;
      ctx.report({ messageId: 'notSnakeCase', ...id, data: { kind: id.kind, name: id.name, suggestion: toSnakeCase(id.name) } });
    }
  },
});
