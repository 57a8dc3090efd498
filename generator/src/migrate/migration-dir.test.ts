import { describe, expect, it } from 'vitest';
import { migrationLabel, nextTimestamps } from './migration-dir.js';

describe('migration names', () => {
  it('turn what the user typed into a snake_case label', () => {
    expect(migrationLabel('Add post polls')).toBe('add_post_polls');
    expect(migrationLabel('drop-compat-views')).toBe('drop_compat_views');
    expect(migrationLabel('--')).toBeNull();
  });

  it('take the UTC time, and always come after the newest migration', () => {
    const now = new Date(Date.UTC(2025, 5, 1, 12, 30, 15, 400));
    expect(nextTimestamps([], now, 2)).toEqual(['20250601123015', '20250601123016']);
    expect(nextTimestamps(['20250601123015_initial'], now, 1)).toEqual(['20250601123016']);
    expect(nextTimestamps(['20991231235959_from_a_fast_clock'], now, 1)).toEqual(['21000101000000']);
  });
});
