import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../test-support/paths.js';
import { placeholders } from './message.js';
import { RULES } from './registry.js';
import { docsAnchor, STANDARDS_DOC } from './rule.js';

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'rules');
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.rule.ts'));
const doc = readFileSync(join(REPO_ROOT, STANDARDS_DOC), 'utf8');

/** The text of a rule's section: from its `### \`id\`` heading to the next heading of that level or higher. */
function section(id: string): string | null {
  const start = doc.indexOf(`\n### \`${id}\`\n`);
  if (start < 0) return null;
  const rest = doc.slice(start + 1);
  const next = rest.slice(1).search(/\n#{2,3} /);
  return next < 0 ? rest : rest.slice(0, next + 1);
}

/** What a message tells the reader to do. */
const ACTION = /\b(rename|name|add|move|remove|merge|make|set|declare|use|give|shorten|plan|raise|split|drop|list)\b/;

describe('rule registry', () => {
  it('registers every rule file, under the id its file is named after', async () => {
    const registered = new Set(RULES);
    for (const file of ruleFiles) {
      const exports = Object.values(await import(join(RULES_DIR, file))) as unknown[];
      const rule = RULES.find((r) => exports.includes(r));
      expect(rule, `${file} exports no registered rule; add it to registry.ts`).toBeDefined();
      expect(`${rule?.meta.id}.rule.ts`).toBe(file);
      registered.delete(rule as (typeof RULES)[number]);
    }
    expect(
      [...registered].map((r) => r.meta.id),
      'registered rules without a file',
    ).toEqual([]);
  });

  it('has unique kebab-case ids, sorted', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
    it('has a test file beside it', () => expect(existsSync(join(RULES_DIR, `${id}.rule.test.ts`))).toBe(true));

    it('has a one-line description and its doc anchor', () => {
      expect(rule.meta.description).toMatch(/^[^\n]+\.$/);
      expect(rule.meta.docs).toBe(docsAnchor(id));
    });

    it(`has a section in ${STANDARDS_DOC} with its reason, default severity and a good and a bad example`, () => {
      const text = section(id);
      expect(text, `add a "### \`${id}\`" section to ${STANDARDS_DOC}`).not.toBeNull();
      expect(text).toContain(`Default: ${rule.meta.defaultSeverity}`);
      expect(text).toContain('**Why.**');
      expect(text).toContain('**Good**');
      expect(text).toContain('**Bad**');
    });

    it('has messages that say what to do', () => {
      for (const [messageId, template] of Object.entries(rule.meta.messages) as [string, string][]) {
        expect(template, `${id}.${messageId}`).toMatch(ACTION);
        expect(placeholders(template).length, `${id}.${messageId} names what it is about`).toBeGreaterThan(0);
      }
    });

    it('accepts empty options', () => {
      if (rule.options) expect(rule.options.safeParse({}).success).toBe(true);
    });
  });

  it(`documents no rule that does not exist`, () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    const documented = [...doc.matchAll(/^### `([a-z-]+)`$/gm)].map((m) => m[1]);
    expect(documented.filter((id) => !ids.has(id ?? ''))).toEqual([]);
  });
});
