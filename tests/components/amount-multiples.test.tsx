import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AmountChart } from '../../src/charts/AmountChart';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { buildDashboardView, type AmountPanel } from '../../src/domain/view-model';
import { ShownLanguage } from '../../src/i18n/use-messages';
import { bundledDataset } from '../fixtures/dataset';
import { EIGHT_YEARS, overYears } from '../fixtures/many-periods';

// A district's budget over many periods, on a phone: a few periods a chart, every bar drawn,
// every chart on the panel's one scale (its value axis the same in each).

const view = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi');
const base = view.figures.flatMap((figure) => figure.panels).find((p) => p.kind === 'amount') as
  AmountPanel | undefined;
if (!base) throw new Error('expected an amount panel');
const years = EIGHT_YEARS;
const eight = overYears(base);

function draw(width: number) {
  const { container } = render(
    <ShownLanguage.Provider value="vi">
      <AmountChart panel={eight} size={{ width, height: 1200 }} />
    </ShownLanguage.Provider>,
  );
  const charts = [...container.querySelectorAll('svg.recharts-surface')];
  const bars = container.querySelectorAll('.recharts-bar-rectangle path');
  const ticks = charts.map((chart) =>
    [...chart.querySelectorAll('.recharts-yAxis .recharts-cartesian-axis-tick-value')].map(
      (tick) => tick.textContent,
    ),
  );
  const periods = [...container.querySelectorAll('tspan')]
    .map((tspan) => tspan.textContent ?? '')
    .filter((text) => text.startsWith('6T/'));
  return { charts, bars, ticks, periods };
}

describe('many periods on a phone', () => {
  const drawnBars =
    eight.rows.filter((row) => row.value != null).length +
    eight.rows.filter((row) => row.target != null).length;

  it('at 320 px: small multiples, every period and every bar drawn once, one scale', () => {
    const { charts, bars, ticks, periods } = draw(320);
    expect(charts.length).toBeGreaterThan(1);
    expect(bars).toHaveLength(drawnBars);
    expect(periods).toEqual(years.map((year) => `6T/${year}`));
    for (const chartTicks of ticks) expect(chartTicks).toEqual(ticks[0]);
  });

  it('at 1366 px: one chart', () => {
    const { charts, bars } = draw(1366);
    expect(charts).toHaveLength(1);
    expect(bars).toHaveLength(drawnBars);
  });
});
