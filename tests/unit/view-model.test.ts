import { describe, expect, it } from 'vitest';
import { ALL_FILTERS, type Filters } from '../../src/domain/url-state';
import {
  buildDashboardView,
  filterOptions,
  type AmountPanel,
  type BreakdownPanel,
  type CountPanel,
  type DashboardView,
} from '../../src/domain/view-model';
import { computedGrowth } from '../../src/domain/view/amount-panels';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();
const view = (filters: Partial<Filters> = {}, lang: 'vi' | 'en' = 'vi') =>
  buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang);

const panels = (v: DashboardView) => v.figures.flatMap((figure) => figure.panels);
const amountRows = (v: DashboardView) =>
  panels(v)
    .filter((p): p is AmountPanel => p.kind === 'amount')
    .flatMap((p) => p.rows);
const countRows = (v: DashboardView) =>
  panels(v)
    .filter((p): p is CountPanel => p.kind === 'count')
    .flatMap((p) => p.rows);
const breakdowns = (v: DashboardView) =>
  panels(v).filter((p): p is BreakdownPanel => p.kind === 'breakdown');

describe('every figure in seed-facts.md reaches the dashboard with its source', () => {
  const all = view();

  it.each([
    ['F1 Cầu Giấy revenue, 6 months of 2024', 'cg-budget-2024-h1', 12455.236, 19492.8, 'a001'],
    ['F4 Đống Đa revenue, 9 months of 2022', 'dd-budget-2022-9m', 8599.3, 8599.3 / 0.678, 'a002'],
  ])('%s', (_name, id, value, target, source) => {
    const row = amountRows(all).find((r) => r.id === id);
    expect(row?.value).toBe(value);
    expect(row?.target).toBeCloseTo(target, 6);
    expect(row?.source.id).toBe(source);
  });

  it.each([
    ['F2 indicators met', 'cg-indicators-met-2024', 51, 68, 75, 'a001'],
    ['F3 schemes issued', 'cg-schemes-2024', 29, 31, (29 / 31) * 100, 'a001'],
    ['F5 schools meeting the standard', 'dd-schools-2022-10', 43, 62, (43 / 62) * 100, 'a002'],
    ['F6 party cells that held their congress', 'dd-party-cells-2022', 819, 819, 100, 'a002'],
  ])('%s', (_name, id, value, total, share, source) => {
    const row = countRows(all).find((r) => r.id === id);
    expect(row).toMatchObject({ value, total, source: expect.objectContaining({ id: source }) });
    expect(row?.share).toBeCloseTo(share, 6);
  });

  it('F7: the programme’s 39 indicators by topic, adding up to the stated total', () => {
    const [panel] = breakdowns(all);
    expect(panel?.rows.map((row) => [row.topicName, row.value])).toEqual([
      ['Phát triển kinh tế', 5],
      ['Văn hóa - xã hội', 5],
      ['Xây dựng và quản lý đất đai, môi trường, đô thị', 12],
      ['Cải cách hành chính, khoa học công nghệ', 4],
      ['An ninh - quốc phòng', 6],
      ['Công tác xây dựng Đảng', 7],
    ]);
    expect(panel?.statedTotal).toBe(39);
    expect(panel?.totalCheck).toBe('agrees');
    expect(panel?.rows.every((row) => row.source.id === 'a003')).toBe(true);
  });

  it('lists all five articles as sources, with file names', () => {
    expect(all.sources.map((s) => s.file)).toEqual([
      '000_baef6f43ce6b1d41.txt',
      '001_c17377f4227f1beb.txt',
      '002_748c56fe5ba81c01.txt',
      '003_b2821f4db8fccbda.txt',
      '004_4253697ec1058f96.txt',
    ]);
    expect(all.sources.find((s) => s.id === 'a001')?.date).toBe('2024-06-27');
  });
});

