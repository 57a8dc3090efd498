import type { Argv } from 'yargs';
import { DEFAULT_SPEC_PATH } from '../spec/load-spec.js';
import { loadModel } from '../pipeline/load-model.js';
import type { Model, Phase } from '../model/model.js';
import { ExitError, type CliIO } from './io.js';
import { reportProblems } from './report-problems.js';

export const specOption = <T>(y: Argv<T>) =>
  y.option('spec', { type: 'string', default: DEFAULT_SPEC_PATH, describe: 'Root spec file', normalize: true });

export const phaseOption = <T>(y: Argv<T>) =>
  y.option('phase', {
    choices: ['live', 'y1', 'y2'] as const,
    default: 'live' as Phase,
    describe: 'Tables to include: live, or also those planned up to y1 / y2',
  });

/** Loads the model for a command, or reports every spec problem and exits 1. */
export function modelOrExit(io: CliIO, specPath: string): Model {
  const { model, problems } = loadModel(specPath);
  if (!model) {
    reportProblems(io, problems);
    throw new ExitError(1);
  }
  return model;
}
