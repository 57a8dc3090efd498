import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../pipeline/load-model.js';
import { REPO_SPEC } from '../test-support/paths.js';
import { assignModules, UNASSIGNED } from './module-assignment.js';

const spec = loadModelOrThrow(REPO_SPEC);

describe('assignModules', () => {
  it('places tables by the spec, then by prefix (longest first), the rest in unassigned with suggestions', () => {
    const a = assignModules(['profiles', 'soc_posts', 'soc_brand_new', 'ai__brand_new', 'posts', 'posts_tags', 'mystery'], [], spec);
    expect(Object.fromEntries(a.tableModule)).toEqual({
      profiles: UNASSIGNED,
      soc_posts: 'soc',
      soc_brand_new: 'soc',
      ai__brand_new: 'ai',
      posts: UNASSIGNED,
      posts_tags: UNASSIGNED,
      mystery: UNASSIGNED,
    });
    expect(a.suggestions.get('posts')).toBe("the strategy's renaming map renames it to soc_posts (module soc)");
    expect(a.suggestions.get('posts_tags')).toBe(
      'the strategy lists it as a duplicate of soc_post_tags (module soc): merge its rows into it',
    );
    // One module may have the empty prefix: with unassigned tables present, core's table is listed there too.
    expect(a.suggestions.get('profiles')).toBe('the spec keeps it, under this name, in module core');
    expect(a.suggestions.has('mystery')).toBe(false);
    expect(a.modules.map((m) => [m.key, m.prefix])).toEqual([
      ['ai', 'ai__'],
      ['soc', 'soc_'],
      [UNASSIGNED, ''],
    ]);
    expect(a.modules.find((m) => m.key === 'soc')?.references).toEqual([]);
    expect(a.teams.map((t) => t.key)).toEqual(['gamma', UNASSIGNED, 'zeta']);
  });

  it('keeps core when every table has a module', () => {
    const a = assignModules(['profiles', 'soc_posts'], [{ name: 'soc_post_type', usedBy: ['soc_posts'] }], spec);
    expect(a.tableModule.get('profiles')).toBe('core');
    expect(a.modules.map((m) => m.key)).toEqual(['core', 'soc']);
    expect(a.modules.find((m) => m.key === 'soc')?.references).toEqual(['core']);
    expect(a.enumModule.get('soc_post_type')).toBe('soc');
  });

  it('without a spec, puts everything in unassigned', () => {
    const a = assignModules(['soc_posts', 'users'], [{ name: 'mood', usedBy: ['users'] }], null);
    expect([...a.tableModule.values()]).toEqual([UNASSIGNED, UNASSIGNED]);
    expect(a.enumModule.get('mood')).toBe(UNASSIGNED);
    expect(a.modules).toMatchObject([{ key: UNASSIGNED, prefix: '', owner: UNASSIGNED, targets: { current: 2, y1: 2, y2: 2 } }]);
  });
});
