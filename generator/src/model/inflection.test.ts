import { describe, expect, it } from 'vitest';
import { camelCase, isPluralWord, pascalCase, singularName, singularWord } from './inflection.js';

describe('inflection', () => {
  it.each([
    ['posts', 'post'],
    ['categories', 'category'],
    ['addresses', 'address'],
    ['boxes', 'box'],
    ['branches', 'branch'],
    ['statuses', 'status'],
    ['status', 'status'],
    ['stats', 'stats'],
    ['sms', 'sms'],
    ['people', 'person'],
    ['days', 'day'],
    ['analyses', 'analysis'],
    ['education', 'education'],
  ])('%s → %s', (plural, singular) => {
    expect(singularWord(plural)).toBe(singular);
  });

  it('tells plural from singular last words', () => {
    expect(isPluralWord('posts')).toBe(true);
    expect(isPluralWord('post')).toBe(false);
    expect(isPluralWord('metadata')).toBe(true);
  });

  it('names tables and types', () => {
    expect(singularName('soc_post_likes')).toBe('soc_post_like');
    expect(pascalCase('soc_post_like')).toBe('SocPostLike');
    expect(pascalCase('ai__models')).toBe('AiModels');
    expect(camelCase('post_likes')).toBe('postLikes');
  });
});
