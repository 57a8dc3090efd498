import type Handlebars from 'handlebars';
import type { Model, Phase } from '../model/model.js';

/**
 * Files an emitter produces: repo-relative path (`/`-separated) and contents, without the
 * generated header. Emitters with many files yield them one at a time: the writer starts
 * writing each while the next is rendered, and a file's text can be let go of once written.
 */
export type Output = Iterable<readonly [path: string, contents: string]>;

export interface EmitContext {
  /** The phase being built; the model is already restricted to it. */
  readonly phase: Phase;
  /** The complete spec model (all phases), for emitters that document plans. */
  readonly fullModel: Model;
  readonly templates: Templates;
}

export interface Templates {
  render(name: string, view: unknown): string;
}

/**
 * An emitter turns the model into files. It declares the folders (or single files) it owns
 * so the writer can remove generated files it no longer produces.
 */
export interface Emitter {
  readonly name: string;
  readonly owns: readonly string[];
  emit(model: Model, ctx: EmitContext): Output;
}

export type HandlebarsInstance = typeof Handlebars;
