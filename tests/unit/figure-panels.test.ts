import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { ALL_FILTERS, type Lang } from '../../src/domain/url-state';
import { validateDataset } from '../../src/domain/validate';
import { buildDashboardView } from '../../src/domain/view-model';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';

const dataset = bundledDataset();

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
        expect(
          panels.every((panel) => panel.rows.length > 0),
          figure.id,
        ).toBe(true);
      }
    }
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
