import { buildRankings } from '../../src/domain/view/ranking';
import { describe, expect, it } from 'vitest';
import {
  AT_A_GLANCE_DISTRICTS,
  needsRanking,
  progressGap,
  rankByProgress,
  rankedFigure,
} from '../../src/domain/ranking';
import type { Judgement } from '../../src/domain/status';
import { validateDataset } from '../../src/domain/validate';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import { cityDistrictShare, withCityDistricts } from '../fixtures/city-districts';
import { bundledDataset } from '../fixtures/dataset';

const half = { percent: 50, months: 6, ofMonths: 12 };
const pace = (share: number, status: Judgement['status'] = 'on-pace'): Judgement => ({
  status,
  reason: { kind: 'pace', share, elapsed: half },
});
const complete = (share: number): Judgement => ({
  status: share >= 100 ? 'met' : 'not-met',
  reason: { kind: 'complete', share },
});
const NO_TARGET: Judgement = { status: 'no-target', reason: { kind: 'no-target' } };
const NO_DATA: Judgement = { status: 'no-data', reason: { kind: 'no-data' } };
const SHARE_OF_TOTAL: Judgement = {
  status: 'share-of-total',
  reason: { kind: 'share-of-total', share: 69 },
};
const PACE_UNKNOWN: Judgement = {
  status: 'pace-unknown',
  reason: { kind: 'pace-unknown', share: 40 },
};

describe('the gap a district is ranked by', () => {
  it.each<[string, Judgement, number | null]>([
    ['63,9% after half the year: 13,9 points ahead', pace(63.9, 'ahead'), 63.9 - 50],
    ['exactly on time', pace(50), 0],
    [
      '67,8% after 9 of 12 months: 7,2 behind',
      {
        status: 'behind',
        reason: { kind: 'pace', share: 67.8, elapsed: { percent: 75, months: 9, ofMonths: 12 } },
      },
      67.8 - 75,
    ],
    ['a whole year at 92%: 8 points short', complete(92), -8],
    ['a whole year at 110%: 10 over', complete(110), 10],
    ['no target', NO_TARGET, null],
    ['no data', NO_DATA, null],
    ['a share of a total is not progress', SHARE_OF_TOTAL, null],
    ['a pace the data cannot date', PACE_UNKNOWN, null],
  ])('%s', (_name, judgement, gap) => {
    const computed = progressGap(judgement);
    if (gap == null) expect(computed).toBeNull();
    else expect(computed).toBeCloseTo(gap, 9);
  });
});

describe('ranking by progress', () => {
  it.each<[string, [string, Judgement][], string[]]>([
    [
      'the furthest behind first',
      [
        ['a', pace(63.9, 'ahead')],
        ['b', pace(20, 'behind')],
        ['c', pace(49)],
      ],
      ['b', 'c', 'a'],
    ],
    [
      'a complete period and part of one on one scale',
      [
        ['year at 95%', complete(95)],
        ['half at 40%', pace(40, 'behind')],
        ['year at 100%', complete(100)],
      ],
      ['half at 40%', 'year at 95%', 'year at 100%'],
    ],
    [
      'those that cannot be judged last, in the order they came',
      [
        ['no target', NO_TARGET],
        ['ahead', pace(70, 'ahead')],
        ['no data', NO_DATA],
        ['behind', pace(10, 'behind')],
        ['unknown pace', PACE_UNKNOWN],
      ],
      ['behind', 'ahead', 'no target', 'no data', 'unknown pace'],
    ],
    [
      'equal gaps keep the districts’ order',
      [
        ['x', pace(40, 'behind')],
        ['y', pace(40, 'behind')],
      ],
      ['x', 'y'],
    ],
    ['nothing to rank', [], []],
  ])('%s', (_name, items, order) => {
    const ranked = rankByProgress(items.map(([name, judgement]) => ({ name, judgement })));
    expect(ranked.map((item) => item.name)).toEqual(order);
    expect(ranked.map((item) => item.gap)).toEqual(
      ranked.map((item) => progressGap(item.judgement)),
    );
  });

  it.each<[string, [string, Judgement][], string | undefined]>([
    [
      'the latest judged figure',
      [
        ['2023', pace(30, 'behind')],
        ['2024', pace(60, 'ahead')],
      ],
      '2024',
    ],
    [
      'not a later one with no target',
      [
        ['2024', pace(60, 'ahead')],
        ['2025', NO_TARGET],
      ],
      '2024',
    ],
    [
      'the latest when none is judged',
      [
        ['2023', NO_TARGET],
        ['2024', NO_DATA],
      ],
      '2024',
    ],
    ['none when there is none', [], undefined],
  ])('a district is ranked by %s', (_name, items, period) => {
    expect(rankedFigure(items.map(([name, judgement]) => ({ name, judgement })))?.name).toBe(
      period,
    );
  });

  it.each([
    [AT_A_GLANCE_DISTRICTS - 1, false],
    [AT_A_GLANCE_DISTRICTS, false],
    [AT_A_GLANCE_DISTRICTS + 1, true],
    [30, true],
  ])('%i districts need a ranking: %s', (districts, needed) => {
    expect(needsRanking(districts)).toBe(needed);
  });
});

describe('a figure’s ranking', () => {
  it('is not drawn for the two bundled districts, which fit at a glance', () => {
    const view = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi');
    expect(view.figures.flatMap((figure) => buildRankings(figure.panels))).toEqual([]);
  });

  it('ranks an import of a city’s 30 districts by progress against time, those behind first', () => {
    const result = validateDataset(withCityDistricts(30));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const view = buildDashboardView(result.data, ALL_FILTERS, 'vi');
    const budget = view.figures.find((figure) => figure.id === 'budget');
    const [ranking, ...others] = buildRankings(budget?.panels ?? []);
    expect(others).toEqual([]);
    expect(ranking?.metricId).toBe('budget-revenue');
    // 30 made-up districts, Cầu Giấy and Đống Đa.
    expect(ranking?.rows).toHaveLength(32);
    const gaps = ranking?.rows.map((row) => row.gap) ?? [];
    const judged = gaps.filter((gap): gap is number => gap != null);
    expect(judged).toEqual([...judged].sort((a, b) => a - b));
    // District 7 collects the least (11% after half the year); the one with no estimate is last.
    expect(cityDistrictShare(7)).toBe(11);
    expect(ranking?.rows[0]).toMatchObject({
      unitName: 'Quận thành phố 7',
      periodLabel: '6 tháng đầu năm 2024',
      judgement: { status: 'behind' },
    });
    expect(ranking?.rows[0]?.gap).toBeCloseTo(11 - 50, 9);
    expect(ranking?.rows.at(-1)).toMatchObject({
      unitName: 'Quận thành phố 30',
      gap: null,
      judgement: { status: 'no-target' },
    });
    // Đống Đa, 67,8% after 9 of 12 months, is ranked by its own period.
    expect(ranking?.rows.find((row) => row.unitName === 'Đống Đa')?.gap).toBeCloseTo(67.8 - 75, 6);
  });
});
