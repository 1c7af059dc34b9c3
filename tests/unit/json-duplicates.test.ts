import { describe, expect, it } from 'vitest';
import { duplicateJsonKeys, jsonLines } from '../../src/domain/json-duplicates';
import { bundledText } from '../fixtures/dataset';

describe('keys given twice in one JSON object', () => {
  it.each<[string, string[]]>([
    ['{"a":1,"b":2}', []],
    ['{"a":1,"a":2}', ['a']],
    [
      '{"observations":[{"id":"x","value":21},{"id":"y","value":21,"value":21000}]}',
      ['observations[1].value'],
    ],
    ['{"a":{"b":1},"c":{"b":2}}', []],
    ['{"a":{"b":1,"b":2}}', ['a.b']],
    ['[{"k":1},{"k":2,"k":3}]', ['[1].k']],
    ['{"a b":1,"a b":2}', ['["a b"]']],
    ['{"s":"a \\" , { [ b","s":1}', ['s']],
    ['{"t":"{\\"x\\":1,\\"x\\":2}"}', []],
    ['{"n":{"m":[1,2,{"q":1,"q":1}]}}', ['n.m[2].q']],
    ['{"a":1,"b":{"a":2},"a":3}', ['a']],
  ])('%s', (text, expected) => {
    JSON.parse(text);
    expect(duplicateJsonKeys(text)).toEqual(expected);
  });

  it('finds none in the bundled dataset, and stops at its limit', () => {
    expect(duplicateJsonKeys(bundledText)).toEqual([]);
    const many = `{${Array.from({ length: 30 }, () => '"k":1').join(',')}}`;
    expect(duplicateJsonKeys(many, 5)).toHaveLength(5);
  });
});

describe('the line a JSON path starts on', () => {
  const text = [
    '{',
    '  "schemaVersion": 1,',
    '  "observations": [',
    '    { "id": "a", "value": 1 },',
    '    {',
    '      "id": "b",',
    '      "value": 2',
    '    }',
    '  ],',
    '  "notes": ["x", "y, z"]',
    '}',
  ].join('\n');

  it.each<[string, number | undefined]>([
    ['schemaVersion', 2],
    ['observations', 3],
    ['observations[0]', 4],
    ['observations[0].value', 4],
    ['observations[1]', 5],
    ['observations[1].id', 6],
    ['observations[1].value', 7],
    // A member the file leaves out: where its object starts.
    ['observations[1].target', 5],
    ['notes[1]', 10],
    ['missing', undefined],
  ])('%s → line %s', (path, line) => {
    expect(jsonLines(text, [path]).get(path)).toBe(line);
  });

  it('places a key given twice at its last, the one JSON.parse keeps', () => {
    expect(jsonLines('{\n"a": 1,\n"a": 2\n}', ['a']).get('a')).toBe(3);
  });

  it('finds the lines of the bundled dataset’s figures, each on a line of its own', () => {
    const paths = ['observations[0].value', 'observations[5].value', 'observations[12].quote'];
    const lines = jsonLines(bundledText, paths);
    const textLines = bundledText.split('\n');
    for (const path of paths) {
      const field = path.split('.').at(-1)!;
      expect(textLines[(lines.get(path) ?? 0) - 1]).toContain(`"${field}"`);
    }
  });
});
