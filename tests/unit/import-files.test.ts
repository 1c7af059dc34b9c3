import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetCsv } from '../../src/domain/dataset-csv';
import { checkImportFile } from '../../src/domain/import';
import type { NumberStyle } from '../../src/domain/number-style';
import { validateDataset } from '../../src/domain/validate';
import { bundledDataset } from '../fixtures/dataset';

/**
 * Files as office software writes them (tests/fixtures/import/), each with the reading it must
 * give or the message it must show. Made from Excel's, LibreOffice's, Google Sheets' and
 * Notepad's documented output: encodings, separators, number styles, dates and structure.
 */
const dataset = bundledDataset();
const folder = join(__dirname, '../fixtures/import');

type Expected =
  | { figure: { value: number; target?: number; share?: number }; encoding?: string }
  | { ask: 'noEvidence' | 'conflict' | 'zeroFraction'; readings: Record<NumberStyle, number> }
  | { problems: string[] }
  | { fileProblem: string };

function importFile(name: string, numberStyle?: NumberStyle) {
  const checked = checkImportFile(name, new Uint8Array(readFileSync(join(folder, name))));
  if (!checked.ok || !('text' in checked)) return { checked, read: null };
  return { checked, read: readDatasetCsv(checked.text, dataset, { numberStyle }) };
}

