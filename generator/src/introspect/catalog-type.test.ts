import { describe, expect, it } from 'vitest';
import { SCALAR_TYPES } from '../model/pg-types.js';
import type { CatalogColumn } from './catalog-snapshot.js';
import { catalogColumnType } from './catalog-type.js';

const column = (over: Partial<CatalogColumn>): CatalogColumn => ({
  table: 't',
  name: 'c',
  notNull: false,
  identity: '',
  generated: '',
  default: null,
  comment: null,
  declaredType: over.scalarSpelling ?? '',
  domain: null,
  domainBase: null,
  isArray: false,
  scalarName: '',
  scalarSchema: 'pg_catalog',
  scalarKind: 'b',
  scalarSpelling: '',
  typmod: -1,
  customCollation: false,
  ownedSequence: null,
  ...over,
});
const typeOf = (over: Partial<CatalogColumn>) => {
  const r = catalogColumnType(column(over), 'public', new Set(['mood']));
  return 'type' in r ? r.type.sql : `unsupported: ${r.unsupported}`;
};

describe('catalogColumnType', () => {
  it.each(Object.entries(SCALAR_TYPES).filter(([, t]) => t.serialOf === null && t.params === 'none'))(
    'reads %s back from the catalog',
    (key, t) => {
      expect(typeOf({ scalarSpelling: t.catalog, scalarName: t.sql, scalarSchema: t.extension ? 'extensions' : 'pg_catalog' })).toBe(key);
    },
  );

  it('reads lengths, precision and scale from the type modifier', () => {
    expect(typeOf({ scalarSpelling: 'character varying', typmod: 124 })).toBe('varchar(120)');
    expect(typeOf({ scalarSpelling: 'character', typmod: 6, isArray: true })).toBe('char(2)[]');
    expect(typeOf({ scalarSpelling: 'numeric', typmod: ((10 << 16) | 2) + 4 })).toBe('numeric(10,2)');
    expect(typeOf({ scalarSpelling: 'numeric' })).toBe('numeric');
  });

  it('reads a serial: an integer with a nextval default on its own sequence', () => {
    const serial = { scalarSpelling: 'integer', ownedSequence: 't_c_seq', default: "nextval('t_c_seq'::regclass)" };
    expect(typeOf(serial)).toBe('serial');
    expect(typeOf({ ...serial, scalarSpelling: 'bigint' })).toBe('bigserial');
    expect(typeOf({ ...serial, default: "nextval('other_seq'::regclass)" })).toBe('integer');
    expect(typeOf({ ...serial, identity: 'd' })).toBe('integer');
  });

  it('reads enums of the schema, and says why other types cannot be imported', () => {
    expect(typeOf({ scalarName: 'mood', scalarSchema: 'public', scalarKind: 'e', isArray: true })).toBe('mood[]');
    expect(typeOf({ scalarName: 'aal_level', scalarSchema: 'auth', scalarKind: 'e', declaredType: 'auth.aal_level' })).toMatch(
      /unsupported: type auth.aal_level is an enum of schema auth/,
    );
    expect(typeOf({ scalarSpelling: 'tsvector', declaredType: 'tsvector' })).toBe(
      'unsupported: type tsvector is not supported by the spec',
    );
    expect(typeOf({ scalarSpelling: '"char"', declaredType: '"char"' })).toMatch(/unsupported/);
  });

  it('notes what it approximates', () => {
    const r = catalogColumnType(
      column({ scalarSpelling: 'timestamp with time zone', typmod: 3, declaredType: 'timestamp(3) with time zone' }),
      'public',
      new Set(),
    );
    expect(r).toMatchObject({ type: { sql: 'timestamptz' }, note: expect.stringContaining('precision') });
  });
});
