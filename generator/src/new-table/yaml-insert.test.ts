import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Phase } from '../model/model.js';
import { MINI_FILES } from './test-support/mini-spec.js';
import { indentUnit, insertIntoModuleFile, type ModuleFileEdit } from './yaml-insert.js';

const SOC = MINI_FILES['modules/soc.yaml'] ?? '';
const MKT = MINI_FILES['modules/mkt.yaml'] ?? '';

const table = (name: string, phase: Phase = 'live') => ({
  name,
  phase,
  lines: [`${name}:`, '  description: New.', '  columns:', '    a: { type: text }'],
});

function edit(original: string, name: string, phase: Phase = 'live', enumLines: string[] = []): ModuleFileEdit {
  const result = insertIntoModuleFile(original, table(name, phase), enumLines);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

/** Removes the insertions from the new text: what is left must be the original, byte for byte. */
function withoutInsertions(result: ModuleFileEdit): string {
  let text = result.text;
  // Offsets are the original's: remove from the last insertion backwards, each is then where it was added.
  let shift = result.insertions.reduce((sum, ins) => sum + ins.text.length, 0);
  for (const ins of [...result.insertions].reverse()) {
    shift -= ins.text.length;
    const at = ins.offset + shift;
    expect(text.slice(at, at + ins.text.length)).toBe(ins.text);
    text = text.slice(0, at) + text.slice(at + ins.text.length);
  }
  return text;
}

/** Table names of the file, in order. */
const tableOrder = (text: string): string[] => Object.keys((parse(text) as { tables: object }).tables);
const lineOf = (text: string, line: number): string => text.split('\n')[line - 1] ?? '';

describe('insertIntoModuleFile', () => {
  it('puts a live table after the last live table, leaving every other byte (comments, spacing, sections) alone', () => {
    const result = edit(SOC, 'soc_shares');
    expect(withoutInsertions(result)).toBe(SOC);
    expect(tableOrder(result.text)).toEqual(['soc_posts', 'soc_post_likes', 'soc_shares', 'soc_polls']);
    expect(result.place).toBe('after soc_post_likes');
    expect(lineOf(result.text, result.tableLine)).toBe('  soc_shares:');
    // A blank line before it, as between the other tables; the section header stays above soc_polls.
    expect(result.text).toContain(
      '      - columns: [profile_id]\n\n  soc_shares:\n    description: New.\n    columns:\n      a: { type: text }\n\n  # ── Planned, Year 1',
    );
  });

  it('keeps comments indented inside a table with that table', () => {
    const result = edit(SOC, 'soc_shares');
    const text = SOC.replace('  soc_post_likes:', '  soc_x:');
    const other = edit(text, 'soc_shares');
    expect(other.text).toContain('# a comment that belongs to soc_posts');
    // The new table goes after soc_x here, and the comment of soc_posts stays where it was.
    expect(tableOrder(other.text).indexOf('soc_shares')).toBe(2);
    expect(result.text.indexOf('# a comment that belongs to soc_posts')).toBeLessThan(result.text.indexOf('soc_shares:'));
  });

  it('puts a planned table after the last of its phase, else of an earlier phase', () => {
    expect(tableOrder(edit(SOC, 'soc_votes', 'y1').text)).toEqual(['soc_posts', 'soc_post_likes', 'soc_polls', 'soc_votes']);
    const y2 = edit(SOC, 'soc_groups', 'y2');
    expect(tableOrder(y2.text)).toEqual(['soc_posts', 'soc_post_likes', 'soc_polls', 'soc_groups']);
    expect(y2.place).toBe('at the end of tables:, after soc_polls');
    // The comment after the last table (at the file's top level) stays last.
    expect(y2.text.endsWith('      a: { type: text }\n\n# end of soc\n')).toBe(true);
    expect(withoutInsertions(y2)).toBe(SOC);
  });

  it('puts a live table at the end when the module has only planned tables', () => {
    const planned = 'version: 1\nmodule: soc\ntables:\n  soc_a:\n    status: planned\n    phase: y2\n    columns: {}\n';
    expect(tableOrder(edit(planned, 'soc_b').text)).toEqual(['soc_a', 'soc_b']);
  });

  it('adds enums at the end of enums:, in the style of the entries there', () => {
    const result = edit(SOC, 'soc_shares', 'live', ['soc_share_kind:', '  values: [a, b]']);
    expect(withoutInsertions(result)).toBe(SOC);
    expect(result.text).toContain('  soc_post_status: { values: [draft, published] }\n  soc_share_kind:\n    values: [a, b]\n\ntables:');
    expect(lineOf(result.text, result.enumLine ?? 0)).toBe('  soc_share_kind:');
    expect(lineOf(result.text, result.tableLine)).toBe('  soc_shares:');
    expect(Object.keys((parse(result.text) as { enums: object }).enums)).toEqual(['soc_post_type', 'soc_post_status', 'soc_share_kind']);
  });

  it('creates enums: before tables: and its comments, in a file without a final newline', () => {
    expect(MKT.endsWith('\n')).toBe(false);
    const result = edit(MKT, 'mkt_emails', 'live', ['mkt_email_kind:', '  values: [a, b]']);
    expect(withoutInsertions(result)).toBe(MKT);
    expect(result.text).toContain(
      'module: mkt\n\nenums:\n  mkt_email_kind:\n    values: [a, b]\n\n# Marketing has no enums yet.\ntables:\n',
    );
    expect(
      result.text.endsWith(
        '      title: { type: varchar(120) }\n\n  mkt_emails:\n    description: New.\n    columns:\n      a: { type: text }\n',
      ),
    ).toBe(true);
    expect(lineOf(result.text, result.tableLine)).toBe('  mkt_emails:');
    expect(lineOf(result.text, result.enumLine ?? 0)).toBe('  mkt_email_kind:');
    expect(tableOrder(result.text)).toEqual(['mkt_campaigns', 'mkt_emails']);
  });

  it('follows a file that packs its tables without blank lines', () => {
    const tight = 'version: 1\nmodule: soc\ntables:\n  soc_a:\n    columns: {}\n  soc_b:\n    columns: {}\n';
    expect(edit(tight, 'soc_c').text).toBe(`${tight}  soc_c:\n    description: New.\n    columns:\n      a: { type: text }\n`);
  });

  it('adds tables: to a file that has none, and fills an empty tables:', () => {
    const bare = '# yaml-language-server: $schema=../spec.schema.json\nversion: 1\nmodule: ai\n';
    const added = edit(bare, 'ai__models', 'live', ['ai__model_kind:', '  values: [a]']);
    expect(withoutInsertions(added)).toBe(bare);
    expect(added.text).toBe(
      `${bare}\nenums:\n  ai__model_kind:\n    values: [a]\n\ntables:\n  ai__models:\n    description: New.\n    columns:\n      a: { type: text }\n`,
    );
    expect(lineOf(added.text, added.tableLine)).toBe('  ai__models:');
    const empty = 'version: 1\nmodule: ai\ntables:\n';
    expect(edit(empty, 'ai__models').text).toBe(`${empty}  ai__models:\n    description: New.\n    columns:\n      a: { type: text }\n`);
  });

  it('refuses a flow-style tables: map instead of rewriting it', () => {
    expect(insertIntoModuleFile('version: 1\nmodule: soc\ntables: { soc_a: { columns: {} } }\n', table('soc_b'), [])).toMatch(/flow style/);
  });

  it('indents by the step of the file', () => {
    expect(indentUnit(SOC)).toBe(2);
    expect(indentUnit('version: 1\ntables:\n    soc_a:\n        columns: {}\n')).toBe(4);
    const four = 'version: 1\nmodule: soc\ntables:\n    soc_a:\n        columns: {}\n';
    expect(edit(four, 'soc_b').text).toContain('\n    soc_b:\n');
  });
});
