import { useState } from 'react';
import { formatNumber } from '../../domain/format';
import { useShownLanguage } from '../../i18n/use-messages';
import { useWords } from '../../i18n/words';
import type { Outcome, ViewExportProps } from './panel-props';
import { viewExportWords } from './view-export-words';

/**
 * The whole view's export menu, open (its button is ExportControl.tsx's ViewExports): the
 * PowerPoint deck in a shape, the Excel workbook, and a ZIP of every chart's PNG and CSV. Each
 * one's code is fetched on its click; each says how it ended.
 */
export function ViewExportPanel({
  id,
  view,
  screenWidthOf,
  shape,
  onShape,
  onClose,
  busy,
  outcome,
  run,
}: ViewExportProps) {
  const t = useWords(viewExportWords);
  const lang = useShownLanguage();
  // A deck too long to be a meeting's (a whole city's view): its slides, until made anyway, for
  // the view, shape and language it was planned for (another is asked about anew).
  const [long, setLong] = useState<{ slides: number; key: unknown[] } | null>(null);
  const key = [view, shape, lang];
  const longDeck =
    long && long.key.every((part, index) => part === key[index]) ? long.slides : null;
  const saved = (name: string): Outcome => ({ kind: 'status', text: t.exportSaved(name) });
  const deck = (anyway: boolean) =>
    run(async () => {
      performance.mark('export:deck:start');
      const { LONG_DECK_SLIDES, planViewDeck, saveDeck } = await import('./deck');
      const plan = planViewDeck(view, lang, shape);
      setLong(null);
      if (!anyway && plan.slides.length > LONG_DECK_SLIDES) {
        setLong({ slides: plan.slides.length, key });
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
    <div
      id={id}
      className="export-panel"
      role="group"
      aria-label={t.exportView}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="export-options">
        <label>
          {t.deckShape}
          <select
            value={shape}
            onChange={(event) => onShape(event.target.value === '4:3' ? '4:3' : '16:9')}
          >
            <option value="16:9">{t.deckShapeWide}</option>
            <option value="4:3">{t.deckShapeStandard}</option>
          </select>
        </label>
      </div>
      <div className="export-actions">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => void deck(false)}
        >
          {t.downloadDeck}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={workbook}>
          {t.downloadViewXlsx}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={zip}>
          {t.exportAll}
        </button>
        {/* On a phone the menu is a sheet over the page: this closes it. */}
        <button type="button" className="button-secondary export-close" onClick={onClose}>
          {t.exportClose}
        </button>
      </div>
      {outcome && (
        <p className={`export-outcome ${outcome.kind}`} role={outcome.kind}>
          {outcome.text}{' '}
          {longDeck != null && !busy && (
            <button type="button" className="button-secondary" onClick={() => void deck(true)}>
              {t.deckLongAnyway(formatNumber(longDeck, lang, '', 0))}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
