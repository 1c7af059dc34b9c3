import { fireEvent, render, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AmountChart } from '../../src/charts/AmountChart';
import { BreakdownChart } from '../../src/charts/BreakdownChart';
import { CountChart } from '../../src/charts/CountChart';
import {
  amountRowTooltip,
  breakdownRowTooltip,
  countRowTooltip,
  type RowTooltip,
} from '../../src/charts/figure-words';
import { PanelTable } from '../../src/features/dashboard/DataTable';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import { buildDashboardView, type Panel } from '../../src/domain/view-model';
import { messagesFor } from '../../src/i18n';
import { ShownLanguage } from '../../src/i18n/use-messages';
import { bundledDataset } from '../fixtures/dataset';

// A bar's tooltip says what its row of the data table says, in the same order: actual before
// target, and "Label: value" with no space before the colon.

const dataset = bundledDataset();

function panelsOf(lang: Lang, id: string, filters: Partial<Filters> = {}): Panel[] {
  const view = buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang);
  const figure = view.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure.panels;
}

function tooltipsOf(panel: Panel, lang: Lang): RowTooltip[] {
  const t = messagesFor(lang);
  switch (panel.kind) {
    case 'amount':
      return panel.rows.map((row) => amountRowTooltip(row, panel, t));
    case 'count':
      return panel.rows.map((row) => countRowTooltip(row, panel, t));
    case 'breakdown':
      return panel.rows.map((row) => breakdownRowTooltip(row, panel, t));
  }
}

/** The columns that name a row (district and period, or topic): the tooltip's title says them. */
const namingColumns = (panel: Panel) => (panel.kind === 'breakdown' ? 1 : 2);

const allPanels = (['vi', 'en'] as const).flatMap((lang) =>
  ['budget', 'schools', 'indicators', 'progress'].flatMap((id) =>
    panelsOf(lang, id).map(
      (panel, index) => [lang, `${id} #${index + 1} (${panel.kind})`, panel] as const,
    ),
  ),
);

describe('a bar’s tooltip and its row of the data table', () => {
  it.each(allPanels)('%s, %s: the same facts in the same order', (lang, _name, panel) => {
    const { container } = render(
      <ShownLanguage.Provider value={lang}>
        <PanelTable panel={panel} />
      </ShownLanguage.Provider>,
    );
    const table = within(container).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent?.trim());
    const bodyRows = within(table)
      .getAllByRole('row')
      .slice(1, 1 + panel.rows.length);
    const tooltips = tooltipsOf(panel, lang);
    expect(tooltips).toHaveLength(bodyRows.length);
    tooltips.forEach((tooltip, index) => {
      // The labels are the table's column headers, in their order.
      expect(tooltip.facts.map((fact) => fact.label)).toEqual(headers.slice(namingColumns(panel)));
      const cells = within(bodyRows[index] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? '');
      const factCells = panel.kind === 'breakdown' ? cells : cells.slice(1);
      tooltip.facts.forEach((fact, column) => {
        const cell = factCells[column] ?? '';
        expect(cell, fact.label).toContain(fact.text);
        if (fact.note) expect(cell, fact.label).toContain(fact.note);
      });
    });
  });

  it.each(['vi', 'en'] as const)('%s: no label has a space before its colon', (lang) => {
    for (const [, , panel] of allPanels.filter(([each]) => each === lang)) {
      for (const tooltip of tooltipsOf(panel, lang)) {
        for (const fact of tooltip.facts) expect(fact.label).not.toMatch(/\s$/);
      }
    }
  });
});

describe('hovering a bar shows its tooltip', () => {
  it.each<[Lang, string, string[]]>([
    [
      'vi',
      'Cầu Giấy · 6T/2024',
      [
        'Thực hiện (tỷ đồng): 12.455,236',
        'Dự toán cả năm (tỷ đồng): 19.492,8',
        'Tỷ lệ tính được: 63,90%',
        'Bài viết ghi: hơn 64%',
      ],
    ],
    [
      'en',
      'Cau Giay · 6M 2024',
      [
        'Result (billion VND): 12,455.236',
        'Annual estimate (billion VND): 19,492.8',
        'Computed share: 63.90%',
        'Article states: more than 64%',
      ],
    ],
  ])('%s: an amount’s bar, actual before target', async (lang, title, lines) => {
    const [panel] = panelsOf(lang, 'budget', { unit: 'cau-giay' });
    if (panel?.kind !== 'amount') throw new Error('expected an amount panel');
    const { container } = render(
      <ShownLanguage.Provider value={lang}>
        <AmountChart panel={panel} />
      </ShownLanguage.Provider>,
    );
    // The right half of the 800 px chart: the later period, 6T/2024.
    const [tooltip] = await hover(container, 600, 200);
    expect(tooltip?.querySelector('p')).toHaveTextContent(title);
    const shown = [...(tooltip?.querySelectorAll('dl > div') ?? [])].map((line) =>
      [...line.children]
        .slice(0, 2)
        .map((part) => part.textContent)
        .join(''),
    );
    expect(shown.slice(0, lines.length)).toEqual(lines);
  });

  it.each(['vi', 'en'] as const)(
    '%s: a count’s bar and a breakdown’s bar have one too',
    async (lang) => {
      const t = messagesFor(lang);
      const [count, breakdown] = panelsOf(lang, 'indicators');
      if (count?.kind !== 'count' || breakdown?.kind !== 'breakdown') {
        throw new Error('expected a count and a breakdown');
      }
      const drawn = render(
        <ShownLanguage.Provider value={lang}>
          <CountChart panel={count} />
          <BreakdownChart panel={breakdown} />
        </ShownLanguage.Provider>,
      );
      const [countChart, breakdownChart] = drawn.container.querySelectorAll('.recharts-wrapper');
      const [countTooltip] = await hover(countChart, 300, 40);
      // Right of the topics' names (300 px), over the first topic's bar.
      const [breakdownTooltip] = await hover(breakdownChart, 500, 30);
      expect(countTooltip).toHaveTextContent(
        `${t.computedShare}: ${lang === 'vi' ? '75,00%' : '75.00%'}`,
      );
      // The first topic, with its 5 indicators.
      expect(breakdownTooltip).toHaveTextContent(
        `${breakdown.rows[0]?.topicName}${t.colValue} ${t.unitColumn(breakdown.unitLabel)}: 5`,
      );
    },
  );
});

/** Moves the pointer over a chart, as a reader would, and gives the tooltips it then shows. */
async function hover(element: Element | undefined, clientX: number, clientY: number) {
  const chart = element?.matches('.recharts-wrapper')
    ? element
    : element?.querySelector('.recharts-wrapper');
  if (!chart) throw new Error('no chart drawn');
  // The tooltip's code comes a moment after the chart (a chunk of its own).
  await waitFor(() => expect(chart.querySelector('.recharts-tooltip-wrapper')).not.toBeNull());
  fireEvent.mouseMove(chart, { clientX, clientY });
  // Recharts shows its tooltip on the next animation frame.
  return waitFor(() => {
    const shown = [...chart.querySelectorAll('.chart-tooltip')];
    expect(shown).not.toHaveLength(0);
    return shown;
  });
}
