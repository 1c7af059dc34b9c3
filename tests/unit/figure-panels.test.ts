import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { ALL_FILTERS, type Lang } from '../../src/domain/url-state';
import { validateDataset } from '../../src/domain/validate';
import { CHART_ROWS_PAGE, CHARTS_PAGE } from '../../src/domain/at-a-glance';
import { buildDashboardView, type Panel } from '../../src/domain/view-model';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';

const dataset = bundledDataset();

/**
 * The built charts as a card pages them: a metric's amount charts side by side, and its charts of
 * parts by topic, each a list paged by CHARTS_PAGE; a count's chart alone.
 */
function chartGroups(panels: readonly Panel[]): Panel[][] {
  const groups: Panel[][] = [];
  for (const panel of panels) {
    const last = groups.at(-1);
    if (
      panel.kind !== 'count' &&
      last?.[0]?.kind === panel.kind &&
      last[0].metricId === panel.metricId
    )
      last.push(panel);
    else groups.push([panel]);
  }
  return groups;
}

/** The charts a card draws at first: a page of each metric's districts' and parts' charts. */
const shownFirst = (panels: readonly Panel[]) =>
  chartGroups(panels).reduce((sum, group) => sum + Math.min(group.length, CHARTS_PAGE), 0);

/** Whether a card pages its charts: more of a metric's charts, or of a count's rows, than a page. */
const paged = (panels: readonly Panel[]) =>
  chartGroups(panels).some((group) => group.length > CHARTS_PAGE) ||
  panels.some((panel) => panel.kind === 'count' && panel.rows.length > CHART_ROWS_PAGE);

/** Every filter combination a dataset offers: each year, topic and district, and "all". */
function filterCombinations(data: Dataset) {
  const years = [null, ...new Set(data.periods.map((period) => period.year))];
  const topics = [null, ...data.topics.map((topic) => topic.id)];
  const units = [null, ...data.units.map((unit) => unit.id)];
  return years.flatMap((year) =>
    topics.flatMap((topic) => units.map((unit) => ({ ...ALL_FILTERS, year, topic, unit }))),
  );
}

// Made-up districts copy Cầu Giấy's figures, the programme's parts by topic among them: many
// districts' parts, drawn as many charts, in the districts' order.
const withParts = validateDataset(withMadeUpDistricts(6));
if (!withParts.ok) throw new Error('the made-up districts make a valid dataset');

