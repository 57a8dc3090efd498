import { describe, expect, it } from 'vitest';
import { readDirectives } from './directives.js';

describe('readDirectives', () => {
  it('reads the directives of the leading comment block only', () => {
    const { directives, problems } = readDirectives(
      '-- 2025_legacy\n-- migrate:legacy\n-- migrate:baseline 20250101000000_initial\n\nSELECT 1;\n-- migrate:no-transaction\n',
    );
    expect(problems).toEqual([]);
    expect(directives).toEqual({ noTransaction: false, legacy: true, baseline: ['20250101000000_initial'] });
  });

  it('reports unknown directives and a baseline outside a legacy migration', () => {
    expect(readDirectives('-- migrate:notransaction\n-- migrate:baseline x\n').problems).toEqual([
      'line 1: unknown directive "-- migrate:notransaction" (known: migrate:no-transaction, migrate:legacy, migrate:baseline <name>)',
      'migrate:baseline is only allowed in a legacy migration (-- migrate:legacy)',
    ]);
  });
});
