import { modelForPhase, type Model, type Phase } from '../model/model.js';
import type { Emitter, EmitContext, Output } from '../emit/emitter.js';
import { loadTemplates } from '../emit/templates.js';
import { ddlEmitter } from '../emit/ddl/ddl-emitter.js';
import { jsonSchemaEmitter } from '../emit/spec/json-schema-emitter.js';
import { sdkEmitter } from '../emit/ts/sdk-emitter.js';
import { docsEmitter } from '../emit/docs/docs-emitter.js';
import { codeownersEmitter } from '../emit/codeowners/codeowners-emitter.js';
import { OutputStage, planAll, stageAll, type FileChange, type WriteResult } from '../write/writer.js';

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
  const outputs = new Map<string, string>();
  for (const emit of emitting(model, options)) {
    for (const [path, contents] of emit()) {
      if (outputs.has(path)) throw new Error(`two emitters produce ${path}`);
      outputs.set(path, contents);
    }
  }
  return { outputs, owns: owned(options) };
}

/**
 * emit → write, one file at a time: each file is staged (compared, its temporary file written in
 * the background) as its emitter yields it, so the outputs are never all held at once; nothing
 * is renamed into place until every emitter has succeeded and every write has finished.
 */
export function build(model: Model, options: BuildOptions): Promise<WriteResult> {
  return stageAll(new OutputStage(options.outDir, { write: true }), emitting(model, options), owned(options));
}

/** emit → compare: the files that `build` would change. */
export function checkBuild(model: Model, options: BuildOptions): readonly FileChange[] {
  return planAll(options.outDir, emitting(model, options), owned(options)).changes;
}

/** Each emitter as a function that runs it, sharing one context. */
function emitting(model: Model, options: Pick<BuildOptions, 'phase' | 'emitters'>): (() => Output)[] {
  const phased = modelForPhase(model, options.phase);
  const ctx: EmitContext = { phase: options.phase, fullModel: model, templates: loadTemplates() };
  return (options.emitters ?? EMITTERS).map((emitter) => () => emitter.emit(phased, ctx));
}

const owned = (options: Pick<BuildOptions, 'emitters'>): string[] => (options.emitters ?? EMITTERS).flatMap((e) => e.owns);
