import { describe, expect, it } from 'vitest';
import { splitScript } from './split-statements.js';

describe('splitScript', () => {
  it('gives each statement the line its code starts on, after leading comments', () => {
    const script = `-- header
-- WARNING: a note
CREATE TABLE a (x text DEFAULT 'a;b');

/* block */ COMMENT ON TABLE a IS 'it''s; fine';
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RETURN NEW;
END;
$$;
-- trailing comment only
`;
    expect(splitScript(script).map((s) => s.line)).toEqual([3, 5, 6]);
    expect(splitScript(script)[0]?.sql).toMatch(/^-- header\n-- WARNING: a note\nCREATE TABLE a/);
  });
});
