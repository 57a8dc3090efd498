import { describe, expect, it } from 'vitest';
import { mermaidBlocks, parseMermaid } from '../../test-support/mermaid.js';
import { attributeType } from './mermaid.js';
import type { ColumnType } from '../../model/model.js';

const type = (name: string, sql: string, isArray = false): ColumnType => ({
  kind: 'scalar',
  name,
  sql,
  isArray,
  length: null,
  precision: null,
  scale: null,
});

describe('Mermaid output', () => {
  it('writes attribute types as one word Mermaid accepts', async () => {
    expect(attributeType(type('numeric', 'numeric(10,2)'))).toBe('numeric');
    expect(attributeType(type('double precision', 'double precision'))).toBe('double_precision');
    expect(attributeType(type('varchar', 'varchar(40)[]', true))).toBe('varchar[]');
    // The reason: SQL spellings with spaces are not valid Mermaid.
    await expect(parseMermaid('erDiagram\n  t {\n    double precision ratio\n  }')).rejects.toThrow(/Parse error/);
    await expect(parseMermaid('erDiagram\n  t {\n    double_precision ratio\n    varchar[] tags\n  }')).resolves.toBe('er');
  });

  it('the parser used by the docs tests rejects broken diagrams of both kinds', async () => {
    await expect(parseMermaid('erDiagram\n  a ||--o{ b\n')).rejects.toThrow();
    await expect(parseMermaid('flowchart LR\n  m_a["A"] -->\n')).rejects.toThrow();
    await expect(parseMermaid('flowchart LR\n  m_a["A"] -->|2| m_b["B"]\n')).resolves.toBe('flowchart-v2');
  });

  it('finds the mermaid blocks of a Markdown file', () => {
    expect(mermaidBlocks('# x\n\n```mermaid\nerDiagram\n  a {\n  }\n```\n\n```sql\nselect\n```\n```mermaid\nflowchart LR\n```\n')).toEqual([
      'erDiagram\n  a {\n  }',
      'flowchart LR',
    ]);
  });
});
