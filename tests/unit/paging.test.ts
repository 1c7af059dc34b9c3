import { describe, expect, it } from 'vitest';
import { CHART_ROWS_PAGE, CHARTS_PAGE } from '../../src/domain/at-a-glance';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { validateDataset } from '../../src/domain/validate';
import { buildDashboardView, type Panel } from '../../src/domain/view-model';
import { panelGroups } from '../../src/domain/view/panel-groups';
import type { CountPanel } from '../../src/domain/view/types';
import { FIRST_PAGES, groupsShown, pageTotals } from '../../src/domain/view/paging';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';
import { withMadeUpDistrictsOverTwoPeriods } from '../fixtures/made-up-districts';

const city = validateDataset(withMadeUpDistricts(60));
if (!city.ok) throw new Error('the made-up districts make a valid dataset');
const cityFigures = buildDashboardView(city.data, ALL_FILTERS, 'vi').figures;
const figure = (id: string) => {
  const found = cityFigures.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the city has a figure ${id}`);
  return found;
};
const chartCount = (groups: readonly { group: Panel[] }[]) =>
  groups.reduce((sum, shown) => sum + shown.group.length, 0);
const rowCount = (groups: readonly { group: Panel[] }[]) =>
  groups.reduce(
    (sum, shown) => sum + shown.group.reduce((rows, panel) => rows + panel.rows.length, 0),
    0,
  );

describe('a card’s charts, a page at a time', () => {
  it('group a metric’s amount charts side by side, every other chart alone', () => {
    for (const { panels } of cityFigures)
      for (const group of panelGroups(panels)) {
        const kinds = new Set(group.map((panel) => panel.kind));
        const metrics = new Set(group.map((panel) => panel.metricId));
        expect(metrics.size).toBe(1);
        if (group.length > 1) expect([...kinds]).toEqual(['amount']);
      }
    expect(panelGroups(figure('budget').panels).map((group) => group.length)).toEqual([62]);
  });

  it('draw at first what the domain counts before building the charts, and page what it marks', () => {
    for (const data of [city.data, bundledDataset()])
      for (const lang of ['vi', 'en'] as const)
        for (const view of buildDashboardView(data, ALL_FILTERS, lang).figures) {
          const groups = panelGroups(view.panels);
          const first = groupsShown(groups, FIRST_PAGES);
          expect(chartCount(first), view.id).toBe(view.chartsShownFirst);
          expect(rowCount(first), view.id).toBe(view.rowsShownFirst);
          const totals = pageTotals(groups);
          expect(
            totals.charts > FIRST_PAGES.charts ||
              totals.parts > FIRST_PAGES.parts ||
              totals.rows > FIRST_PAGES.rows,
            view.id,
          ).toBe(view.paged);
        }
  });

  it('cut a count’s rows to the page, its line under it', () => {
    const [count] = groupsShown(panelGroups(figure('indicators').panels), FIRST_PAGES);
    expect(count?.group[0]?.kind).toBe('count');
    expect(count?.group[0]?.rows).toHaveLength(CHART_ROWS_PAGE);
    expect(count?.under).toEqual({ kind: 'rows', total: 61, latestFirst: false });
    const all = groupsShown(panelGroups(figure('indicators').panels), {
      ...FIRST_PAGES,
      rows: 61,
    });
    expect(all[0]?.group[0]?.rows).toHaveLength(61);
  });

  it('show a count’s latest period first, in the chart’s order, when its rows span periods', () => {
    const twice = validateDataset(withMadeUpDistrictsOverTwoPeriods(60));
    if (!twice.ok) throw new Error('the city over two periods is a valid dataset');
    const met = buildDashboardView(twice.data, ALL_FILTERS, 'vi').figures.find(
      (candidate) => candidate.id === 'indicators',
    );
    const groups = panelGroups(met?.panels ?? []);
    const count = groups[0]?.[0] as CountPanel;
    expect(count.kind).toBe('count');
    // The chart goes by period, then district: October 2022's 61 rows, then June 2024's.
    const ends = count.rows.map((row) => row.periodEnd);
    expect(ends).toEqual([...ends].sort());
    expect(new Set(ends)).toEqual(new Set(['2022-10-31', '2024-06-27']));
    const earlier = count.rows.slice(0, 61);
    const latest = count.rows.slice(61);
    const rowsAt = (rows: number) => {
      const [shown] = groupsShown(groups, { ...FIRST_PAGES, rows });
      expect(shown?.under).toEqual({ kind: 'rows', total: 122, latestFirst: true });
      return (shown?.group[0] as CountPanel).rows;
    };
    for (const [rows, expected] of [
      [50, latest.slice(0, 50)],
      [61, latest],
      [100, [...earlier.slice(0, 39), ...latest]],
      [122, count.rows],
      [1_000, count.rows],
    ] as const)
      expect(
        rowsAt(rows).map((row) => row.id),
        `${rows} asked`,
      ).toEqual(expected.map((row) => row.id));
  });

  it('show a page of a metric’s parts, the line under the last shown', () => {
    const groups = panelGroups(figure('indicators').panels);
    for (const [parts, drawn] of [
      [CHARTS_PAGE, 24],
      [48, 48],
      [61, 61],
      [1_000, 61],
    ] as const) {
      const shown = groupsShown(groups, { ...FIRST_PAGES, parts }).slice(1);
      expect(shown, `${parts} asked`).toHaveLength(drawn);
      expect(shown.every((group) => group.group[0]?.kind === 'breakdown')).toBe(true);
      expect(shown.map((group) => group.under)).toEqual([
        ...Array<null>(drawn - 1).fill(null),
        { kind: 'parts', total: 61 },
      ]);
    }
  });

  it('cut a metric’s district charts to the page, the cut ones marked', () => {
    const [budget] = groupsShown(panelGroups(figure('budget').panels), FIRST_PAGES);
    expect(budget?.group).toHaveLength(CHARTS_PAGE);
    expect(budget?.cut).toBe(true);
    expect(budget?.under).toBeNull();
  });

  it('leave the bundled data’s charts whole, with no line under any', () => {
    const figures = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi').figures;
    for (const { panels } of figures) {
      const groups = panelGroups(panels);
      const shown = groupsShown(groups, FIRST_PAGES);
      expect(shown.map((group) => group.group)).toEqual(groups);
      expect(shown.some((group) => group.cut || group.under)).toBe(false);
    }
  });
});
