import { describe, expect, it } from 'vitest';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { validateDataset } from '../../src/domain/validate';
import { buildDashboardView } from '../../src/domain/view-model';
import { pendingHeight, type PendingFigure } from '../../src/features/dashboard/pending-height';
import { withMadeUpDistricts } from '../fixtures/dataset';

const city = validateDataset(withMadeUpDistricts(60));
if (!city.ok) throw new Error('the made-up districts make a valid dataset');
const figures = buildDashboardView(city.data, ALL_FILTERS, 'vi').figures;
const figure = (id: string) => {
  const found = figures.find((one) => one.id === id);
  if (!found) throw new Error(`the city has a figure ${id}`);
  return found;
};

// A district's chart of twelve periods (the bench's 10× dataset), alone in its card.
const twelvePeriods: PendingFigure = {
  hasData: true,
  hasAmount: true,
  chartsShownFirst: 1,
  rowsShownFirst: 12,
  rankedFirst: 0,
};

// Drawn heights measured in Chromium (DejaVu Sans): a card's width (its border box), the
// screen's, and its body's height once every chart of its first page is drawn.
// The bench's period labels are wider than a city's: on a phone they fit one to a line where
// the estimate takes two, so that one case is held to within a third.
const measured: [string, PendingFigure, number, number, number, number?][] = [
  ['twelve periods, a laptop', twelvePeriods, 1302, 1366, 1413],
  ['twelve periods, a tablet', twelvePeriods, 707, 768, 2060],
  ['twelve periods, a large phone', twelvePeriods, 442, 480, 2774],
  ['twelve periods, a phone of 320 px', twelvePeriods, 280, 320, 5904, 1 / 3],
  [
    'a city’s budget: 24 charts of one period, 50 ranked, a laptop',
    figure('budget'),
    1302,
    1366,
    7834,
  ],
  [
    'a city’s budget on a phone: one chart a line, the ranking wrapped',
    figure('budget'),
    280,
    320,
    28_580,
  ],
  ['a count of 50 rows and 24 parts’ charts, a laptop', figure('indicators'), 641, 1366, 15_218],
  ['the same on a phone', figure('indicators'), 280, 320, 23_147],
  ['schools: one count of one row', figure('schools'), 641, 1366, 178],
  ['schools on a phone', figure('schools'), 280, 320, 240],
];

describe('the height a card holds before it is drawn', () => {
  it.each(measured)(
    'is within a fifth of the drawn height: %s',
    (_, shape, card, screen, drawn, within = 1 / 5) => {
      const held = pendingHeight(shape, card, screen);
      expect(held).toBeGreaterThan((1 - within) * drawn);
      expect(held).toBeLessThan((1 + within) * drawn);
    },
  );

  it('grows as the card narrows, and is a whole number of pixels', () => {
    for (const shape of [twelvePeriods, figure('budget'), figure('indicators')]) {
      const heights = [1800, 1302, 900, 641, 442, 360, 280].map((card) =>
        pendingHeight(shape, card, card + 64),
      );
      for (const [index, height] of heights.entries()) {
        expect(Number.isInteger(height)).toBe(true);
        if (index > 0) expect(height).toBeGreaterThanOrEqual(heights[index - 1]!);
      }
    }
  });

  it('counts the ranking’s first page of places, a line each on a wide screen', () => {
    const budget = figure('budget');
    expect(budget.rankedFirst).toBe(50);
    const unranked = pendingHeight({ ...budget, rankedFirst: 0 }, 1302, 1366);
    expect(pendingHeight(budget, 1302, 1366) - unranked).toBeGreaterThan(50 * 40);
    expect(pendingHeight(budget, 1302, 1366) - unranked).toBeLessThan(50 * 60);
  });

  it('is a line’s height for a card with nothing to draw, at any width', () => {
    for (const card of [280, 1302])
      expect(pendingHeight({ ...figure('budget'), hasData: false }, card, 1366)).toBe(40);
  });

  it('stays a finite height for a card not yet laid out (no width)', () => {
    for (const card of [0, -10]) {
      const held = pendingHeight(figure('budget'), card, 0);
      expect(Number.isFinite(held)).toBe(true);
      expect(held).toBeGreaterThan(0);
    }
  });
});
