import { describe, expect, it } from 'vitest';
import {
  judge,
  PACE_TOLERANCE_POINTS,
  STATUS_TONE,
  timeElapsed,
  type JudgementInput,
  type Status,
  type TimeElapsed,
} from '../../src/domain/status';

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
const months = (percent: number, done: number, of: number): TimeElapsed => ({
  percent,
  months: done,
  ofMonths: of,
});

describe('timeElapsed: the share of the target period elapsed', () => {
  it.each<
    [
      string,
      { start?: string; end: string },
      { start?: string; end: string } | null,
      TimeElapsed | 'unknown' | null,
    ]
  >([
    [
      '6 months of a year',
      { start: '2024-01-01', end: '2024-06-30' },
      year(2024),
      months(50, 6, 12),
    ],
    [
      '9 months of a year',
      { start: '2022-01-01', end: '2022-09-30' },
      year(2022),
      months(75, 9, 12),
    ],
    ['a whole year against its year', year(2024), year(2024), null],
    ['a figure with no target period', { start: '2024-01-01', end: '2024-06-30' }, null, null],
    [
      'a period crossing a year (July to December of a July–June year)',
      { start: '2022-07-01', end: '2022-12-31' },
      { start: '2022-07-01', end: '2023-06-30' },
      months(50, 6, 12),
    ],
    [
      'a status as of a day in a term, counted in days',
      { end: '2023-01-01' },
      { start: '2021-01-01', end: '2024-12-31' },
      { percent: (731 / 1461) * 100, months: null, ofMonths: null },
    ],
    [
      'a term whose start the data does not give',
      { end: '2024-06-27' },
      { end: '2025-12-31' },
      'unknown',
    ],
    ['a figure ending before its target period starts', { end: '2019-12-31' }, year(2020), null],
  ])('%s', (_name, period, target, expected) => {
    const elapsed = timeElapsed(period, target);
    if (expected && typeof expected === 'object' && elapsed && typeof elapsed === 'object') {
      expect(elapsed.percent).toBeCloseTo(expected.percent, 6);
      expect([elapsed.months, elapsed.ofMonths]).toEqual([expected.months, expected.ofMonths]);
    } else {
      expect(elapsed).toEqual(expected);
    }
  });
});

describe('judge: the status and the reason it names', () => {
  const half = months(50, 6, 12);
  const amount = (
    value: number | null,
    target: number | null,
    elapsed: JudgementInput['elapsed'],
  ) => judge({ value, target, kind: 'amount', elapsed });

  it.each<[string, JudgementInput, Status]>([
    // Seed facts: Cầu Giấy 6T/2024, 63,90% of the annual estimate after half the year.
    [
      'F1: 63,90% after 50% of the year',
      { value: 12455.236, target: 19492.8, kind: 'amount', elapsed: half },
      'ahead',
    ],
    // Đống Đa 9T/2022: 67,8% after 75% of the year.
    [
      'F4: 67,8% after 75% of the year',
      { value: 67.8, target: 100, kind: 'amount', elapsed: months(75, 9, 12) },
      'behind',
    ],
    // A total is not a target: 43 of 62 schools, 819 of 819 party cells.
    [
      'F5: 43 of 62 schools',
      { value: 43, target: 62, kind: 'count', elapsed: null },
      'share-of-total',
    ],
    [
      'F6: 819 of 819 party cells',
      { value: 819, target: 819, kind: 'count', elapsed: null },
      'share-of-total',
    ],
    [
      'F7: 39 indicators, a tally',
      { value: 39, target: null, kind: 'tally', elapsed: null },
      'no-target',
    ],
    [
      'a complete period at its target',
      { value: 0.1 + 0.2, target: 0.3, kind: 'amount', elapsed: null },
      'met',
    ],
    [
      'a complete period above its target',
      { value: 120, target: 100, kind: 'amount', elapsed: null },
      'exceeded',
    ],
    [
      'a complete period below its target',
      { value: 90, target: 100, kind: 'amount', elapsed: null },
      'not-met',
    ],
    [
      'a part of a period whose dates are unknown',
      { value: 51, target: 68, kind: 'amount', elapsed: 'unknown' },
      'pace-unknown',
    ],
    ['no target', { value: 5, target: null, kind: 'amount', elapsed: half }, 'no-target'],
    ['a zero target', { value: 5, target: 0, kind: 'amount', elapsed: null }, 'no-target'],
    ['no value', { value: null, target: 100, kind: 'amount', elapsed: half }, 'no-data'],
    [
      'a value that is not a number',
      { value: Number.NaN, target: 100, kind: 'amount', elapsed: null },
      'no-data',
    ],
  ])('%s', (_name, input, status) => {
    expect(judge(input).status).toBe(status);
  });

  it.each<[number, Status]>([
    [50 + PACE_TOLERANCE_POINTS + 0.01, 'ahead'],
    [50 + PACE_TOLERANCE_POINTS, 'on-pace'],
    [50, 'on-pace'],
    [50 - PACE_TOLERANCE_POINTS, 'on-pace'],
    [50 - PACE_TOLERANCE_POINTS - 0.01, 'behind'],
  ])('at %s%% after half the year: %s (tolerance edges)', (share, status) => {
    expect(amount(share, 100, half).status).toBe(status);
  });

  it('names the numbers it judged on', () => {
    expect(amount(12455.236, 19492.8, half).reason).toEqual({
      kind: 'pace',
      share: (12455.236 / 19492.8) * 100,
      elapsed: half,
    });
    expect(judge({ value: 43, target: 62, kind: 'count', elapsed: null }).reason).toEqual({
      kind: 'share-of-total',
      share: (43 / 62) * 100,
    });
    expect(amount(120, 100, null).reason).toEqual({ kind: 'complete', share: 120 });
  });

  it('gives every status a tone: a warning only for not met and behind schedule', () => {
    const warnings = Object.entries(STATUS_TONE)
      .filter(([, tone]) => tone === 'warning')
      .map(([status]) => status);
    expect(warnings.sort()).toEqual(['behind', 'not-met']);
  });
});
