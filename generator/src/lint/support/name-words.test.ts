import { describe, expect, it } from 'vitest';
import { buildModel } from '../test-support/lint-fixture.js';
import { isSnakeCase, moduleByPrefix, toSnakeCase } from './name-words.js';

describe('name words', () => {
  const model = buildModel();

  it.each(['profiles', 'soc_post_tags', 'ai__embeddings', 'pk_ai__embeddings', 'address_line_2', 'ix_t_a1b2c3d4'])(
    '%s is snake_case',
    (name) => expect(isSnakeCase(name, model)).toBe(true),
  );

  it.each(['Profiles', 'fullName', 'soc__posts', 'trailing_', '_leading', '2fa', 'post-tags'])('%s is not', (name) =>
    expect(isSnakeCase(name, model)).toBe(false),
  );

  it.each([
    ['fullName', 'full_name'],
    ['Post-Tags', 'post_tags'],
    ['user__id', 'user_id'],
    ['in review', 'in_review'],
    ['HTTPStatus', 'http_status'],
  ])('toSnakeCase(%s) = %s', (name, expected) => expect(toSnakeCase(name)).toBe(expected));

  it('finds the module by its longest prefix', () => {
    expect(moduleByPrefix('ai__models', model)?.key).toBe('ai');
    expect(moduleByPrefix('soc_posts', model)?.key).toBe('soc');
    expect(moduleByPrefix('profiles', model)).toBeUndefined();
  });
});
