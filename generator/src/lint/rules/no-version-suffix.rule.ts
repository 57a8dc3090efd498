import { z } from 'zod';
import { defineRule, docsAnchor } from '../rule.js';
import { modelIdentifiers } from '../support/identifiers.js';

export const DEFAULT_TEMP_SUFFIXES: readonly string[] = ['old', 'new', 'tmp', 'temp', 'copy', 'backup', 'bak', 'bkp'];

/** `is_new`, `has_copy`: a boolean question, not a leftover copy. */
const QUESTION_WORDS = new Set(['is', 'has', 'can', 'should', 'was']);

export const noVersionSuffixRule = defineRule({
  meta: {
    id: 'no-version-suffix',
    description: 'No table, column or enum carries a version or leftover marker: `_v2`, `_old`, `_tmp`, `_new`, `_copy`, `_backup`.',
    defaultSeverity: 'error',
    messages: {
      table:
        'table "{{name}}" carries the marker "_{{marker}}"; give the table its final name "{{suggestion}}" and list the table it replaces under legacy: (kind: merged for a duplicate)',
      other: '{{kind}} "{{name}}" carries the marker "_{{marker}}"; rename it to "{{suggestion}}" (migrations, not names, record versions)',
    },
    docs: docsAnchor('no-version-suffix'),
  },
  options: z.strictObject({
    /** Leftover markers flagged at the end of a name (versions `_v<n>` are flagged anywhere). */
    suffixes: z.array(z.string().regex(/^[a-z0-9]+$/, 'must be one lowercase word, without _')).default([...DEFAULT_TEMP_SUFFIXES]),
  }),
  check(model, ctx) {
    const suffixes = new Set(ctx.options.suffixes);
    for (const id of modelIdentifiers(model)) {
      if (id.kind !== 'table' && id.kind !== 'column' && id.kind !== 'enum type') continue;
      const parts = id.name.split('_');
      const version = parts.findIndex((w, i) => i > 0 && /^v\d+$/.test(w));
      const last = parts.at(-1) ?? '';
      let marker: string;
      let kept: string[];
      if (version > 0) {
        marker = parts[version] ?? '';
        kept = parts.filter((_, i) => i !== version);
      } else if (parts.length > 1 && suffixes.has(last) && !(parts.length === 2 && QUESTION_WORDS.has(parts[0] ?? ''))) {
        marker = last;
        kept = parts.slice(0, -1);
      } else {
        continue;
      }
      const data = { kind: id.kind, name: id.name, marker, suggestion: kept.join('_') };
      ctx.report({ messageId: id.kind === 'table' ? 'table' : 'other', ...id, data });
    }
  },
});
