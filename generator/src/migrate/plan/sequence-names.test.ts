import { describe, expect, it } from 'vitest';
import { defaultSequenceName } from './sequence-names.js';

describe('defaultSequenceName', () => {
  it('is <table>_<column>_seq, shortened the way PostgreSQL does (the longer part loses characters first)', () => {
    expect(defaultSequenceName('tst_counters', 'id')).toBe('tst_counters_id_seq');
    // What PostgreSQL 15 named the sequences of serial and identity columns on this table.
    const table = `${'t'.repeat(30)}_long_${'n'.repeat(24)}`;
    expect(defaultSequenceName(table, 'legacy_number')).toBe(`${'t'.repeat(30)}_long_${'n'.repeat(9)}_legacy_number_seq`);
    expect(defaultSequenceName(table, 'id')).toBe(`${'t'.repeat(30)}_long_${'n'.repeat(20)}_id_seq`);
  });
});
