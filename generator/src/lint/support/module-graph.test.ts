import { describe, expect, it } from 'vitest';
import type { Module } from '../../model/model.js';
import { moduleCycles } from './module-graph.js';

const mod = (key: string, references: string[]): Module => ({
  key,
  prefix: `${key}_`,
  title: key,
  owner: 'alpha',
  description: null,
  targets: { current: 0, y1: 0, y2: 0 },
  references,
  file: null,
  location: null,
});

describe('moduleCycles', () => {
  it('finds none in a layered graph', () => {
    expect(moduleCycles([mod('core', []), mod('ref', ['core']), mod('usr', ['core', 'ref']), mod('soc', ['core', 'usr'])])).toEqual([]);
  });

  it('ignores a module listing itself and references to unknown modules', () => {
    expect(moduleCycles([mod('soc', ['soc', 'nope'])])).toEqual([]);
  });

  it('finds each cycle once, with a loop through it, whatever the declaration order', () => {
    const modules = [
      mod('evt', ['soc']),
      mod('soc', ['org', 'evt']),
      mod('org', ['soc']),
      mod('a', ['b']),
      mod('b', ['a']),
      mod('core', []),
    ];
    const expected = [
      { modules: ['a', 'b'], path: ['a', 'b', 'a'] },
      { modules: ['evt', 'org', 'soc'], path: ['evt', 'soc', 'evt'] },
    ];
    expect(moduleCycles(modules)).toEqual(expected);
    expect(moduleCycles([...modules].reverse())).toEqual(expected);
  });
});
