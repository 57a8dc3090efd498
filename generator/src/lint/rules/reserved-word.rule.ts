import { RESERVED_WORDS } from '../../sql/reserved-words.js';
import { defineRule, docsAnchor } from '../rule.js';
import { modelIdentifiers } from '../support/identifiers.js';
import { createInflector } from '../../model/inflection.js';

/** Usual replacements for reserved words that tempt as column names. */
const SUGGESTIONS: Readonly<Record<string, string>> = {
  order: 'sort_order',
  user: 'profile_id',
  group: 'group_name',
  default: 'is_default',
  primary: 'is_primary',
  unique: 'is_unique',
  desc: 'description',
  end: 'ends_at',
  limit: 'max_count',
  offset: 'offset_count',
  table: 'table_name',
  column: 'column_name',
  check: 'check_result',
  references: 'reference',
  from: 'from_id',
  to: 'to_id',
  when: 'occurred_at',
  where: 'location',
  window: 'time_window',
  current_date: 'as_of_date',
};

export const reservedWordRule = defineRule({
  meta: {
    id: 'reserved-word',
    description: 'No table, column, enum, constraint or index is named after a PostgreSQL reserved key word.',
    defaultSeverity: 'error',
    messages: {
      reserved:
        '{{kind}} "{{name}}" is a PostgreSQL reserved key word and needs quoting in every query; rename it, e.g. to "{{suggestion}}"',
    },
    docs: docsAnchor('reserved-word'),
  },
  check(model, ctx) {
    const { plural } = createInflector();
    for (const id of modelIdentifiers(model)) {
      // Enum values are string literals, never identifiers.
      if (id.kind === 'enum value' || !RESERVED_WORDS.has(id.name)) continue;
      ctx.report({
        messageId: 'reserved',
        ...id,
        data: {
          kind: id.kind,
          name: id.name,
          suggestion: id.kind === 'table' ? plural(id.name) : (SUGGESTIONS[id.name] ?? `${id.name}_value`),
        },
      });
    }
  },
});
