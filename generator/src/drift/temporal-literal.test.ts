import { describe, expect, it } from 'vitest';
import { normalizeTemporal } from './temporal-literal.js';

describe('normalizeTemporal', () => {
  it.each<[string, string, string]>([
    ['time', '10:30', '10:30:00'],
    ['time', '7:05:09.500', '07:05:09.5'],
    ['timestamp', '2024-01-01', '2024-01-01 00:00:00'],
    ['timestamp', '2024-01-01T10:00', '2024-01-01 10:00:00'],
    ['timestamptz', '2024-01-01 10:00:00+05:30', '2024-01-01T04:30:00.000Z'],
    ['timestamptz', '2024-01-01 04:30:00+00', '2024-01-01T04:30:00.000Z'],
    ['interval', '1 hour', '01:00:00'],
    ['interval', '24 hours', '24:00:00'],
    ['interval', '2 weeks', '14 days'],
    ['interval', '1 year 14 months', '2 years 2 mons'],
    ['interval', '1 day 02:00:00', '1 day 02:00:00'],
    ['interval', 'P1D', 'P1D'],
    ['date', '2024-01-01', '2024-01-01'],
  ])('%s %s → %s', (type, text, expected) => {
    expect(normalizeTemporal(type, text)).toBe(expected);
  });
});
