import type { LintRule } from './rule.js';
import { booleanPrefixRule } from './rules/boolean-prefix.rule.js';
import { constraintNameRule } from './rules/constraint-name.rule.js';
import { descriptionRequiredRule } from './rules/description-required.rule.js';
import { enumNamingRule } from './rules/enum-naming.rule.js';
import { fkColumnNameRule } from './rules/fk-column-name.rule.js';
import { fkIndexedRule } from './rules/fk-indexed.rule.js';
import { identifierLengthRule } from './rules/identifier-length.rule.js';
import { moduleCapacityRule } from './rules/module-capacity.rule.js';
import { moduleOwnerRule } from './rules/module-owner.rule.js';
import { moduleReferenceRule } from './rules/module-reference.rule.js';
import { nearDuplicateTableRule } from './rules/near-duplicate-table.rule.js';
import { noVersionSuffixRule } from './rules/no-version-suffix.rule.js';
import { pluralTableRule } from './rules/plural-table.rule.js';
import { primaryKeyRule } from './rules/primary-key.rule.js';
import { reservedWordRule } from './rules/reserved-word.rule.js';
import { snakeCaseRule } from './rules/snake-case.rule.js';
import { tablePrefixRule } from './rules/table-prefix.rule.js';
import { timestampColumnsRule } from './rules/timestamp-columns.rule.js';

/** Every lint rule, by id. A meta-test checks each has a file, a test and a doc section. */
export const RULES: readonly LintRule[] = [
  booleanPrefixRule,
  constraintNameRule,
  descriptionRequiredRule,
  enumNamingRule,
  fkColumnNameRule,
  fkIndexedRule,
  identifierLengthRule,
  moduleCapacityRule,
  moduleOwnerRule,
  moduleReferenceRule,
  nearDuplicateTableRule,
  noVersionSuffixRule,
  pluralTableRule,
  primaryKeyRule,
  reservedWordRule,
  snakeCaseRule,
  tablePrefixRule,
  timestampColumnsRule,
].toSorted((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
