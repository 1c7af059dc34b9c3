import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();
const years = [null, ...new Set(dataset.periods.map((period) => period.year))];
const topics = [null, ...dataset.topics.map((topic) => topic.id)];
const units = [null, ...dataset.units.map((unit) => unit.id)];
const combos = years.flatMap((year) =>
  topics.flatMap((topic) => units.map((unit) => ({ ...ALL_FILTERS, year, topic, unit }))),
);

describe('a figure’s charts', () => {
  it(`are sized before they are built, for each of the ${combos.length} filter combinations`, () => {
    for (const filters of combos) {
      for (const figure of buildDashboardView(dataset, filters, 'vi').figures) {
        // What the card lays itself out by, before its charts exist, is what they turn out to be.
        const { chartCount, rowCount, hasAmount, hasData } = figure;
        const panels = figure.panels;
        expect(chartCount, figure.id).toBe(panels.length);
        expect(rowCount, figure.id).toBe(panels.reduce((sum, panel) => sum + panel.rows.length, 0));
        expect(hasAmount, figure.id).toBe(panels.some((panel) => panel.kind === 'amount'));
        expect(hasData, figure.id).toBe(panels.length > 0);
      }
    }
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
});
