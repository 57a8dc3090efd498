import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const REPO_SPEC = join(REPO_ROOT, 'schema-spec', 'poultryco.yaml');
export const FEATURES_SPEC = join(REPO_ROOT, 'generator', 'src', 'test-support', 'fixtures', 'features', 'spec.yaml');
