import type { LintResult } from '../run-lint.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof FORMATS)[number];

export const FORMATTERS: Readonly<Record<LintFormat, (result: LintResult) => string>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