describe('derived values are marked, with their formulas', () => {
  const rows = amountRows(view());

  it.each([
    ['cg-budget-2024-h1~previous', 9158.262, '12.455,236 / 1,36'],
    ['dd-budget-2022-9m~previous', 7643.822, '8.599,3 / 1,125'],
  ])('%s ≈ %s = %s', (id, value, formula) => {
    const row = rows.find((r) => r.id === id);
    expect(row?.value).toBeCloseTo(value, 3);
    expect(row?.valueDerived?.formula).toBe(formula);
    expect(row?.target).toBeNull();
  });

  it('derives Đống Đa’s estimate from the stated 67,8%, and does not compare the share with itself', () => {
    const row = rows.find((r) => r.id === 'dd-budget-2022-9m');
    expect(row?.valueDerived).toBeNull();
    expect(row?.targetDerived?.formula).toBe('8.599,3 / 67,8%');
    expect(row?.shareCheck).toBeNull();
    expect(row?.shareDecimals).toBe(1);
  });

  it('does not mark printed values as derived', () => {
    expect(rows.find((r) => r.id === 'cg-budget-2024-h1')?.valueDerived).toBeNull();
    expect(rows.find((r) => r.id === 'cg-budget-2024-h1')?.targetDerived).toBeNull();
  });
});

describe('budget comparison', () => {
  const all = view();
  const amountPanels = panels(all).filter((p): p is AmountPanel => p.kind === 'amount');
  const panel = amountPanels.find((p) => p.unitId === 'cau-giay');

  it('flags F1: computed 63,90% against the article’s "hơn 64%"', () => {
    const row = panel?.rows.find((r) => r.id === 'cg-budget-2024-h1');
    expect(row?.share).toBeCloseTo(63.897, 3);
    expect(row?.statedShare).toEqual({ percent: 64, qualifier: 'more-than' });
    expect(row?.shareCheck).toBe('disagrees');
    expect(row?.growthStated).toBe(36);
    expect(row?.comparedToLabel).toBe('6 tháng đầu năm 2023');
    // Half the year gone, 63,90% of the annual estimate collected: ahead of schedule.
    expect(row?.judgement).toEqual({
      status: 'ahead',
      reason: {
        kind: 'pace',
        share: row?.share,
        elapsed: { percent: 50, months: 6, ofMonths: 12 },
      },
    });
  });

  it('draws each district in a chart of its own, its periods in time order (small multiples)', () => {
    expect(
      amountPanels.map((p) => [p.unitName, p.rows.map((r) => r.periodLabel), p.periodLengths]),
    ).toEqual([
      ['Cầu Giấy', ['6 tháng đầu năm 2023', '6 tháng đầu năm 2024'], null],
      ['Đống Đa', ['9 tháng đầu năm 2021', '9 tháng đầu năm 2022'], null],
    ]);
    // The district is the chart's heading: its axis shows the period alone.
    expect(amountPanels.flatMap((p) => p.rows.map((r) => r.categoryLines))).toEqual([
      ['6T/2023', ''],
      ['6T/2024', ''],
      ['9T/2021', ''],
      ['9T/2022', ''],
    ]);
    // Named out of its chart (a note under an image), a bar still says its district.
    expect(panel?.missingTargets).toEqual(['Cầu Giấy · 6T/2023']);
  });

  it('warns in a district’s own chart when its periods differ in length', () => {
    const changed = structuredClone(dataset);
    changed.observations.push({
      id: 'cg-budget-2022-9m-test',
      unit: 'cau-giay',
      metric: 'budget-revenue',
      period: '2022-9m',
      value: 9000,
      source: 'a001',
      quote: 'test fixture',
    });
    const charts = panels(buildDashboardView(changed, ALL_FILTERS, 'vi')).filter(
      (p): p is AmountPanel => p.kind === 'amount',
    );
    expect(charts.map((p) => [p.unitName, p.periodLengths])).toEqual([
      [
        'Cầu Giấy',
        [
          { months: 9, periods: ['9T/2022'] },
          { months: 6, periods: ['6T/2023', '6T/2024'] },
        ],
      ],
      ['Đống Đa', null],
    ]);
  });

  it('keeps one district’s chart when a filter shows only that district', () => {
    const cauGiay = panels(view({ unit: 'cau-giay' })).filter(
      (p): p is AmountPanel => p.kind === 'amount',
    );
    expect(cauGiay.map((p) => [p.unitName, p.periodLengths])).toEqual([['Cầu Giấy', null]]);
  });
});

