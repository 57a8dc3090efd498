import { describe, expect, it } from 'vitest';
import { camelCase, createInflector, pascalCase, singularName } from './inflection.js';

const { singular, plural, isPlural } = createInflector();

describe('inflection', () => {
  it.each([
    ['posts', 'post'],
    ['categories', 'category'],
    ['statuses', 'status'],
    ['addresses', 'address'],
    ['matches', 'match'],
    ['boxes', 'box'],
    ['caches', 'cache'],
    ['cookies', 'cookie'],
    ['houses', 'house'],
    ['courses', 'course'],
    ['menus', 'menu'],
    ['kpis', 'kpi'],
    ['analyses', 'analysis'],
    ['people', 'person'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['access', 'access'],
    ['data', 'data'],
    ['series', 'series'],
  ])('singular(%s) = %s', (word, expected) => expect(singular(word)).toBe(expected));

  it.each([
    ['post', 'posts'],
    ['category', 'categories'],
    ['status', 'statuses'],
    ['match', 'matches'],
    ['day', 'days'],
    ['person', 'people'],
    ['analysis', 'analyses'],
    ['education', 'education'],
  ])('plural(%s) = %s', (word, expected) => expect(plural(word)).toBe(expected));

  it('singular and plural round-trip', () => {
    for (const w of [
      'post',
      'category',
      'status',
      'address',
      'match',
      'box',
      'cache',
      'cookie',
      'house',
      'menu',
      'kpi',
      'person',
      'leaf',
    ]) {
      expect(singular(plural(w))).toBe(w);
    }
  });

  // Last words of names the strategy's renaming map mandates (usr_education, eml_queue …).
  it.each([
    'education',
    'activity',
    'leadership',
    'content',
    'metadata',
    'access',
    'history',
    'info',
    'tracking',
    'queue',
    'config',
    'schedule',
    'sms',
    'whatsapp',
    'feedback',
    'stats',
    'kpis',
    'preferences',
  ])('%s may end a table name', (word) => expect(isPlural(word)).toBe(true));

  it.each(['post', 'status', 'analysis', 'class', 'person', 'category', 'log'])('%s may not end a table name', (word) =>
    expect(isPlural(word)).toBe(false),
  );

  it('takes extra uncountables', () => {
    expect(createInflector(['bedding']).isPlural('bedding')).toBe(true);
    expect(isPlural('bedding')).toBe(false);
  });
});

describe('generated names', () => {
  it('names tables and types', () => {
    expect(singularName('soc_post_likes')).toBe('soc_post_like');
    expect(singularName('mkt_platform_kpis')).toBe('mkt_platform_kpi');
    expect(pascalCase('soc_post_like')).toBe('SocPostLike');
    expect(pascalCase('ai__models')).toBe('AiModels');
    expect(camelCase('post_likes')).toBe('postLikes');
  });
});
