import { describe, expect, it } from 'vitest';
import {
  compareVietnamese,
  formatDataNumber,
  formatDate,
  formatGrowth,
  formatNumber,
  formatPercent,
  formatStatedShare,
} from '../../src/domain/format';
import type { StatedShare } from '../../src/domain/schema';
import type { Lang } from '../../src/domain/url-state';
import { derivationFormula } from '../../src/domain/view/derived';
import type { Derivation } from '../../src/domain/observations';

const NO_DATA = 'chưa có số liệu';

describe('numbers in the reader’s language', () => {
  it.each<[number | null | undefined, number, string, string]>([
    // value, decimals, Vietnamese, English
    [12455.236, 3, '12.455,236', '12,455.236'],
    [19492.8, 3, '19.492,8', '19,492.8'],
    [8599.3, 3, '8.599,3', '8,599.3'],
    [819, 0, '819', '819'],
    [1234567, 0, '1.234.567', '1,234,567'],
    [9158.2617, 1, '9.158,3', '9,158.3'],
    [0, 0, '0', '0'],
    [-0, 0, '0', '0'],
    [-0.0004, 3, '0', '0'],
    [-1250.5, 1, '-1.250,5', '-1,250.5'],
    [null, 3, NO_DATA, NO_DATA],
    [undefined, 3, NO_DATA, NO_DATA],
    [Number.NaN, 3, NO_DATA, NO_DATA],
    [Number.POSITIVE_INFINITY, 3, NO_DATA, NO_DATA],
  ])('number %s (%s decimals): vi %s, en %s', (value, decimals, vi, en) => {
    expect(formatNumber(value, 'vi', NO_DATA, decimals)).toBe(vi);
    expect(formatNumber(value, 'en', NO_DATA, decimals)).toBe(en);
  });

  it.each<[number | null, number, string, string]>([
    [(43 / 62) * 100, 2, '69,35%', '69.35%'],
    [(12455.236 / 19492.8) * 100, 2, '63,90%', '63.90%'],
    [75, 2, '75,00%', '75.00%'],
    [67.8, 1, '67,8%', '67.8%'],
    [50, 0, '50%', '50%'],
    [1234.5, 1, '1.234,5%', '1,234.5%'],
    [-0.001, 2, '0,00%', '0.00%'],
    [null, 2, NO_DATA, NO_DATA],
    [Number.NaN, 2, NO_DATA, NO_DATA],
  ])('percent %s (%s decimals): vi %s, en %s', (value, decimals, vi, en) => {
    expect(formatPercent(value, 'vi', NO_DATA, decimals)).toBe(vi);
    expect(formatPercent(value, 'en', NO_DATA, decimals)).toBe(en);
  });

  it.each<[number | null, string, string]>([
    [36, '+36%', '+36%'],
    [12.5, '+12,5%', '+12.5%'],
    [-4.5, '−4,5%', '−4.5%'],
    [-4.25, '−4,3%', '−4.3%'],
    [0, '0%', '0%'],
    // Rounded to nothing, a growth has no sign.
    [0.04, '0%', '0%'],
    [-0.04, '0%', '0%'],
    [1250, '+1.250%', '+1,250%'],
    [null, NO_DATA, NO_DATA],
  ])('growth %s: vi %s, en %s', (value, vi, en) => {
    expect(formatGrowth(value, 'vi', NO_DATA)).toBe(vi);
    expect(formatGrowth(value, 'en', NO_DATA)).toBe(en);
  });

  it.each<[number | null, number, string, string]>([
    // A spreadsheet's cell: Vietnamese Excel's own way; English with no thousands separator.
    [12455.236, 3, '12.455,236', '12455.236'],
    [9158.2617, 1, '9.158,3', '9158.3'],
    [63.9, 2, '63,9', '63.9'],
    [null, 3, '', ''],
    [Number.NaN, 3, '', ''],
  ])('CSV cell %s (%s decimals): vi %s, en %s', (value, decimals, vi, en) => {
    expect(formatDataNumber(value, 'vi', decimals)).toBe(vi);
    expect(formatDataNumber(value, 'en', decimals)).toBe(en);
  });

  it.each<[string | null, string]>([
    ['2024-06-27', '27/06/2024'],
    ['2022-10-26', '26/10/2022'],
    ['2022-10', '10/2022'],
    ['2022', '2022'],
    [null, 'không ghi'],
    ['27/06/2024', 'không ghi'],
  ])('date %s → %s, in both languages', (value, expected) => {
    expect(formatDate(value, 'không ghi')).toBe(expected);
  });
});

describe('names in order', () => {
  it('sort the Vietnamese way, with numbers by value', () => {
    const names = ['Quận 10', 'Đống Đa', 'Quận 3', 'Cầu Giấy', 'Quận 1', 'Ba Đình', 'Quận 12'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Ba Đình',
      'Cầu Giấy',
      'Đống Đa',
      'Quận 1',
      'Quận 3',
      'Quận 10',
      'Quận 12',
    ]);
  });
});

describe('stated shares', () => {
  const QUALIFIERS: Record<Lang, Record<StatedShare['qualifier'], string>> = {
    vi: { exact: '', 'more-than': 'hơn ', 'less-than': 'dưới ', about: 'khoảng ' },
    en: { exact: '', 'more-than': 'more than ', 'less-than': 'less than ', about: 'about ' },
  };
  it.each<[StatedShare | null | undefined, string, string]>([
    [{ percent: 64, qualifier: 'more-than' }, 'hơn 64%', 'more than 64%'],
    [{ percent: 67.8, qualifier: 'exact' }, '67,8%', '67.8%'],
    [{ percent: 70, qualifier: 'about', decimals: 1 }, 'khoảng 70,0%', 'about 70.0%'],
    [{ percent: 12.125, qualifier: 'less-than' }, 'dưới 12,125%', 'less than 12.125%'],
    [null, 'không nêu', 'không nêu'],
    [undefined, 'không nêu', 'không nêu'],
  ])('%o: vi %s, en %s, at the precision the article gives', (share, vi, en) => {
    expect(formatStatedShare(share, 'vi', QUALIFIERS.vi, 'không nêu')).toBe(vi);
    expect(formatStatedShare(share, 'en', QUALIFIERS.en, 'không nêu')).toBe(en);
  });
});

describe('derived values’ formulas', () => {
  it.each<[string, Derivation, number | undefined, string, string]>([
    [
      'Cầu Giấy 6T/2023 from the stated growth',
      { kind: 'previous-from-growth', from: 12455.236, growthPercent: 36, basedOn: 'f1' },
      3,
      '12.455,236 / 1,36',
      '12,455.236 / 1.36',
    ],
    [
      'Đống Đa 9T/2021 from the stated growth',
      { kind: 'previous-from-growth', from: 8599.3, growthPercent: 12.5, basedOn: 'f4' },
      3,
      '8.599,3 / 1,125',
      '8,599.3 / 1.125',
    ],
    [
      'Đống Đa’s 2022 estimate from the stated share',
      { kind: 'target-from-share', from: 8599.3, sharePercent: 67.8, basedOn: 'f4' },
      3,
      '8.599,3 / 67,8%',
      '8,599.3 / 67.8%',
    ],
    [
      'a formula the dataset states, as its own text',
      { kind: 'stated', formula: '43 + 8' },
      undefined,
      '43 + 8',
      '43 + 8',
    ],
  ])('%s: vi %s, en %s', (_name, derivation, decimals, vi, en) => {
    expect(derivationFormula(derivation, { decimals }, 'vi')).toBe(vi);
    expect(derivationFormula(derivation, { decimals }, 'en')).toBe(en);
  });
});
