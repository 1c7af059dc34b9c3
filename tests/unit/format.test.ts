import { describe, expect, it } from 'vitest';
import {
  compareVietnamese,
  formatDate,
  formatGrowth,
  formatNumber,
  formatPercent,
  formatStatedShare,
} from '../../src/domain/format';
import type { StatedShare } from '../../src/domain/schema';

const NO_DATA = 'chưa có số liệu';

describe('vi-VN formatting', () => {
  it.each<[number | null | undefined, number, string]>([
    [12455.236, 3, '12.455,236'],
    [19492.8, 3, '19.492,8'],
    [8599.3, 3, '8.599,3'],
    [819, 0, '819'],
    [1234567, 0, '1.234.567'],
    [9158.2617, 1, '9.158,3'],
    [0, 0, '0'],
    [null, 3, NO_DATA],
    [undefined, 3, NO_DATA],
    [Number.NaN, 3, NO_DATA],
    [Number.POSITIVE_INFINITY, 3, NO_DATA],
  ])('number %s (%s decimals) → %s', (value, decimals, expected) => {
    expect(formatNumber(value, NO_DATA, decimals)).toBe(expected);
  });

  it.each<[number | null, number, string]>([
    [(43 / 62) * 100, 2, '69,35%'],
    [(12455.236 / 19492.8) * 100, 2, '63,90%'],
    [75, 2, '75,00%'],
    [67.8, 1, '67,8%'],
    [null, 2, NO_DATA],
    [Number.NaN, 2, NO_DATA],
  ])('percent %s → %s', (value, decimals, expected) => {
    expect(formatPercent(value, NO_DATA, decimals)).toBe(expected);
  });

  it.each<[number | null, string]>([
    [36, '+36%'],
    [12.5, '+12,5%'],
    [-4.25, '−4,3%'],
    [0, '0%'],
    [null, NO_DATA],
  ])('growth %s → %s', (value, expected) => {
    expect(formatGrowth(value, NO_DATA)).toBe(expected);
  });

  it.each<[string | null, string]>([
    ['2024-06-27', '27/06/2024'],
    ['2022-10-26', '26/10/2022'],
    ['2022-10', '10/2022'],
    ['2022', '2022'],
    [null, 'không ghi'],
    ['27/06/2024', 'không ghi'],
  ])('date %s → %s', (value, expected) => {
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
  const QUALIFIERS = { exact: '', 'more-than': 'hơn ', 'less-than': 'dưới ', about: 'khoảng ' };
  it.each<[StatedShare | null | undefined, string]>([
    [{ percent: 64, qualifier: 'more-than' }, 'hơn 64%'],
    [{ percent: 67.8, qualifier: 'exact' }, '67,8%'],
    [{ percent: 70, qualifier: 'about', decimals: 1 }, 'khoảng 70,0%'],
    [{ percent: 12.125, qualifier: 'less-than' }, 'dưới 12,125%'],
    [null, 'không nêu'],
    [undefined, 'không nêu'],
  ])('%o → %s, at the precision the article gives', (share, expected) => {
    expect(formatStatedShare(share, QUALIFIERS, 'không nêu')).toBe(expected);
  });
});
