import { modelForPhase, type Model, type Phase } from '../model/model.js';
import type { Emitter, EmitContext } from '../emit/emitter.js';
import { loadTemplates } from '../emit/templates.js';
import { ddlEmitter } from '../emit/ddl/ddl-emitter.js';
import { jsonSchemaEmitter } from '../emit/spec/json-schema-emitter.js';
import { sdkEmitter } from '../emit/ts/sdk-emitter.js';
import { docsEmitter } from '../emit/docs/docs-emitter.js';
import { codeownersEmitter } from '../emit/codeowners/codeowners-emitter.js';
import { planWrite, writeOutputs, type FileChange, type WriteResult } from '../write/writer.js';

/** Every emitter `gen build` runs, in order. Later issues add theirs here. */
export const EMITTERS: readonly Emitter[] = [jsonSchemaEmitter, ddlEmitter, sdkEmitter, docsEmitter, codeownersEmitter];

export interface BuildOptions {
  readonly phase: Phase;
  /** Folder the repo-relative output paths are written under. */
  readonly outDir: string;
  readonly emitters?: readonly Emitter[];
}

/** emit: the model into every generated file, in memory. Nothing touches the disk here. */
export function emitAll(model: Model, options: Pick<BuildOptions, 'phase' | 'emitters'>): { outputs: Map<string, string>; owns: string[] } {
  const emitters = options.emitters ?? EMITTERS;
  const phased = modelForPhase(model, options.phase);
  const ctx: EmitContext = { phase: options.phase, fullModel: model, templates: loadTemplates() };
  const outputs = new Map<string, string>();
  for (const emitter of emitters) {
    for (const [path, contents] of emitter.emit(phased, ctx)) {
      if (outputs.has(path)) throw new Error(`two emitters produce ${path}`);
      outputs.set(path, contents);
    }
  }
  return { outputs, owns: emitters.flatMap((e) => e.owns) };
}

/** emit → write. */
export function build(model: Model, options: BuildOptions): WriteResult {
  const { outputs, owns } = emitAll(model, options);
  return writeOutputs(options.outDir, outputs, owns);
}

/** emit → compare: the files that `build` would change. */
export function checkBuild(model: Model, options: BuildOptions): FileChange[] {
  const { outputs, owns } = emitAll(model, options);
  return planWrite(options.outDir, outputs, owns).changes;
}
