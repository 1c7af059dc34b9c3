import { useState } from 'react';
import type { DashboardView, FigureView } from '../../domain/view-model';
import { useWords } from '../../i18n/words';
import { exportWords } from './words';
import { useShownLanguage } from '../../i18n/use-messages';
import { stageFor } from '../../domain/slides';

/**
 * In presentation mode: the current slide's chart as a PNG laid out for a slide, of the deck's
 * own shape (stageFor, as the deck decides it): 16:9, or 4:3 on a 4:3 screen.
 */
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
          const stage = stageFor({ width: window.innerWidth, height: window.innerHeight });
          await exporter.downloadPng({
            view,
            figure,
            t,
            lang,
            preset: stage.shape === '4:3' ? 'slide-4-3' : 'slide-16-9',
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
