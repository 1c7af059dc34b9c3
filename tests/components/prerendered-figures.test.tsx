import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { prerenderKey, takePrerenderedFigures } from '../../src/components/prerendered-figures';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import { resetDashboardStore } from '../../src/state/dashboard-store';
import { bundledDataset, bundledText } from '../fixtures/dataset';
import { installFakeObserver } from '../fixtures/fake-intersection-observer';

// How the app takes over a chart card's body from the page the build drew: only for the very
// figure the build drew, in the same language. (The page itself is tested in Chromium:
// tests/e2e/prerendered.spec.ts.)

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
    takePrerenderedFigures(
      builtPage([
        { key: prerenderKey(budget, 'vi'), text: 'BUILD: budget' },
        // Drawn from other figures: the build's page would show what the app did not compute.
        { key: prerenderKey(changed, 'vi'), text: 'BUILD: schools, other data' },
        { key: prerenderKey(indicators, 'en'), text: 'BUILD: indicators, in English' },
      ]),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<App queryClient={queryClient} />);
    const budgetCard = await screen.findByRole('figure', { name: budget.title });
    await waitFor(() => expect(budgetCard).toHaveTextContent('BUILD: budget'));
    const schoolsCard = screen.getByRole('figure', { name: schools.title });
    const indicatorsCard = screen.getByRole('figure', { name: indicators.title });
    expect(schoolsCard.textContent).not.toContain('BUILD');
    expect(schoolsCard.querySelector('.figure-pending')).not.toBeNull();
    expect(indicatorsCard.textContent).not.toContain('BUILD');
    expect(indicatorsCard.querySelector('.figure-pending')).not.toBeNull();
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
        { key: prerenderKey(kept, 'vi'), text: 'BUILD: kept card' },
        { key: prerenderKey(otherFigure, 'vi'), text: 'BUILD: other figure' },
      ]);
      takePrerenderedFigures(page);
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
      expect(changedItem?.querySelector('.kpi-card-pending')).not.toBeNull();
      // The first cards are the app's own at once.
      expect(first?.querySelector('article.kpi-card')).not.toBeNull();
    } finally {
      window.innerWidth = width;
    }
  });
});

describe('prerenderKey', () => {
  it('changes with any figure in the card and with the language', () => {
    const [budget] = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi').figures;
    if (!budget) throw new Error('no figure');
    const again = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi').figures[0]!;
    expect(prerenderKey(again, 'vi')).toBe(prerenderKey(budget, 'vi'));
    expect(prerenderKey(budget, 'en')).not.toBe(prerenderKey(budget, 'vi'));
    const one = structuredClone(budget);
    const panel = one.panels[0] as unknown as { rows: { value: number | null }[] };
    const row = panel.rows.find((r) => r.value != null);
    if (!row || row.value == null) throw new Error('no value');
    row.value += 1;
    expect(prerenderKey(one, 'vi')).not.toBe(prerenderKey(budget, 'vi'));
  });
});
