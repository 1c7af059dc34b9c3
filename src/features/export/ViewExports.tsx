import { useState } from 'react';
import { formatNumber } from '../../domain/format';
import type { DashboardView } from '../../domain/view-model';
import { useShownLanguage } from '../../i18n/use-messages';
import { useWords } from '../../i18n/words';
import type { ScreenWidthOf } from './ExportControl';
import { useExportRun } from './use-export-run';
import type { Outcome } from './panel-props';
import { viewExportWords } from './view-export-words';

/**
 * What the whole view is exported as, beside the charts' heading: the PowerPoint deck (16:9 or
 * 4:3), the Excel workbook, and a ZIP of every chart's PNG and CSV. Each one's code is fetched
 * on its click; each says how it ended, in its own line.
 */
export function ViewExportButtons({
  view,
  screenWidthOf,
}: {
  view: DashboardView;
  screenWidthOf: ScreenWidthOf;
}) {
  const t = useWords(viewExportWords);
  const lang = useShownLanguage();
  const [shape, setShape] = useState<'16:9' | '4:3'>('16:9');
  const { busy, outcome, run } = useExportRun();
  // A deck too long to be a meeting's (a whole city's view): its slides, until made anyway.
  const [longDeck, setLongDeck] = useState<number | null>(null);
  if (!view.figures.some((figure) => figure.hasData)) return null;
  const saved = (name: string): Outcome => ({ kind: 'status', text: t.exportSaved(name) });
  const deck = (anyway: boolean) =>
    run(async () => {
      performance.mark('export:deck:start');
      const { LONG_DECK_SLIDES, planViewDeck, saveDeck } = await import('./deck');
      const plan = planViewDeck(view, lang, shape);
      setLongDeck(null);
      if (!anyway && plan.slides.length > LONG_DECK_SLIDES) {
        setLongDeck(plan.slides.length);
        return { kind: 'alert', text: t.deckLong(formatNumber(plan.slides.length, lang, '', 0)) };
      }
      const name = await saveDeck(plan, view, lang);
      performance.measure(`export:deck:${shape}`, 'export:deck:start');
      return saved(name);
    });
  const workbook = () =>
    run(async () => saved(await (await import('./workbook')).downloadViewXlsx(view, lang)));
  const zip = () =>
    run(async () => {
      const widths = Object.fromEntries(
        view.figures.map((figure) => [figure.id, screenWidthOf(figure.id)]),
      );
      return saved(await (await import('./exporter')).downloadAll(view, lang, widths));
    });
  return (
    <div className="export-all" role="group" aria-label={t.chartsHeading}>
      <span className="export-deck">
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => void deck(false)}
        >
          {t.downloadDeck}
        </button>
        <label>
          <span className="visually-hidden">{t.deckShape}</span>
          <select
            value={shape}
            disabled={busy}
            onChange={(event) => setShape(event.target.value === '4:3' ? '4:3' : '16:9')}
          >
            <option value="16:9">{t.deckShapeWide}</option>
            <option value="4:3">{t.deckShapeStandard}</option>
          </select>
        </label>
      </span>
      <button type="button" className="button-secondary" disabled={busy} onClick={workbook}>
        {t.downloadViewXlsx}
      </button>
      <button type="button" className="button-secondary" disabled={busy} onClick={zip}>
        {t.exportAll}
      </button>
      {outcome && (
        <span className={`export-outcome ${outcome.kind}`} role={outcome.kind}>
          {outcome.text}
        </span>
      )}
      {longDeck != null && !busy && (
        <button type="button" className="button-secondary" onClick={() => void deck(true)}>
          {t.deckLongAnyway(formatNumber(longDeck, lang, '', 0))}
        </button>
      )}
    </div>
  );
}