describe('checks against the article’s own totals', () => {
  it('flags topics that do not add up to the stated total', () => {
    const changed = structuredClone(dataset);
    const economy = changed.observations.find((o) => o.id === 'cg-programme-indicators-economy');
    if (economy) economy.value = 6;
    const [panel] = breakdowns(buildDashboardView(changed, ALL_FILTERS, 'vi'));
    expect(panel?.sumOfRows).toBe(40);
    expect(panel?.totalCheck).toBe('disagrees');
  });

  it('makes no claim about the sum when a part is missing', () => {
    const changed = structuredClone(dataset);
    const economy = changed.observations.find((o) => o.id === 'cg-programme-indicators-economy');
    if (economy) economy.value = null;
    const [panel] = breakdowns(buildDashboardView(changed, ALL_FILTERS, 'vi'));
    expect(panel?.sumOfRows).toBeNull();
    expect(panel?.totalCheck).toBeNull();
  });

  it('computes growth from a printed earlier value, beside the stated growth', () => {
    const changed = structuredClone(dataset);
    changed.observations.push({
      id: 'cg-budget-2023-h1-test',
      unit: 'cau-giay',
      metric: 'budget-revenue',
      period: '2023-h1',
      value: 9000,
      source: 'a001',
      quote: 'test fixture',
    });
    const rows = amountRows(buildDashboardView(changed, ALL_FILTERS, 'vi'));
    const row = rows.find((r) => r.id === 'cg-budget-2024-h1');
    expect(row?.growthStated).toBe(36);
    expect(row?.growthComputed).toBeCloseTo((12455.236 / 9000 - 1) * 100, 9);
    // A printed value replaces the derived one.
    expect(rows.some((r) => r.id === 'cg-budget-2024-h1~previous')).toBe(false);
  });

  it('gives no computed growth when the earlier value is itself derived from the stated growth', () => {
    const row = amountRows(view()).find((r) => r.id === 'cg-budget-2024-h1');
    expect(row?.growthComputed).toBeNull();
  });
});

describe('growth is computed only between periods of the same length', () => {
  const h1 = (year: number) => ({ start: `${year}-01-01`, end: `${year}-06-30` });
  const m9 = (year: number) => ({ start: `${year}-01-01`, end: `${year}-09-30` });
  const whole = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });
  const printed = (value: number | null, period: { start?: string; end: string }) => ({
    value,
    valueDerivation: null,
    period,
  });

  it.each<
    [string, ReturnType<typeof printed>, ReturnType<typeof printed> | undefined, number | null]
  >([
    ['6T/2023 → 6T/2024', printed(136, h1(2024)), printed(100, h1(2023)), 36],
    ['9T/2021 → 9T/2022', printed(112.5, m9(2022)), printed(100, m9(2021)), 12.5],
    ['2023 → 2024, whole years', printed(90, whole(2024)), printed(100, whole(2023)), -10],
    [
      '9 months against 6: not the same period',
      printed(150, m9(2024)),
      printed(100, h1(2023)),
      null,
    ],
    ['6 months against a whole year', printed(60, h1(2024)), printed(100, whole(2023)), null],
    [
      'a status as of a date has no length',
      printed(60, { end: '2024-06-27' }),
      printed(50, { end: '2023-06-27' }),
      null,
    ],
    ['no earlier figure', printed(60, h1(2024)), undefined, null],
    ['no earlier value', printed(60, h1(2024)), printed(null, h1(2023)), null],
  ])('%s', (_name, current, previous, growth) => {
    const computed = computedGrowth(current, previous);
    if (growth == null) expect(computed).toBeNull();
    else expect(computed).toBeCloseTo(growth, 9);
  });

  it('not from an earlier value derived from the stated growth: that would repeat it', () => {
    const previous = {
      value: 100,
      valueDerivation: { kind: 'stated' as const, formula: '136 / 1,36' },
      period: h1(2023),
    };
    expect(
      computedGrowth({ value: 136, valueDerivation: null, period: h1(2024) }, previous),
    ).toBeNull();
  });

  it('not in the view when the article compares with a period of another length', () => {
    const changed = structuredClone(dataset);
    const f1 = changed.observations.find((o) => o.id === 'cg-budget-2024-h1');
    if (f1?.statedGrowth) f1.statedGrowth.comparedTo = '2022-9m';
    changed.observations.push({
      id: 'cg-budget-2022-9m-test',
      unit: 'cau-giay',
      metric: 'budget-revenue',
      period: '2022-9m',
      value: 9000,
      source: 'a001',
      quote: 'test fixture',
    });
    const row = amountRows(buildDashboardView(changed, ALL_FILTERS, 'vi')).find(
      (r) => r.id === 'cg-budget-2024-h1',
    );
    // The article's own "cùng kỳ" growth is kept; none is computed across 9 and 6 months.
    expect(row?.growthStated).toBe(36);
    expect(row?.growthComputed).toBeNull();
  });
});

