import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { buildDrawnPage } from '../../src/rendering';
// The fingerprint is the contract between the build and the app: tested here, at that boundary.
import { keyOf } from '../../src/rendering/build-drawn-page';
import { buildDashboardView } from '../../src/domain/view-model';
import { resetDashboardStore } from '../../src/state/dashboard-store';
import { bundledDataset, bundledText } from '../fixtures/dataset';
import { installFakeObserver } from '../fixtures/fake-intersection-observer';

// How the app takes over a card's body from the page the build drew (src/rendering/
// build-drawn-page.ts): only for the very figure the build drew, from the same data, in the same
// language. (The page itself is tested in Chromium: tests/e2e/prerendered.spec.ts.)

// Every card out of view, so each would show its placeholder until its turn.
installFakeObserver();
beforeAll(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(bundledText, { status: 200 })),
  );
});
afterAll(() => {
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-prerendered');
});

/** The fingerprint of a part as the build stamps it: from this data, in this language. */
function drawnKey(
  part: { readonly id: string } & object,
  lang: 'vi' | 'en',
  data = bundledDataset(),
): string {
  buildDrawnPage.showing(data, lang);
  return keyOf(part);
}

/** What a chart card not yet drawn says to screen readers. */
const PENDING = 'Biểu đồ, chú giải và bảng số liệu đang được vẽ';

/** A page as the build writes it: one body per figure, with its fingerprint. */
function builtPage(bodies: { key: string; text: string }[]): HTMLElement {
  const page = document.createElement('div');
  for (const { key, text } of bodies) {
    const body = document.createElement('div');
    body.className = 'figure-prerendered';
    body.dataset.prerenderKey = key;
    body.textContent = text;
    page.append(body);
  }
  return page;
}

describe('a chart card when the page was pre-rendered', () => {
  it('keeps the body drawn for its own figure, and not one drawn for other figures', async () => {
    window.history.replaceState(null, '', '/');
    resetDashboardStore('');
    const view = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi');
    const [budget, schools, indicators] = view.figures;
    if (!budget || !schools || !indicators) throw new Error('the bundled data has three figures');
    const changed = { ...schools, title: `${schools.title} (khác)` };
    document.documentElement.setAttribute('data-prerendered', '');
    const page = builtPage([
      // Drawn in English: the app shows Vietnamese.
      { key: drawnKey(indicators, 'en'), text: 'BUILD: indicators, in English' },
      // Drawn from other figures: the build's page would show what the app did not compute.
      { key: drawnKey(changed, 'vi'), text: 'BUILD: schools, other data' },
      { key: drawnKey(budget, 'vi'), text: 'BUILD: budget' },
    ]);
    // The app shows the bundled data in Vietnamese (src/app/boot.ts says so as it arrives).
    buildDrawnPage.take(page);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<App queryClient={queryClient} />);
    const budgetCard = await screen.findByRole('figure', { name: budget.title });
    await waitFor(() => expect(budgetCard).toHaveTextContent('BUILD: budget'));
    const schoolsCard = screen.getByRole('figure', { name: schools.title });
    const indicatorsCard = screen.getByRole('figure', { name: indicators.title });
    // Kept, it says it is busy; the others say their charts are coming (a placeholder).
    expect(within(budgetCard).getByText('BUILD: budget').closest('[aria-busy]')).not.toBeNull();
    expect(schoolsCard.textContent).not.toContain('BUILD');
    expect(schoolsCard).toHaveTextContent(PENDING);
    expect(indicatorsCard.textContent).not.toContain('BUILD');
    expect(indicatorsCard).toHaveTextContent(PENDING);
  });
});

describe('a headline card when the page was pre-rendered', () => {
  it('on a phone, keeps the card drawn for its own figure until its turn, and says so', async () => {
    const width = window.innerWidth;
    window.innerWidth = 412;
    try {
      window.history.replaceState(null, '', '/');
      resetDashboardStore('');
      const { kpis } = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi');
      // Past the two a phone draws with the first paint.
      const [kept, changed] = [kpis[2], kpis[3]];
      if (!kept || !changed) throw new Error('the bundled data has four headline cards');
      const otherFigure = { ...changed, value: 1 };
      document.documentElement.setAttribute('data-prerendered', '');
      const page = builtPage([
        { key: drawnKey(otherFigure, 'vi'), text: 'BUILD: other figure' },
        { key: drawnKey(kept, 'vi'), text: 'BUILD: kept card' },
      ]);
      buildDrawnPage.take(page);
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      render(<App queryClient={queryClient} />);
      const items = (await screen.findByRole('region', { name: 'Số liệu chính' })).querySelectorAll(
        '.kpi-grid > li',
      );
      const [first, , keptItem, changedItem] = [...items];
      await waitFor(() => expect(keptItem).toHaveTextContent('BUILD: kept card'));
      expect(keptItem).toHaveAttribute('aria-busy', 'true');
      expect(keptItem).toHaveTextContent(`${kept.metricName}: số liệu đang được vẽ`);
      // A card whose figure differs from what the build drew shows its placeholder instead.
      expect(changedItem?.textContent).not.toContain('BUILD');
      expect(changedItem).toHaveTextContent(`${changed.metricName}: số liệu đang được vẽ`);
      expect(changedItem).not.toHaveAttribute('aria-busy');
      // The first cards are the app's own at once.
      expect(within(first as HTMLElement).getByRole('article')).toBeInTheDocument();
    } finally {
      window.innerWidth = width;
    }
  });
});

describe('the fingerprint a build-drawn part is found by', () => {
  it('is the same for the same figure, and changes with the language and with any number in the data', () => {
    const [budget] = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi').figures;
    if (!budget) throw new Error('no figure');
    const again = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi').figures[0]!;
    expect(drawnKey(again, 'vi')).toBe(drawnKey(budget, 'vi'));
    expect(drawnKey(budget, 'en')).not.toBe(drawnKey(budget, 'vi'));
    // One number of the budget's chart changed in the data: its figure is drawn otherwise.
    const data = structuredClone(bundledDataset());
    const observation = data.observations.find(
      (row) => row.metric.startsWith('budget') && typeof row.value === 'number',
    );
    if (!observation || typeof observation.value !== 'number') throw new Error('no value');
    observation.value += 1;
    const [changed] = buildDashboardView(data, ALL_FILTERS, 'vi').figures;
    expect(changed?.id).toBe(budget.id);
    expect(drawnKey(changed!, 'vi', data)).not.toBe(drawnKey(budget, 'vi'));
  });

  it('never builds what a card has not drawn yet (a figure’s charts, built when first read)', () => {
    const part = {
      id: 'lazy',
      title: 'A figure',
      get panels(): never {
        throw new Error('the charts were built');
      },
    };
    expect(() => drawnKey(part, 'vi')).not.toThrow();
    const other = { id: 'lazy', title: 'Another figure' };
    expect(drawnKey(other, 'vi')).not.toBe(drawnKey(part, 'vi'));
  });
});
