import { describe, expect, it } from 'vitest';
import { parseDatasetText, validateDataset, type ProblemCode } from '../../src/domain/validate';
import { bundledJson, bundledText } from '../fixtures/dataset';

type Json = Record<string, unknown> & {
  observations: Record<string, unknown>[];
  periods: Record<string, unknown>[];
  units: Record<string, unknown>[];
  metrics: Record<string, unknown>[];
  sources: Record<string, unknown>[];
};

function mutated(change: (data: Json) => void): unknown {
  const data = bundledJson() as Json;
  change(data);
  return data;
}

describe('validateDataset', () => {
  it('accepts the bundled dataset', () => {
    const result = parseDatasetText(bundledText);
    expect(result.ok).toBe(true);
  });

  it.each<[string, string, ProblemCode, string]>([
    ['broken JSON', '{"schemaVersion": 1,', 'invalidJson', ''],
    ['an array', '[]', 'notAnObject', ''],
    ['a bare number', '42', 'notAnObject', ''],
    ['null', 'null', 'notAnObject', ''],
  ])('rejects %s', (_name, text, code, path) => {
    const result = parseDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code, path });
  });

  it.each<[string, (data: Json) => void, ProblemCode, string]>([
    ['a missing title', (d) => delete d.title, 'required', 'title'],
    ['a version from a newer app', (d) => (d.schemaVersion = 2), 'newerFormat', 'schemaVersion'],
    [
      'a version that is not a number',
      (d) => (d.schemaVersion = 'v1'),
      'schemaVersion',
      'schemaVersion',
    ],
    [
      'a value given as text',
      (d) => (d.observations[0]!.value = '12.455,236'),
      'number',
      'observations[0].value',
    ],
    [
      'a negative amount',
      (d) => (d.observations[0]!.value = -5),
      'negative',
      'observations[0].value',
    ],
    [
      'an infinite amount',
      (d) => (d.observations[0]!.target = Number.POSITIVE_INFINITY),
      'number',
      'observations[0].target',
    ],
    [
      'a date that does not exist',
      (d) => (d.periods[0]!.end = '2021-02-30'),
      'isoDate',
      'periods[0].end',
    ],
    [
      'a date in the wrong form',
      (d) => (d.periods[0]!.start = '01/01/2021'),
      'isoDate',
      'periods[0].start',
    ],
    [
      'a source month 13',
      (d) => (d.sources[0]!.date = '2022-13'),
      'partialDate',
      'sources[0].date',
    ],
    ['an id with capitals and accents', (d) => (d.units[0]!.id = 'Cầu Giấy'), 'id', 'units[0].id'],
    ['an empty unit list', (d) => (d.units = []), 'emptyList', 'units'],
    [
      'an unknown metric kind',
      (d) => (d.metrics[0]!.kind = 'ratio'),
      'picklist',
      'metrics[0].kind',
    ],
    ['an empty quote', (d) => (d.observations[0]!.quote = '   '), 'empty', 'observations[0].quote'],
    [
      'a period that ends before it starts',
      (d) => (d.periods[0]!.end = '2020-12-31'),
      'endBeforeStart',
      'periods[0].end',
    ],
    [
      'an unknown unit',
      (d) => (d.observations[0]!.unit = 'ba-dinh'),
      'unknownRef',
      'observations[0].unit',
    ],
    [
      'an unknown source',
      (d) => (d.observations[0]!.source = 'a999'),
      'unknownRef',
      'observations[0].source',
    ],
    [
      'an unknown growth period',
      (d) => ((d.observations[0]!.statedGrowth as { comparedTo: string }).comparedTo = '2019-h1'),
      'unknownRef',
      'observations[0].statedGrowth.comparedTo',
    ],
    ['a duplicate unit id', (d) => d.units.push({ ...d.units[0]! }), 'duplicateId', 'units[2].id'],
    [
      'a duplicate observation',
      (d) => d.observations.push({ ...d.observations[0]!, id: 'copy' }),
      'duplicateObservation',
      'observations[13]',
    ],
    [
      'a count above its total',
      (d) => (d.observations[2]!.value = 63),
      'countAboveTotal',
      'observations[2].value',
    ],
    [
      'a stated share over 100% for a count',
      (d) => ((d.observations[2]!.statedShare as { percent: number }).percent = 120),
      'shareOutOfRange',
      'observations[2].statedShare.percent',
    ],
    [
      'a negative stated share',
      (d) => ((d.observations[2]!.statedShare as { percent: number }).percent = -1),
      'negative',
      'observations[2].statedShare.percent',
    ],
    [
      'a target on a plain tally',
      (d) => (d.observations[6]!.target = 40),
      'targetOnTally',
      'observations[6].target',
    ],
  ])('reports %s with its path', (_name, change, code, path) => {
    const result = validateDataset(mutated(change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('accepts an amount above its estimate: revenue can exceed it', () => {
    const result = validateDataset(
      mutated((d) => ((d.observations[0]!.statedShare as { percent: number }).percent = 112)),
    );
    expect(result.ok).toBe(true);
  });

  it('names the unknown id it could not find', () => {
    const result = validateDataset(mutated((d) => (d.observations[1]!.metric = 'budget')));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: 'observations[1].metric', code: 'unknownRef', detail: 'metrics:budget' },
      ]);
    }
  });
});
