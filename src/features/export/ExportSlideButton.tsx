import { useState } from 'react';
import type { DashboardView, FigureView } from '../../domain/view-model';
import { useWords } from '../../i18n/words';
import { exportWords } from './words';
import { useShownLanguage } from '../../i18n/use-messages';

/** In presentation mode: the current slide's chart as a 16:9 PNG, laid out for a slide. */
export function ExportSlideButton({ view, figure }: { view: DashboardView; figure: FigureView }) {
  const t = useWords(exportWords);
  const lang = useShownLanguage();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const exporter = await import('./exporter');
          await exporter.downloadPng({
            view,
            figure,
            t,
            lang,
            preset: 'slide-16-9',
            scale: 1,
            transparent: false,
            screenWidth: 1920,
          });
        } catch (error) {
          console.warn('export failed', error);
        } finally {
          setBusy(false);
        }
      }}
    >
      {t.exportSlide}
    </button>
  );
}
