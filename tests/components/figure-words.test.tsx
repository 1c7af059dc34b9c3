import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildFigureContext } from '../../src/charts/figure-context';
import { DataTables } from '../../src/features/dashboard/DataTables';
import { FigureBody } from '../../src/features/dashboard/FigureBody';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import { buildDashboardView, type FigureView } from '../../src/domain/view-model';
import { messagesFor } from '../../src/i18n';
import { standaloneFigureWords } from '../../src/i18n/standalone-figure-words';
import { wordsIn } from '../../src/i18n/words';
import { withMixedPeriodLengths } from '../fixtures/mixed-period-lengths';
import { ShownLanguage } from '../../src/i18n/use-messages';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();

function renderFigure(
  lang: Lang,
  id: string,
  filters: Partial<Filters> = {},
  changed: (figure: FigureView) => FigureView = (figure) => figure,
) {
  const view = buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang);
  const found = view.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  const figure = changed(found);
  const { container } = render(
    <ShownLanguage.Provider value={lang}>
      <FigureBody figure={figure} Tables={DataTables} />
    </ShownLanguage.Provider>,
  );
  return {
    container,
    exported: buildFigureContext(view, figure, wordsIn(standaloneFigureWords, lang)),
  };
}

// The screen and the exported image (and the slide, which draws the same context) in both
// languages: the same legend and the same caveats, word for word.
// Drawing the charts beside the legend is slow on a busy machine: a longer limit.
describe.each<Lang>(['vi', 'en'])(
  'a chart card in %s and its export',
  { timeout: 60_000 },
  (lang) => {
    it.each<[string, Partial<Filters>]>([
      ['budget', {}],
      ['budget', { year: 2024, unit: 'cau-giay' }],
      ['schools', {}],
    ])('%s %o: the legend on screen is the legend exported', (id, filters) => {
      const { container, exported } = renderFigure(lang, id, filters);
      const legend = container.querySelector('.legend');
      if (!legend) throw new Error('no legend on screen');
      const onScreen = within(legend as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.trim());
      expect(onScreen).toEqual(exported.legend.map((item) => item.label));
    });

    it('shows each caveat the export carries about periods and missing targets', () => {
      // Each district's chart holds periods of one length on the bundled data: one made to mix
      // 9 months with 6 must warn on screen as in the export.
      const { container, exported } = renderFigure(lang, 'budget', {}, (figure) =>
        withMixedPeriodLengths(figure),
      );
      const periods = within(container).getByRole('note');
      const periodNote = exported.notes[0] ?? '';
      expect(periods).toHaveTextContent(periodNote);
      const missing = container.querySelector('.chart-note')?.textContent;
      expect(exported.notes).toContain(missing);
    });

    it('states the disagreeing share in the words the export uses', () => {
      const t = messagesFor(lang);
      const { container, exported } = renderFigure(lang, 'budget', {
        year: 2024,
        unit: 'cau-giay',
      });
      const row = container.querySelector('.share-comparison .disagrees');
      if (!row) throw new Error('no disagreeing share on screen');
      const [computed, stated] = [...row.querySelectorAll(':scope > span')].map(
        (span) => span.textContent ?? '',
      );
      const computedValue = computed?.replace(`${t.computedShare}: `, '') ?? '';
      const statedValue = stated?.replace(`${t.statedShare}: `, '') ?? '';
      expect(computedValue).toMatch(/%$/);
      expect(statedValue).toMatch(/%$/);
      // On screen the district heads its chart and the row names the period; the export's
      // note, standing alone, names both.
      const district = within(container).getByRole('heading').textContent;
      const period = row.querySelector('strong')?.textContent;
      expect(exported.notes).toEqual([
        `${district} · ${period}: ${t.computedShare} ${computedValue}, ${t.statedShare.toLocaleLowerCase()} ${statedValue}. ${t.shareDisagrees}.`,
      ]);
    });
  },
);