describe('KPI cards', () => {
  it('show the latest figure per district and metric, with status', () => {
    const kpis = view().kpis;
    expect(kpis.map((k) => [k.id, k.judgement.status])).toEqual([
      ['cg-budget-2024-h1', 'ahead'],
      ['dd-budget-2022-9m', 'behind'],
      ['dd-schools-2022-10', 'share-of-total'],
      ['cg-indicators-met-2024', 'share-of-total'],
      ['cg-programme-indicators', 'no-target'],
      ['cg-schemes-2024', 'share-of-total'],
      ['dd-party-cells-2022', 'share-of-total'],
    ]);
    expect(kpis.find((k) => k.id === 'dd-budget-2022-9m')?.unitInferred).toBe(true);
  });

  it('show a derived figure, marked, when it is the only one in the chosen year', () => {
    const kpis = view({ year: 2023 }).kpis;
    expect(kpis).toHaveLength(1);
    expect(kpis[0]?.valueDerived?.formula).toBe('12.455,236 / 1,36');
  });
});

describe('filters', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    [
      'year 2022',
      { year: 2022 },
      ['dd-budget-2022-9m', 'dd-schools-2022-10', 'cg-programme-indicators', 'dd-party-cells-2022'],
    ],
    [
      'Cầu Giấy',
      { unit: 'cau-giay' },
      ['cg-budget-2024-h1', 'cg-indicators-met-2024', 'cg-programme-indicators', 'cg-schemes-2024'],
    ],
    ['economy', { topic: 'economy' }, ['cg-budget-2024-h1', 'dd-budget-2022-9m']],
    ['culture and society', { topic: 'culture-society' }, ['dd-schools-2022-10']],
    ['party building', { topic: 'party-building' }, ['dd-party-cells-2022']],
    ['Đống Đa in 2024', { unit: 'dong-da', year: 2024 }, []],
  ])('%s narrows the KPI cards', (_name, filters, ids) => {
    expect(view(filters).kpis.map((k) => k.id)).toEqual(ids);
  });

  it('keeps a topic’s share of the programme under that topic, without a false total warning', () => {
    const [panel] = breakdowns(view({ topic: 'security-defence' }));
    expect(panel?.rows.map((r) => [r.topicName, r.value])).toEqual([['An ninh - quốc phòng', 6]]);
    expect(panel?.isSubset).toBe(true);
    expect(panel?.sumOfRows).toBe(39);
    expect(panel?.totalCheck).toBe('agrees');
  });

  it('says a figure has no data rather than drawing zero', () => {
    const schools = view({ year: 2024 }).figures.find((f) => f.id === 'schools');
    expect(schools?.hasData).toBe(false);
    expect(schools?.panels).toEqual([]);
  });

  it('reports an empty view when nothing matches', () => {
    const empty = view({ year: 2021, unit: 'cau-giay' });
    expect(empty.isEmpty).toBe(true);
    expect(empty.kpis).toEqual([]);
    expect(empty.notes).toEqual([]);
  });

  it('falls back to "all" for values the data does not hold', () => {
    const fallback = view({ year: 1999, topic: 'sport', unit: 'ba-dinh' });
    expect(fallback.filters).toEqual(ALL_FILTERS);
    expect(fallback.kpis).toHaveLength(7);
  });

  it('offers the years, topics and districts in the data', () => {
    const { options } = view();
    expect(options.years.map((o) => o.value)).toEqual([2024, 2023, 2022, 2021]);
    expect(options.topics).toHaveLength(6);
    expect(options.units.map((o) => o.label)).toEqual(['Cầu Giấy', 'Đống Đa']);
  });
});

