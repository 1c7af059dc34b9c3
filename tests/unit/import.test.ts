import { describe, expect, it } from 'vitest';
import {
  checkImportFile,
  importWarnings,
  locateInFile,
  locateProblem,
  MAX_IMPORT_BYTES,
  MAX_PAGE_IMPORT_BYTES,
  sizeProblem,
  planImport,
  sameObservation,
  type FileProblem,
} from '../../src/domain/import';
import type { Dataset, Observation } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { bundledDataset } from '../fixtures/dataset';

const utf8 = (text: string) => new TextEncoder().encode(text);
const dataset = bundledDataset();

describe('the size limit', () => {
  it.each([
    // size, where it is read, the problem
    [MAX_PAGE_IMPORT_BYTES, MAX_PAGE_IMPORT_BYTES, null],
    [MAX_PAGE_IMPORT_BYTES + 1, MAX_PAGE_IMPORT_BYTES, 'tooLargeOnPage'],
    [MAX_PAGE_IMPORT_BYTES + 1, MAX_IMPORT_BYTES, null],
    [MAX_IMPORT_BYTES, MAX_IMPORT_BYTES, null],
    [MAX_IMPORT_BYTES + 1, MAX_IMPORT_BYTES, 'tooLarge'],
    [MAX_IMPORT_BYTES + 1, MAX_PAGE_IMPORT_BYTES, 'tooLarge'],
  ])('%i bytes where the limit is %i: %s', (size, limit, problem) => {
    expect(sizeProblem(size, limit)).toBe(problem);
  });

  it('is checked on the bytes too: a file over the page’s limit, read on the page', () => {
    expect(checkImportFile('lon.json', new Uint8Array(11), 10)).toEqual({
      ok: false,
      problem: 'tooLargeOnPage',
    });
  });
});

