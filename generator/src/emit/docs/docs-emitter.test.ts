import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { emitAll } from '../../pipeline/build.js';
import { FEATURES_SPEC } from '../../test-support/paths.js';
import { mermaidBlocks, parseMermaid } from '../../test-support/mermaid.js';
import { docsEmitter } from './docs-emitter.js';

const model = loadModelOrThrow(FEATURES_SPEC);
const docs = (phase: 'live' | 'y1' | 'y2' = 'live') => emitAll(model, { phase, emitters: [docsEmitter] }).outputs;
const page = (path: string) => docs().get(`docs/schema/${path}`) ?? '';

/** The Markdown lines of the section under `### <table>`, up to the next heading. */
function tableSection(markdown: string, table: string): string {
  const start = markdown.indexOf(`\n### ${table}\n`);
  if (start < 0) throw new Error(`no section for ${table}`);
  const end = markdown.indexOf('\n#', start + 5);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('docs emitter (features fixture)', () => {
  it('writes an index and one page per module, the same whatever phase is built', () => {
    expect([...docs().keys()]).toEqual(['docs/schema/README.md', 'docs/schema/ai.md', 'docs/schema/core.md', 'docs/schema/tst.md']);
    expect(docs('y2')).toEqual(docs('live'));
    expect(docs('y1')).toEqual(docs('live'));
  });

  it('lists every module with prefix, owner and cumulative counts against its targets', () => {
    const index = page('README.md');
    // tst: 6 live tables, one planned for Y1; targets 6 / 7 / 8.
    expect(index).toContain('| [Test](tst.md) | `tst` | `tst_` | Core team | 6 / 6 | 7 / 7 | 7 / 8 (−1) |');
    // ai: one table planned for Y2; targets 0 / 0 / 1.
    expect(index).toContain('| [AI](ai.md) | `ai` | `ai__` | Core team | 0 / 0 | 0 / 0 | 1 / 1 |');
    expect(index).toContain('| [Core](core.md) | `core` | — | Core team | 1 / 1 | 1 / 1 | 1 / 1 |');
    expect(index).toContain('| **Total** | | | | 7 / 7 | 8 / 8 | 9 / 10 (−1) |');
    expect(index).toContain('9 tables in 3 modules');
  });

  it('draws the module dependencies from the foreign keys', () => {
    const [diagram] = mermaidBlocks(page('README.md'));
    expect(diagram?.split('\n')).toEqual([
      'flowchart LR',
      '  m_ai["ai__ AI"]',
      '  m_core["Core"]',
      '  m_tst["tst_ Test"]',
      '  m_ai -->|1| m_core',
      '  m_tst -->|2| m_core',
    ]);
  });

  it('draws a module ER diagram with other modules’ tables as stubs and cardinality from keys and nullability', () => {
    const [diagram = ''] = mermaidBlocks(page('tst.md'));
    const lines = diagram.split('\n');
    // profiles (core) is a stub: only the column the foreign keys reference.
    expect(diagram).toContain('  profiles {\n    uuid id PK\n  }');
    expect(lines).toContain('  tst_eggs |o..o{ tst_chickens : "egg_id"');
    expect(lines).toContain('  profiles ||..o{ tst_chickens : "owner_id"');
    expect(lines).toContain('  tst_orders ||..o{ tst_order_lines : "region, order_number"');
    // Length and precision are left out of attribute types; arrays keep [].
    expect(lines).toContain('    numeric a_numeric');
    expect(lines).toContain('    double_precision a_double');
    expect(lines).toContain('    tst_mood[] enum_list');
    expect(lines).toContain('    varchar label UK');
    expect(lines).toContain('    char region PK');
    // A composite unique key does not make its columns UK.
    expect(lines).toContain('    uuid owner_id FK');
    // The core page's self-reference stays inside the module.
    expect(mermaidBlocks(page('core.md'))[0]).toContain('  profiles |o..o{ profiles : "manager_id"');
  });

  it('gives every diagram valid Mermaid syntax (parsed by mermaid itself)', async () => {
    const diagrams = [...docs().values()].flatMap(mermaidBlocks);
    expect(diagrams).toHaveLength(4);
    for (const diagram of diagrams) expect(['er', 'flowchart-v2']).toContain(await parseMermaid(diagram));
  });

  it('documents each table: description, status, columns, keys, indexes and referenced-by', () => {
    const chickens = tableSection(page('tst.md'), 'tst_chickens');
    expect(chickens).toContain('Half of a reference cycle.');
    expect(chickens).toContain('- **Status:** live');
    expect(chickens).toContain('| `egg_id` | `uuid` | yes |  | → [`tst_eggs`](#tst_eggs) |');
    expect(chickens).toContain("| `tags` | `text[]` | no | `'{}'::text[]` |  |");
    expect(chickens).toContain('- Primary key `pk_tst_chickens` (`id`)');
    expect(chickens).toContain(
      '- Foreign key `fk_tst_chickens_owner_id` (`owner_id`) → [`profiles`](core.md#profiles) (`id`), on delete cascade',
    );
    expect(chickens).toContain('- Unique `uq_tst_chickens_owner_id_nickname` (`owner_id`, `nickname`), nulls not distinct');
    expect(chickens).toContain('- `ux_tst_chickens_nickname` (unique): `nickname` where `deleted_at IS NULL`');
    expect(chickens).toContain('- `ix_tst_chickens_tags` (gin): `tags`');
    expect(chickens).toContain('- [`tst_eggs`](#tst_eggs) (`chicken_id`) via `fk_tst_eggs_chicken_id`, on delete set null');

    const types = tableSection(page('tst.md'), 'tst_all_types');
    expect(types).toContain('| `a_generated` | `integer` | yes | generated: `a_integer * 2` |  |');
    expect(types).toContain("| `a_quote` | `text` | no | `'it''s'` |  |");
    expect(types).toContain('- Check `ck_tst_all_types_a_smallint_range`: `a_smallint >= 0 AND a_smallint <= 100`');
    expect(tableSection(page('tst.md'), 'tst_counters')).toContain('| `id` | `bigint` | no | identity (always) |  |');

    const planned = tableSection(page('tst.md'), 'tst_a_table_with_a_really_quite_extraordinarily_long_name_here');
    expect(planned).toContain('- **Status:** planned for Year 1');

    const profiles = tableSection(page('core.md'), 'profiles');
    expect(profiles).toContain("| `email` | `citext` | no |  | Login e-mail; it's case-insensitive. |");
    // Referenced by tables of other modules, linked to their pages.
    expect(profiles).toContain('- [`ai__embeddings`](ai.md#ai__embeddings) (`profile_id`)');
    expect(profiles).toContain('- [`tst_chickens`](tst.md#tst_chickens) (`owner_id`)');
  });

  it('shows legacy names, and keeps table cells intact when text holds a pipe', () => {
    const legacy = {
      ...model,
      tables: model.tables.map((t) =>
        t.name === 'tst_orders'
          ? {
              ...t,
              description: 'Orders | with a pipe\nover two lines <b>',
              legacyNames: [
                { name: 'orders', kind: 'renamed' as const, note: null },
                { name: 'old_orders', kind: 'merged' as const, note: 'rows copied' },
              ],
            }
          : t,
      ),
    };
    const tst = emitAll(legacy, { phase: 'live', emitters: [docsEmitter] }).outputs.get('docs/schema/tst.md') ?? '';
    const section = tableSection(tst, 'tst_orders');
    expect(section).toContain('- **Legacy names:** `orders` (renamed), `old_orders` (merged: rows copied)');
    expect(section).toContain('Orders | with a pipe over two lines &lt;b>');
    expect(tst).toContain('| [`tst_orders`](#tst_orders) | live | Orders \\| with a pipe over two lines &lt;b> |');
  });
});
