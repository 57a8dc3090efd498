import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../pipeline/load-model.js';
import { build, emitAll } from '../../pipeline/build.js';
import { REPO_SPEC } from '../../test-support/paths.js';
import { mermaidBlocks, parseMermaid } from '../../test-support/mermaid.js';
import { snapshotDir } from '../../test-support/temp-spec.js';
import { docsEmitter } from './docs-emitter.js';

const model = loadModelOrThrow(REPO_SPEC);
const docs = emitAll(model, { phase: 'live', emitters: [docsEmitter] }).outputs;

describe('schema docs of the PoultryCo spec', () => {
  it('has a page per module and a valid Mermaid diagram on each page with tables (parsed by mermaid)', async () => {
    expect(docs.size).toBe(model.modules.length + 1);
    let parsed = 0;
    for (const [path, markdown] of docs) {
      const module = path.slice('docs/schema/'.length, -'.md'.length);
      const expected = path.endsWith('README.md') ? 1 : model.tables.some((t) => t.module === module) ? 1 : 0;
      const diagrams = mermaidBlocks(markdown);
      expect(diagrams, path).toHaveLength(expected);
      for (const diagram of diagrams) {
        const kind = await parseMermaid(diagram).catch((error: unknown) => {
          throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
        });
        expect(kind, path).toBe(path.endsWith('README.md') ? 'flowchart-v2' : 'er');
        parsed++;
      }
    }
    expect(parsed).toBeGreaterThan(30);
  });

  it('puts every table, and every foreign key of it, in its module’s diagram', () => {
    for (const module of model.modules) {
      const [diagram = ''] = mermaidBlocks(docs.get(`docs/schema/${module.key}.md`) ?? '');
      for (const table of model.tables.filter((t) => t.module === module.key)) {
        expect(diagram, table.name).toContain(`  ${table.name} {\n`);
        for (const fk of table.foreignKeys)
          expect(diagram, fk.name).toMatch(new RegExp(`^  ${fk.references.table} \\S+ ${table.name} : "${fk.columns.join(', ')}"$`, 'm'));
      }
    }
  });

  it('counts each module’s tables by phase against its targets, as the model has them', () => {
    const index = docs.get('docs/schema/README.md') ?? '';
    const cell = (count: number, target: number) =>
      count === target ? `${count} / ${target}` : `${count} / ${target} (${count > target ? '+' : '−'}${Math.abs(count - target)})`;
    for (const m of model.modules) {
      const tables = model.tables.filter((t) => t.module === m.key);
      const live = tables.filter((t) => t.phase === 'live').length;
      const y1 = tables.filter((t) => t.phase !== 'y2').length;
      const row = index.split('\n').find((line) => line.startsWith(`| [${m.title}](${m.key}.md) |`));
      expect(row, m.key).toBeDefined();
      expect(row?.split(' | ').slice(-3)).toEqual([
        cell(live, m.targets.current),
        cell(y1, m.targets.y1),
        `${cell(tables.length, m.targets.y2)} |`,
      ]);
    }
    expect(index).toContain(`${model.tables.length} tables in ${model.modules.length} modules`);
  });

  it('is deterministic and the same for every phase: two builds are byte-identical', async () => {
    const first = join(mkdtempSync(join(tmpdir(), 'gen-docs-')), 'out');
    const second = join(mkdtempSync(join(tmpdir(), 'gen-docs-')), 'out');
    await build(loadModelOrThrow(REPO_SPEC), { phase: 'live', outDir: first });
    await build(loadModelOrThrow(REPO_SPEC), { phase: 'live', outDir: second });
    expect(snapshotDir(second)).toEqual(snapshotDir(first));
    const y2 = emitAll(model, { phase: 'y2' }).outputs;
    const live = emitAll(model, { phase: 'live' }).outputs;
    for (const path of [...live.keys()].filter((p) => p.startsWith('docs/schema/') || p === '.github/CODEOWNERS')) {
      expect(y2.get(path), path).toBe(live.get(path));
    }
  });
});