describe('files as office software writes them', () => {
  it.each<[string, Expected]>([
    ['excel-csv-utf8-vi.csv', { figure: { value: 12455.236, target: 19492.8 } }],
    [
      'excel-csv-windows-1258.csv',
      { figure: { value: 12455.236, target: 19492.8 }, encoding: 'windows-1258' },
    ],
    ['notepad-ansi.csv', { figure: { value: 12455.236 }, encoding: 'windows-1258' }],
    [
      'excel-unicode-text.txt',
      { figure: { value: 12455.236, target: 19492.8 }, encoding: 'utf-16le' },
    ],
    ['utf16be-bom.csv', { figure: { value: 12455.236 }, encoding: 'utf-16be' }],
    ['libreoffice-default.csv', { figure: { value: 12455.236, target: 19492.8 } }],
    ['google-sheets-en.csv', { figure: { value: 12455.236, target: 19492.8 } }],
    ['comma-file-ambiguous.csv', { ask: 'noEvidence', readings: { vi: 21, en: 21000 } }],
    ['comma-file-ambiguous-dot.csv', { ask: 'noEvidence', readings: { vi: 1234, en: 1.234 } }],
    ['comma-file-vi-evidence.csv', { figure: { value: 21000, target: 1234.5 } }],
    ['macos-nfd-headers.csv', { figure: { value: 12455.236 } }],
    ['excel-used-range.csv', { figure: { value: 12455.236 } }],
    ['minimal-semicolon.csv', { figure: { value: 12.5 } }],
    ['share-with-percent.csv', { figure: { value: 12455.236, target: 19492.8, share: 63.9 } }],
    ['title-row.csv', { problems: ['4:Giá trị number'] }],
    ['shift-jis.csv', { fileProblem: 'binary' }],
  ])('%s', (name, expected) => {
    const { checked, read } = importFile(name);
    if ('fileProblem' in expected) {
      expect(checked).toEqual({ ok: false, problem: expected.fileProblem });
      return;
    }
    expect(checked.ok && read).toBeTruthy();
    if (!read) return;
    if ('figure' in expected) {
      if (expected.encoding)
        expect('encoding' in checked && checked.encoding).toBe(expected.encoding);
      expect(read.ok ? [] : read.problems).toEqual([]);
      if (!read.ok) return;
      expect(validateDataset(read.dataset).ok).toBe(true);
      const [figure, ...others] = read.dataset.observations;
      expect(others).toEqual([]);
      expect(figure).toMatchObject({
        unit: 'cau-giay',
        metric: 'budget-revenue',
        value: expected.figure.value,
        ...(expected.figure.target != null ? { target: expected.figure.target } : {}),
        ...(expected.figure.share != null
          ? { statedShare: { percent: expected.figure.share } }
          : {}),
      });
      // Vietnamese text arrives whole, whatever the encoding: the quote as the article gave it.
      expect(figure?.quote.normalize('NFC')).toBe(figure?.quote);
      expect(figure?.quote).toMatch(/^(Thu ngân sách 6 tháng|Đạt 12,5; vượt 3,2)/);
    } else if ('ask' in expected) {
      expect(read).toMatchObject({ ok: false, problems: [], info: { numbers: { ok: false } } });
      const numbers = read.info?.numbers;
      expect(numbers && !numbers.ok && numbers.reason).toBe(expected.ask);
      // Each reading the user can pick gives its own number, and nothing else differs.
      for (const style of ['vi', 'en'] as const) {
        const chosen = importFile(name, style).read;
        expect(chosen?.ok && chosen.dataset.observations[0]?.value).toBe(expected.readings[style]);
      }
    } else {
      expect(read.ok ? [] : read.problems.map((p) => `${p.path} ${p.code}`)).toEqual(
        expected.problems,
      );
    }
  });

  it('reads dates month first when the file shows it, and asks when nothing does', () => {
    // 06/30/2026: no 30th month, so the file writes its month first, its 01/01/2026 too.
    const us = importFile('us-date.csv').read;
    expect(us?.info?.dates).toMatchObject({ ok: true, order: 'md', basis: 'evidence' });
    expect(us?.ok && us.dataset.periods.find((period) => period.id === '2026-h1')).toMatchObject({
      start: '2026-01-01',
      end: '2026-06-30',
    });
    // English numbers, every day 12 or less: 03/11/2026 is the 11th of March or the 3rd of November.
    const ambiguous = importFile('us-dates-ambiguous.csv').read;
    expect(ambiguous).toMatchObject({
      ok: false,
      problems: [],
      info: { dates: { ok: false, reason: 'noEvidence' } },
    });
    expect(ambiguous?.info?.dates?.ambiguous.map((cell) => cell.at)).toEqual([
      '2:Đến ngày',
      '3:Từ ngày',
      '3:Đến ngày',
    ]);
    const checked = checkImportFile(
      'x.csv',
      new Uint8Array(readFileSync(join(folder, 'us-dates-ambiguous.csv'))),
    );
    const text = 'text' in checked ? checked.text : '';
    for (const [order, end] of [
      ['md', '2026-03-11'],
      ['dm', '2026-11-03'],
    ] as const) {
      const read = readDatasetCsv(text, dataset, { dateOrder: order });
      expect(read.ok && read.dataset.periods.find((period) => period.id === '2026-q1')?.end).toBe(
        end,
      );
    }
    // Both orders in one file: asked, naming a cell of each.
    expect(importFile('mixed-date-orders.csv').read?.info?.dates).toMatchObject({
      ok: false,
      reason: 'conflict',
      conflict: { dm: { at: '2:Đến ngày' }, md: { at: '3:Đến ngày' } },
    });
  });

  it('says a title above the header was left out, and keeps the spreadsheet’s row numbers', () => {
    const { read } = importFile('title-row.csv');
    expect(read?.info?.titleRows).toBe(1);
    const text = readFileSync(join(folder, 'title-row.csv'), 'utf8').replace('mười hai', '12');
    const fixed = readDatasetCsv(text, dataset);
    expect(fixed.ok && fixed.rowOfObservation).toEqual([3, 4]);
  });

  it('finds the separator from the header, not from the numbers', () => {
    expect(importFile('minimal-semicolon.csv').read?.info?.separator).toBe(';');
    expect(importFile('libreoffice-default.csv').read?.info?.separator).toBe(',');
    expect(importFile('excel-unicode-text.txt').read?.info?.separator).toBe('\t');
  });
});
