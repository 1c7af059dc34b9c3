import { describe, expect, it } from 'vitest';
import {
  checkImportFile,
  importWarnings,
  MAX_IMPORT_BYTES,
  planImport,
  type FileProblem,
} from '../../src/domain/import';
import type { Dataset, Observation } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { bundledDataset } from '../fixtures/dataset';

const utf8 = (text: string) => new TextEncoder().encode(text);
const dataset = bundledDataset();

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
    [
      'bytes that are not UTF-8',
      'du-lieu.json',
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      'binary',
    ],
    ['a Word document name', 'bao-cao.docx', utf8('text'), 'unsupportedType'],
    ['too large', 'lon.json', new Uint8Array(MAX_IMPORT_BYTES + 1), 'tooLarge'],
  ])('%s', (_name, fileName, bytes, expected) => {
    const checked = checkImportFile(fileName, bytes);
    if (expected === 'json' || expected === 'csv') {
      expect(checked).toMatchObject({ ok: true, kind: expected });
      if (checked.ok) expect(checked.text.startsWith('\uFEFF')).toBe(false);
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
        stated: 64,
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
});
