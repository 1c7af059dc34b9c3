import { describe, expect, it } from 'vitest';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { validateDataset } from '../../src/domain/validate';
import { buildDashboardView } from '../../src/domain/view-model';
import { pendingHeight } from '../../src/features/dashboard/FigureCard';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';

const city = validateDataset(withMadeUpDistricts(60));
if (!city.ok) throw new Error('the made-up districts make a valid dataset');

describe('the height a card holds before it is drawn', () => {
  it('is 360 px a chart for the bundled data’s short charts, as the page was laid out', () => {
    for (const lang of ['vi', 'en'] as const)
      for (const figure of buildDashboardView(bundledDataset(), ALL_FILTERS, lang).figures)
        expect(pendingHeight(figure), figure.id).toBe(figure.chartsShownFirst * 360);
  });

  it('grows with the rows of a city’s first page: a count of 50 rows, 24 parts by topic', () => {
    const figures = buildDashboardView(city.data, ALL_FILTERS, 'vi').figures;
    const met = figures.find((figure) => figure.id === 'indicators');
    if (!met) throw new Error('the city has a figure of indicators met');
    // Drawn at 1366 px, that card's body is 15,218 px: the count's chart of 50 rows (3,100 px)
    // and 24 parts' charts, with their legends and lines.
    expect(met.chartsShownFirst).toBe(25);
    expect(pendingHeight(met)).toBeGreaterThan(0.7 * 15_218);
    expect(pendingHeight(met)).toBeLessThan(1.3 * 15_218);
    // A district's budget chart of one period is short: 360 px, as before.
    const budget = figures.find((figure) => figure.id === 'budget');
    expect(pendingHeight(budget!)).toBe(24 * 360);
  });

  it('holds a district’s chart of twelve periods at about its drawn height', () => {
    const [budget] = buildDashboardView(city.data, ALL_FILTERS, 'vi').figures;
    // Measured at 1366 px (the bench's 10× dataset): 1,199–1,538 px a chart.
    const perChart =
      pendingHeight({
        ...budget!,
        chartsShownFirst: 24,
        rowsShownFirst: 24 * 12,
        hasAmount: true,
      }) / 24;
    expect(perChart).toBeGreaterThanOrEqual(1_199);
    expect(perChart).toBeLessThanOrEqual(1_538);
  });

  it('is a line’s height for a card with nothing to draw', () => {
    const [budget] = buildDashboardView(city.data, ALL_FILTERS, 'vi').figures;
    expect(pendingHeight({ ...budget!, hasData: false })).toBe(40);
  });
});
