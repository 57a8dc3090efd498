import { describe, expect, it } from 'vitest';
import { parseColumnType } from './column-type.js';
import { catalogTypeSql, SCALAR_TYPES, scalarKey } from './pg-types.js';

const enums = new Set(['soc_visibility']);

describe('parseColumnType', () => {
  it.each([
    ['text', 'text'],
    ['varchar(200)', 'varchar(200)'],
    ['character varying(12)', 'varchar(12)'],
    ['numeric(10,2)', 'numeric(10,2)'],
    ['numeric', 'numeric'],
    ['decimal(5, 1)', 'numeric(5,1)'],
    ['int4', 'integer'],
    ['double precision', 'double precision'],
    ['float8[]', 'double precision[]'],
    ['timestamptz', 'timestamptz'],
    ['timestamp with time zone', 'timestamptz'],
    ['soc_visibility[]', 'soc_visibility[]'],
  ])('%s → %s', (input, sql) => {
    const type = parseColumnType(input, enums);
    expect(typeof type === 'string' ? type : type.sql).toBe(sql);
  });

  it.each([
    ['txet', /unknown type "txet"/],
    ['varchar', /needs a length/],
    ['text(4)', /takes no parameters/],
    ['numeric(2,5)', /scale .* cannot exceed/],
    ['serial[]', /cannot be an array/],
    ['soc_visibility(3)', /takes no parameters/],
    ['varchar(0)', /between 1 and/],
  ])('rejects %s', (input, message) => {
    expect(parseColumnType(input, enums)).toMatch(message);
  });
});

describe('scalar type table', () => {
  it.each(Object.entries(SCALAR_TYPES))('%s resolves from its own spelling and every alias', (key, type) => {
    expect(scalarKey(type.sql)).toBe(key);
    for (const alias of type.aliases) expect(scalarKey(alias)).toBe(key);
    expect(type.catalog.length).toBeGreaterThan(0);
  });

  it('spells types the way format_type() does', () => {
    const t = (s: string) => {
      const parsed = parseColumnType(s, enums);
      if (typeof parsed === 'string') throw new Error(parsed);
      return catalogTypeSql(parsed);
    };
    expect(t('varchar(40)')).toBe('character varying(40)');
    expect(t('char(2)[]')).toBe('character(2)[]');
    expect(t('timestamptz')).toBe('timestamp with time zone');
    expect(t('bigserial')).toBe('bigint');
    expect(t('numeric(12,2)')).toBe('numeric(12,2)');
  });
});