describe('year range', () => {
  it.each<[Partial<Filters>, { from: number; to: number } | null]>([
    [{}, { from: 2021, to: 2024 }],
    [{ year: 2022 }, { from: 2022, to: 2022 }],
  ])('for %o is %o', (filters, range) => {
    expect(view(filters).yearRange).toEqual(range);
  });

  it('is null, not Infinity, for a dataset with no dated figures or notes', () => {
    const empty = { ...structuredClone(dataset), observations: [], notes: [] };
    expect(buildDashboardView(empty, ALL_FILTERS, 'vi').yearRange).toBeNull();
  });
});

describe('edge cases found by the property tests', () => {
  it('a stated share printed with too many decimals does not break the view', () => {
    const changed = structuredClone(dataset);
    const dongDa = changed.observations.find((o) => o.id === 'dd-budget-2022-9m');
    if (!dongDa?.statedShare) throw new Error('fixture');
    dongDa.value = 0;
    dongDa.statedShare.percent = 0.0000010000000000000002;
    const built = buildDashboardView(changed, ALL_FILTERS, 'vi');
    const row = amountRows(built).find((r) => r.id === 'dd-budget-2022-9m');
    expect(row?.targetDerived?.formula).toBe('0 / 0,000001%');
    expect(row?.share).toBeNull();
  });
});

describe('language', () => {
  it('gives English names where the data has them', () => {
    const en = view({}, 'en');
    expect(en.options.units.map((o) => o.label)).toEqual(['Cau Giay', 'Dong Da']);
    expect(en.kpis[0]?.metricName).toBe('State budget revenue collected');
  });
});

describe('no view holds NaN, Infinity or undefined', () => {
  const years = [null, 2021, 2022, 2023, 2024];
  const topics = [null, ...dataset.topics.map((t) => t.id)];
  const units = [null, ...dataset.units.map((u) => u.id)];
  const combos = years.flatMap((year) =>
    topics.flatMap((topic) => units.map((unit) => ({ year, topic, unit }))),
  );

  it(`for any of the ${combos.length} filter combinations`, () => {
    for (const filters of combos) {
      // JSON.stringify would silently drop undefined; the replacer sees it first.
      const text = JSON.stringify(view(filters), (_key, value: unknown) =>
        value === undefined
          ? 'UNDEFINED'
          : typeof value === 'number' && !Number.isFinite(value)
            ? 'NOT-FINITE'
            : value,
      );
      expect(text).not.toContain('NOT-FINITE');
      expect(text).not.toContain('UNDEFINED');
    }
  });
});

describe('the same inputs give the same objects (nothing for React to redraw)', () => {
  it('the filter options, once per dataset', () => {
    expect(filterOptions(dataset)).toBe(filterOptions(dataset));
    expect(filterOptions(structuredClone(dataset))).not.toBe(filterOptions(dataset));
  });

  it.each<[string, Partial<Filters>]>([
    ['the same filters', {}],
    ['another year', { year: 2022 }],
    ['another district', { unit: 'cau-giay' }],
  ])('the KPI cards a view shows again, under %s', (_name, filters) => {
    const before = new Map(view().kpis.map((kpi) => [kpi.id, kpi]));
    const after = view(filters).kpis;
    expect(after.length).toBeGreaterThan(0);
    for (const kpi of after) expect(kpi).toBe(before.get(kpi.id));
  });

  it('not across languages', () => {
    const vi = view({}, 'vi').kpis;
    const en = view({}, 'en').kpis;
    expect(en.map((kpi) => kpi.id)).toEqual(vi.map((kpi) => kpi.id));
    en.forEach((kpi, index) => expect(kpi).not.toBe(vi[index]));
  });

  it('one reference per source within a view, however many rows cite it', () => {
    const all = view();
    for (const figure of all.figures) {
      for (const panel of figure.panels) {
        for (const row of panel.rows) {
          expect(figure.sources.find((source) => source.id === row.source.id)).toBe(row.source);
        }
      }
    }
  });
});
