import { describe, expect, it } from 'vitest';
import { DEFAULT_NAMING } from '../model/naming.js';
import { checkShortName, inferNaming, type NamedObject } from './naming-inference.js';

const o = (kind: NamedObject['kind'], table: string, columns: string[], name: string): NamedObject => ({ kind, table, columns, name });

describe('inferNaming', () => {
  it('keeps the spec’s convention when the database follows it', () => {
    const { naming, unkept } = inferNaming(
      [
        o('primaryKey', 'posts', ['id'], 'pk_posts'),
        o('check', 'posts', [], 'ck_posts_one_page'),
        o('index', 'posts', ['author_id'], 'ix_posts_author_id'),
      ],
      DEFAULT_NAMING,
    );
    expect(naming).toEqual(DEFAULT_NAMING);
    expect(unkept).toEqual([]);
  });

  it('recognises PostgreSQL’s and Rails’ defaults, by majority', () => {
    const { naming, unkept } = inferNaming(
      [
        o('primaryKey', 'posts', ['id'], 'posts_pkey'),
        o('primaryKey', 'users', ['id'], 'users_pkey'),
        o('primaryKey', 'tags', ['id'], 'pk_tags'),
        o('foreignKey', 'posts', ['author_id'], 'posts_author_id_fkey'),
        o('unique', 'users', ['email'], 'users_email_key'),
        o('index', 'posts', ['author_id'], 'index_posts_on_author_id'),
        o('index', 'posts', ['author_id', 'created_at'], 'index_posts_on_author_id_and_created_at'),
        o('check', 'posts', [], 'posts_title_check'),
        o('trigger', 'posts', [], 'handle_updated_at'),
        o('trigger', 'users', [], 'handle_updated_at'),
      ],
      DEFAULT_NAMING,
    );
    expect(naming).toEqual({
      primaryKey: '{table}_pkey',
      foreignKey: '{table}_{columns}_fkey',
      unique: '{table}_{columns}_key',
      check: '{table}_{name}_check',
      index: 'index_{table}_on_{columns}',
      uniqueIndex: DEFAULT_NAMING.uniqueIndex,
      trigger: 'handle_updated_at',
    });
    // A primary key cannot carry its own name in the spec: the odd one out is reported.
    expect(unkept.map((u) => u.name)).toEqual(['pk_tags']);
  });

  it('falls back to full check names when no pattern fits every check', () => {
    const { naming } = inferNaming([o('check', 'posts', [], 'posts_check'), o('check', 'posts', [], 'ck_posts_x')], DEFAULT_NAMING);
    expect(naming.check).toBe('{name}');
  });
});

describe('checkShortName', () => {
  it('recovers the short name, including from a shortened (hashed) long name', () => {
    expect(checkShortName('ck_{table}_{name}', 'posts', 'ck_posts_one_page')).toBe('one_page');
    expect(checkShortName('ck_{table}_{name}', 'posts', 'posts_check')).toBeNull();
    expect(checkShortName('{name}', 'posts', 'posts_check')).toBe('posts_check');
    expect(checkShortName('ck_{table}_{name}', 'posts', 'ck_posts_Bad')).toBeNull();
  });
});
