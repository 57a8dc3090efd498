import { describe, expect, it } from 'vitest';
import { fillMessage, placeholders } from './message.js';

describe('messages', () => {
  it('fills placeholders', () => {
    expect(fillMessage('rename "{{name}}" to "{{ to }}" ({{n}})', { name: 'posts', to: 'soc_posts', n: 2 })).toBe(
      'rename "posts" to "soc_posts" (2)',
    );
  });
  it('throws on a placeholder without data: a bug in the rule', () => {
    expect(() => fillMessage('rename {{name}}', {})).toThrow(/needs data for \{\{name\}\}/);
  });
  it('lists placeholders', () => expect(placeholders('{{a}} and {{ b }}')).toEqual(['a', 'b']));
});
