import { describe, expect, it } from 'vitest';
import { splitStatements } from './split-statements.js';

describe('splitStatements', () => {
  it('splits at top-level semicolons only', () => {
    const script = `-- header; not a statement
CREATE TABLE a (x text DEFAULT 'a;b');
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.x := 'y;';
  RETURN NEW;
END;
$$;
/* block; comment */ COMMENT ON TABLE a IS 'it''s; fine';
SELECT 1`;
    const parts = splitStatements(script);
    expect(parts).toHaveLength(4);
    expect(parts[0]).toMatch(/^-- header; not a statement\nCREATE TABLE a/);
    expect(parts[1]).toMatch(/^CREATE FUNCTION[\s\S]*END;\n\$\$;$/);
    expect(parts[2]).toMatch(/COMMENT ON TABLE a IS 'it''s; fine';$/);
    expect(parts[3]).toBe('SELECT 1');
  });
});