describe('checkImportFile', () => {
  it.each<[string, string, Uint8Array, FileProblem | 'json' | 'csv']>([
    ['good JSON', 'du-lieu.json', utf8('{"schemaVersion":1}'), 'json'],
    ['JSON with a BOM', 'du-lieu.JSON', utf8('\uFEFF{"a":1}'), 'json'],
    ['a CSV', 'mau.csv', utf8('Đơn vị;Giá trị\nCầu Giấy;1'), 'csv'],
    ['an empty file', 'du-lieu.json', new Uint8Array(), 'empty'],
    ['only spaces', 'du-lieu.json', utf8('  \n\t'), 'empty'],
    [
      'a PNG',
      'anh.json',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'binary',
    ],
    // Not UTF-8: read as Windows-1258 (Excel's "CSV" on a Vietnamese Windows); JSON.parse then says whether it is JSON.
    ['bytes that are not UTF-8', 'du-lieu.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'json'],
    // Bytes Windows-1258 leaves unassigned (0x81, 0x8d…): some other code page, refused.
    ['a Shift-JIS file', 'mau.csv', new Uint8Array([0x83, 0x65, 0x3b, 0x81, 0x40]), 'binary'],
    [
      'UTF-16LE with its mark',
      'mau.txt',
      new Uint8Array([0xff, 0xfe, 0x41, 0, 0x3b, 0, 0x42, 0]),
      'csv',
    ],
    [
      'UTF-16LE without a mark',
      'mau.csv',
      new Uint8Array([0x41, 0, 0x3b, 0, 0x42, 0, 0x0a, 0]),
      'csv',
    ],
    ['a Word document name', 'bao-cao.docx', utf8('text'), 'unsupportedType'],
  ])('%s', (_name, fileName, bytes, expected) => {
    const checked = checkImportFile(fileName, bytes);
    if (expected === 'json' || expected === 'csv') {
      expect(checked).toMatchObject({ ok: true, kind: expected });
      if ('text' in checked) expect(checked.text.startsWith('\uFEFF')).toBe(false);
    } else {
      expect(checked).toEqual({ ok: false, problem: expected });
    }
  });
});

const extra: Observation = {
  id: 'test-cg-schools-2024',
  unit: 'cau-giay',
  metric: 'schools-national-standard',
  period: '2024-06-27-status',
  value: 10,
  target: 20,
  source: 'a001',
  quote: 'TEST FIXTURE, not from an article',
};

function withObservations(observations: Observation[]): Dataset {
  return { ...structuredClone(dataset), observations };
}

describe('planImport', () => {
  it('merges: adds new figures, changes those with the same key, keeps the rest', () => {
    const changed = { ...dataset.observations[2]!, value: 44 };
    const incoming = withObservations([extra, changed, dataset.observations[3]!]);
    const plan = planImport(dataset, incoming, 'merge');
    expect(plan.counts).toEqual({ added: 1, changed: 1, unchanged: 1, removed: 0 });
    expect(plan.result.observations).toHaveLength(dataset.observations.length + 1);
    expect(plan.result.observations.find((o) => o.id === changed.id)?.value).toBe(44);
    expect(validateDataset(plan.result).ok).toBe(true);
  });

  it('replaces: the file alone, and says how many current figures go', () => {
    const incoming = withObservations([extra]);
    const plan = planImport(dataset, incoming, 'replace');
    expect(plan.counts).toEqual({
      added: 1,
      changed: 0,
      unchanged: 0,
      removed: dataset.observations.length,
    });
    expect(plan.result.observations).toEqual([extra]);
  });

  it('lists a merge that redefines a period, a metric or a source the current data already has', () => {
    const incoming = structuredClone(dataset);
    incoming.periods[0]!.end = '2021-09-29';
    incoming.sources[1]!.title = 'Một tiêu đề khác';
    incoming.metrics[0]!.decimals = 1;
    const plan = planImport(dataset, incoming, 'merge');
    expect(plan.redefined).toEqual([
      { list: 'periods', id: dataset.periods[0]!.id },
      { list: 'metrics', id: dataset.metrics[0]!.id },
      { list: 'sources', id: dataset.sources[1]!.id },
    ]);
    expect(plan.removedDefinitions).toEqual([]);
    expect(plan.result.periods[0]!.end).toBe('2021-09-29');
  });

  it('says what a replace removes besides figures: notes, sources, periods', () => {
    const incoming = withObservations([extra]);
    incoming.notes = incoming.notes.slice(2);
    incoming.sources = incoming.sources.filter((source) => source.id !== 'a004');
    incoming.periods = incoming.periods.filter((period) => period.id !== '2021-9m');
    const plan = planImport(dataset, incoming, 'replace');
    expect(plan.removedDefinitions).toEqual([
      { list: 'periods', id: '2021-9m' },
      { list: 'sources', id: 'a004' },
      { list: 'notes', id: dataset.notes[0]!.id },
      { list: 'notes', id: dataset.notes[1]!.id },
    ]);
    // A merge never removes a definition.
    expect(planImport(dataset, incoming, 'merge').removedDefinitions).toEqual([]);
  });

  it('counts a figure written another way as unchanged: empty target, implied decimals, key order', () => {
    const noTarget = { ...extra, target: undefined };
    delete noTarget.target;
    const current = withObservations([
      { ...extra, statedShare: { percent: 67.8, qualifier: 'exact' } },
    ]);
    const { quote, ...withoutQuote } = extra;
    const sameFigure: Observation = {
      quote,
      ...withoutQuote,
      statedShare: { qualifier: 'exact', percent: 67.8, decimals: 1 },
    };
    expect(planImport(current, withObservations([sameFigure]), 'merge').counts).toMatchObject({
      unchanged: 1,
      changed: 0,
    });
    expect(sameObservation({ ...noTarget, target: null }, noTarget)).toBe(true);
    expect(sameObservation({ ...extra, target: 21 }, extra)).toBe(false);
    expect(
      sameObservation(
        { ...extra, statedShare: { percent: 69.3, qualifier: 'exact', decimals: 2 } },
        { ...extra, statedShare: { percent: 69.3, qualifier: 'exact' } },
      ),
    ).toBe(false);
  });

  it('keeps the later "as of" date when merging', () => {
    const incoming = { ...withObservations([]), asOf: '2020-01-01' };
    expect(planImport(dataset, incoming, 'merge').result.asOf).toBe(dataset.asOf);
  });
});

describe('importWarnings', () => {
  it('finds the stated share that disagrees (F1) and the periods of different length', () => {
    const warnings = importWarnings(dataset);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'shareDisagrees',
        path: 'observations[0].statedShare',
        stated: { percent: 64, qualifier: 'more-than' },
      }),
    );
    expect(warnings).toContainEqual({
      code: 'periodLengths',
      metric: 'budget-revenue',
      months: [6, 9],
    });
  });

  it('has nothing to say about a clean file', () => {
    expect(importWarnings(withObservations([extra]))).toEqual([]);
  });

  // A figure a thousand times off the one it replaces: how a number read in the wrong style looks.
  it.each<[number, number, boolean]>([
    [21, 21_000, true],
    // 12.455,236 read as 12455236: not quite 1000 in floating point, still a thousandfold.
    [12_455.236, 12_455_236, true],
    [12_455.236, 12.455236, true],
    [-4.5, -4_500, true],
    [100, 99_000, false],
    [19_492.8, 19_492.8, false],
  ])('a figure of %d replaced by %d: warned %s', (before, after, warned) => {
    const [first] = dataset.observations;
    if (!first) throw new Error('the bundled data has figures');
    const incoming = withObservations([{ ...first, value: after }]);
    const current = withObservations([{ ...first, value: before }]);
    const thousandfold = importWarnings(incoming, current).filter(
      (warning) => warning.code === 'thousandfold',
    );
    expect(thousandfold).toEqual(
      warned ? [{ code: 'thousandfold', path: 'observations[0].value', before, after }] : [],
    );
  });
});

