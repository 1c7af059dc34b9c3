import { describe, expect, it } from 'vitest';
import {
  checkStatedShare,
  growthPercent,
  periodLengthWarning,
  periodMonths,
  previousFromGrowth,
  sharePercent,
  targetFromShare,
  type ShareCheck,
} from '../../src/domain/metrics';
import type { Period, StatedShare } from '../../src/domain/schema';

describe('sharePercent', () => {
  it.each<[number | null, number | null, number | null]>([
    [12455.236, 19492.8, 63.897],
    [43, 62, 69.355],
    [51, 68, 75],
    [819, 819, 100],
    [29, 31, 93.548],
    [5, 0, null],
    // Found by the property test: a denormal target would give Infinity.
    [8.881784197001253e-18, 5e-324, null],
    [null, 62, null],
    [43, null, null],
  ])('%s of %s is %s%%', (value, target, expected) => {
    const share = sharePercent(value, target);
    if (expected == null) expect(share).toBeNull();
    else expect(share).toBeCloseTo(expected, 3);
  });
});

describe('growth and derived values', () => {
  it.each<[string, number | null, number]>([
    ['Cầu Giấy, 6 months of 2023 from +36%', previousFromGrowth(12455.236, 36), 9158.262],
    ['Đống Đa, 9 months of 2021 from +12.5%', previousFromGrowth(8599.3, 12.5), 7643.822],
    ['Đống Đa 2022 estimate from 67.8%', targetFromShare(8599.3, 67.8), 12683.333],
  ])('%s', (_name, value, expected) => {
    expect(value).toBeCloseTo(expected, 3);
  });

  it.each<[string, number | null]>([
    ['growth of −100% has no previous value', previousFromGrowth(100, -100)],
    ['a share of 0 implies no target', targetFromShare(100, 0)],
    ['a missing value derives nothing', previousFromGrowth(null, 10)],
    ['growth against a zero base is undefined', growthPercent(10, 0)],
  ])('%s', (_name, value) => {
    expect(value).toBeNull();
  });

  it.each<[number, number, number]>([
    [12455.236, 9000, 38.392],
    [8599.3, 8599.3, 0],
    [90, 100, -10],
  ])('growth of %s on %s is %s percent', (current, previous, expected) => {
    expect(growthPercent(current, previous)).toBeCloseTo(expected, 3);
  });
});

describe('checkStatedShare', () => {
  it.each<[string, number, StatedShare, ShareCheck]>([
    [
      'F1: 63,90% computed, article says "hơn 64%"',
      63.897,
      { percent: 64, qualifier: 'more-than' },
      'disagrees',
    ],
    [
      'F5: 43/62 against a printed 69,35%',
      (43 / 62) * 100,
      { percent: 69.35, qualifier: 'exact' },
      'agrees',
    ],
    [
      'an exact 69,4% off by a rounding step',
      69.35,
      { percent: 69.4, qualifier: 'exact' },
      'agrees',
    ],
    [
      'an exact 69,30% with its printed decimals',
      69.354,
      { percent: 69.3, qualifier: 'exact', decimals: 2 },
      'disagrees',
    ],
    ['"hơn 60%" for 63,9%', 63.9, { percent: 60, qualifier: 'more-than' }, 'agrees'],
    ['"dưới 50%" for 63,9%', 63.9, { percent: 50, qualifier: 'less-than' }, 'disagrees'],
    ['"khoảng 64%" for 63,9%', 63.9, { percent: 64, qualifier: 'about' }, 'agrees'],
    ['"khoảng 70%" for 63,9%', 63.9, { percent: 70, qualifier: 'about' }, 'disagrees'],
  ])('%s', (_name, computed, stated, expected) => {
    expect(checkStatedShare(computed, stated)).toBe(expected);
  });
});

const period = (id: string, start: string | undefined, end: string): Period => ({
  id,
  label: { vi: id },
  shortLabel: { vi: id },
  year: Number(end.slice(0, 4)),
  start,
  end,
});

describe('period lengths', () => {
  it.each<[string, string | undefined, string, number | null]>([
    ['9 months of 2022', '2022-01-01', '2022-09-30', 9],
    ['6 months of 2024 (leap year)', '2024-01-01', '2024-06-30', 6],
    ['a whole year', '2024-01-01', '2024-12-31', 12],
    ['a status as of a date', undefined, '2024-06-27', null],
  ])('%s lasts %s months', (_name, start, end, months) => {
    expect(periodMonths(period('p', start, end))).toBe(months);
  });

  it('warns when 9 months of 2022 are compared with 6 months of 2024', () => {
    const warning = periodLengthWarning([
      period('2022-9m', '2022-01-01', '2022-09-30'),
      period('2024-h1', '2024-01-01', '2024-06-30'),
    ]);
    expect(warning).toEqual([
      { periodId: '2022-9m', months: 9 },
      { periodId: '2024-h1', months: 6 },
    ]);
  });

  it('does not warn for periods of the same length, or for "as of" dates', () => {
    expect(
      periodLengthWarning([
        period('2023-h1', '2023-01-01', '2023-06-30'),
        period('2024-h1', '2024-01-01', '2024-06-30'),
        period('status', undefined, '2024-06-27'),
      ]),
    ).toBeNull();
  });
});