describe('a figure’s charts', () => {
  it.each<[string, Dataset, Lang]>([
    ['the bundled data', dataset, 'vi'],
    ['the bundled data in English', dataset, 'en'],
    ['six more districts with parts by topic', withParts.data, 'vi'],
  ])('are sized before they are built, for every filter combination of %s', (_name, data, lang) => {
    for (const filters of filterCombinations(data)) {
      for (const figure of buildDashboardView(data, filters, lang).figures) {
        // What the card lays itself out by, before its charts exist, is what they turn out to be.
        const { chartCount, rowCount, hasAmount, hasData } = figure;
        const panels = figure.panels;
        expect(chartCount, figure.id).toBe(panels.length);
        expect(rowCount, figure.id).toBe(panels.reduce((sum, panel) => sum + panel.rows.length, 0));
        expect(hasAmount, figure.id).toBe(panels.some((panel) => panel.kind === 'amount'));
        expect(hasData, figure.id).toBe(panels.length > 0);
        expect(figure.chartsShownFirst, figure.id).toBe(shownFirst(panels));
        expect(figure.paged, figure.id).toBe(paged(panels));
        expect(
          panels.every((panel) => panel.rows.length > 0),
          figure.id,
        ).toBe(true);
      }
    }
  });

  it('count, before they are built, the charts a card draws before “show more”: a page of a city’s', () => {
    const city = validateDataset(withMadeUpDistricts(60));
    if (!city.ok) throw new Error('the made-up districts make a valid dataset');
    for (const filters of [ALL_FILTERS, { ...ALL_FILTERS, year: 2024 }]) {
      const budget = buildDashboardView(city.data, filters, 'vi').figures.find(
        (figure) => figure.hasAmount,
      );
      if (!budget) throw new Error('the data has an amount figure');
      // Over 60 districts' budget charts: 24 of them drawn at first, a card the height of those.
      expect(budget.chartCount).toBeGreaterThanOrEqual(61);
      expect(budget.chartsShownFirst).toBe(shownFirst(budget.panels));
      expect(budget.chartsShownFirst).toBeLessThan(budget.chartCount);
      expect(chartGroups(budget.panels)[0]!.length).toBeGreaterThan(CHARTS_PAGE);
      expect(budget.paged).toBe(true);
    }
  });

  it('page a count’s chart of more rows than a page, and a metric’s parts’ charts, and no chart of the bundled data', () => {
    const city = validateDataset(withMadeUpDistricts(60));
    if (!city.ok) throw new Error('the made-up districts make a valid dataset');
    const figures = buildDashboardView(city.data, ALL_FILTERS, 'vi').figures;
    const counts = figures.filter((figure) =>
      figure.panels.some((panel) => panel.kind === 'count' && panel.rows.length > CHART_ROWS_PAGE),
    );
    expect(counts.length).toBeGreaterThan(0);
    for (const figure of counts) expect(figure.paged, figure.id).toBe(true);
    // Its parts by topic, a chart per district and period: a page of them drawn at first too.
    const parts = figures.find((figure) =>
      chartGroups(figure.panels).some(
        (group) => group[0]?.kind === 'breakdown' && group.length > CHARTS_PAGE,
      ),
    );
    if (!parts) throw new Error('the city has a metric of more parts’ charts than a page');
    expect(parts.chartsShownFirst).toBeLessThan(parts.chartCount);
    // Counted before the charts are built, as the built charts count them.
    for (const figure of figures) {
      expect(figure.chartsShownFirst, figure.id).toBe(shownFirst(figure.panels));
      expect(figure.paged, figure.id).toBe(paged(figure.panels));
    }
    for (const lang of ['vi', 'en'] as const)
      for (const figure of buildDashboardView(dataset, ALL_FILTERS, lang).figures)
        expect(figure.paged, figure.id).toBe(false);
  });

  it('draw each district and period’s parts in a chart of their own, in the order of periods and districts', () => {
    const programme = buildDashboardView(withParts.data, ALL_FILTERS, 'vi').figures.flatMap(
      (figure) => figure.panels.filter((panel) => panel.kind === 'breakdown'),
    );
    expect(programme.map((panel) => panel.unitName)).toEqual([
      'Cầu Giấy',
      'Quận thử 1',
      'Quận thử 2',
      'Quận thử 3',
      'Quận thử 4',
      'Quận thử 5',
      'Quận thử 6',
    ]);
  });

  it('are built when first read, once, and not with the view', () => {
    // Only a chart's axis reads a period's short label ("6T/2024"): count the reads.
    const counted: Dataset = structuredClone(dataset);
    let reads = 0;
    for (const period of counted.periods) {
      const shortLabel = period.shortLabel;
      Object.defineProperty(period, 'shortLabel', {
        get: () => {
          reads += 1;
          return shortLabel;
        },
      });
    }
    const view = buildDashboardView(counted, ALL_FILTERS, 'vi');
    expect(reads).toBe(0);

    const figure = view.figures.find((candidate) => candidate.hasData);
    if (!figure) throw new Error('the bundled data has a figure with data');
    const panels = figure.panels;
    const afterFirstRead = reads;
    expect(afterFirstRead).toBeGreaterThan(0);
    // Read again, the same charts, not built a second time.
    expect(figure.panels).toBe(panels);
    expect(reads).toBe(afterFirstRead);
    // Another figure's charts were not built with the first's: reading them builds them now.
    const other = view.figures.find((candidate) => candidate !== figure && candidate.hasData);
    if (!other) throw new Error('the bundled data has two figures with data');
    void other.panels;
    expect(reads).toBeGreaterThan(afterFirstRead);
    // And the charts a view built afresh for the same filters gives.
    const again = buildDashboardView(dataset, ALL_FILTERS, 'vi').figures;
    expect(again.find((candidate) => candidate.id === figure.id)?.panels).toEqual(panels);
  });

  it.each([
    ['all districts', ALL_FILTERS, [20_000, 20_000]],
    ['Đống Đa alone', { ...ALL_FILTERS, unit: 'dong-da' }, [15_000]],
  ])(
    'draw a metric’s districts on one scale, to a round number above the largest value or target among them: %s',
    (_name, filters, tops) => {
      const budget = buildDashboardView(dataset, filters, 'vi').figures.find(
        (figure) => figure.hasAmount,
      );
      const panels = budget?.panels.filter((panel) => panel.kind === 'amount') ?? [];
      // Cầu Giấy's estimate (19.492,8) sets both; Đống Đa's own estimate (≈ 12.683,3) its own.
      expect(panels.map((panel) => panel.scale.top)).toEqual(tops);
    },
  );
});
