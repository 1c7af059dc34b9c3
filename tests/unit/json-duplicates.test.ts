import { describe, expect, it } from 'vitest';
import { duplicateJsonKeys } from '../../src/domain/json-duplicates';
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
