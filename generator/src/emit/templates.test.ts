import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMITTERS } from '../pipeline/build.js';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { modelForPhase } from '../model/model.js';
import { REPO_SPEC } from '../test-support/paths.js';
import type { Templates } from './emitter.js';
import { precompiledTemplatesModule } from './precompile-templates.js';
import { loadTemplates, TEMPLATES_DIR } from './templates.js';

/** Every file the emitters produce for the full PoultryCo spec, rendered with `templates`. */
function emitWith(templates: Templates): Map<string, string> {
  const model = loadModelOrThrow(REPO_SPEC);
  const ctx = { phase: 'y2' as const, fullModel: model, templates };
  const outputs = new Map<string, string>();
  for (const emitter of EMITTERS) for (const [path, text] of emitter.emit(modelForPhase(model, 'y2'), ctx)) outputs.set(path, text);
  return outputs;
}

function writePrecompiled(fromDir: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gen-templates-')), 'templates.precompiled.cjs');
  writeFileSync(path, precompiledTemplatesModule(fromDir));
  return path;
}

describe('precompiled templates', () => {
  it('render every generated file exactly as templates compiled at run time do', () => {
    const precompiled = writePrecompiled(TEMPLATES_DIR);
    const compiled = emitWith(loadTemplates(TEMPLATES_DIR, null));
    const fromPrecompiled = emitWith(loadTemplates(TEMPLATES_DIR, precompiled));
    expect(fromPrecompiled.size).toBeGreaterThan(100);
    expect([...fromPrecompiled.keys()]).toEqual([...compiled.keys()]);
    for (const [path, text] of compiled) expect(fromPrecompiled.get(path), path).toBe(text);
  });

  it('are not used once a template changed after they were compiled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-templates-src-'));
    cpSync(TEMPLATES_DIR, dir, { recursive: true });
    const precompiled = writePrecompiled(dir);
    const codeowners = join(dir, 'codeowners', 'CODEOWNERS.hbs');
    writeFileSync(codeowners, `# edited after the build\n${readFileSync(codeowners, 'utf8')}`);
    const rendered = loadTemplates(dir, precompiled).render('codeowners/CODEOWNERS', { defaultOwner: null, shared: [], modules: [] });
    expect(rendered.startsWith('# edited after the build\n')).toBe(true);
  });

  it('keep strict mode: a view missing a field is an error', () => {
    const templates = loadTemplates(TEMPLATES_DIR, writePrecompiled(TEMPLATES_DIR));
    expect(() => templates.render('docs/module.md', {})).toThrow(/not defined/);
  });
});
