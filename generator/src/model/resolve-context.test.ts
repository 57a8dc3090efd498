import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../spec/yaml-source.js';
import { Locator } from './resolve-context.js';

const TEXT = `tables:
  soc_posts:
    columns:
      title: text
      body: { type: text, nullable: true }
`;

describe('Locator', () => {
  const { file } = parseSourceFile('modules/soc.yaml', TEXT);
  if (!file) throw new Error('the fixture must parse');
  const table = new Locator(file, ['tables', 'soc_posts']);

  it('gives the same line and column as locating eagerly, for values and keys', () => {
    const columns = table.child('columns');
    for (const [location, path, key] of [
      [columns.at('body', 'type'), ['tables', 'soc_posts', 'columns', 'body', 'type'], false],
      [columns.key('title'), ['tables', 'soc_posts', 'columns', 'title'], true],
      [table.key(), ['tables', 'soc_posts'], true],
      [table.at('no_such_key'), ['tables', 'soc_posts', 'no_such_key'], false],
    ] as const) {
      const eager = file.locate(path, { key });
      expect({ file: location.file, line: location.line, column: location.column }).toEqual(eager);
    }
    expect(columns.key('body').line).toBe(5);
    expect(columns.at('body', 'type').column).toBe(21);
  });

  it('serialises as a plain file/line/column', () => {
    expect(JSON.parse(JSON.stringify({ location: table.child('columns').key('title') }))).toEqual({
      location: { file: 'modules/soc.yaml', line: 4, column: 7 },
    });
  });
});