describe('locateInFile', () => {
  it('turns a path into the merged result into the path in the file, or into the current data', () => {
    const incoming = withObservations([extra]);
    const plan = planImport(dataset, incoming, 'merge');
    const fromFile = plan.result.observations.indexOf(incoming.observations[0]!);
    expect(fromFile).toBe(dataset.observations.length);
    expect(locateInFile(`observations[${fromFile}].value`, plan.result, incoming, dataset)).toEqual(
      {
        inFile: true,
        path: 'observations[0].value',
      },
    );
    expect(locateInFile('observations[3].source', plan.result, incoming, dataset)).toEqual({
      inFile: false,
      path: 'observations[3].source',
    });
    expect(locateInFile('asOf', plan.result, incoming, dataset)).toEqual({
      inFile: true,
      path: 'asOf',
    });
  });

  it("finds the file's own row for an id that clashes with the current data only after a merge", () => {
    const clash = { ...extra, id: dataset.observations[5]!.id };
    const incoming = withObservations([clash]);
    const plan = planImport(dataset, incoming, 'merge');
    const checked = validateDataset(plan.result);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const located = checked.problems.map((problem) =>
      locateInFile(problem.path, plan.result, incoming, dataset),
    );
    expect(located).toContainEqual({ inFile: true, path: 'observations[0].id' });
  });
});

describe('locateProblem', () => {
  it("reports an id clash at the file's figure even when the current one of the pair is flagged", () => {
    // The file moves a copy of figure 5 onto figure 0's district, metric and period: merged, it
    // takes figure 0's place, so the validator flags the current figure 5 as the repeat.
    const moved = { ...dataset.observations[5]!, ...pick(dataset.observations[0]!) };
    const incoming = withObservations([moved]);
    const plan = planImport(dataset, incoming, 'merge');
    const checked = validateDataset(plan.result);
    if (checked.ok) throw new Error('the merge should clash');
    const problem = checked.problems.find((p) => p.code === 'duplicateId')!;
    expect(locateInFile(problem.path, plan.result, incoming, dataset).inFile).toBe(false);
    expect(locateProblem(problem, plan.result, incoming, dataset).path).toEqual({
      inFile: true,
      path: 'observations[0].id',
    });
  });
});

function pick(obs: Observation) {
  return { unit: obs.unit, metric: obs.metric, period: obs.period, topic: obs.topic };
}
