import { needsRanking } from '../../domain/at-a-glance';
import type { FigureView, Panel } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { lazyModule } from '../../rendering';

/**
 * The ranked view (RankedProgress.tsx, with the ranking rules and their words) and the charts
 * drawn a page at a time (PagedCharts.tsx) are a chunk of their own, fetched only for a figure
 * of more districts than fit at a glance or a page: the bundled dashboard and any small one
 * never load it. Asked for from here, the first view's code: asked for from the chart cards'
 * chunk, the bundler split the first view's code apart (rolldown/rolldown#10731).
 */
export const manyDistricts = lazyModule(() => import('./many-districts'));

/** A figure's districts ranked, when it has more than fit at a glance (domain/at-a-glance.ts). */
export function Rankings({ figure }: { figure: FigureView }) {
  // Its charts are counted without building them; the ranking then decides metric by metric.
  if (!figure.hasAmount || !needsRanking(figure.chartCount)) return null;
  return <LoadedRankings panels={figure.panels} />;
}

function LoadedRankings({ panels }: { panels: readonly Panel[] }) {
  const t = useMessages();
  const { module, failed } = manyDistricts.useModule();
  if (failed) return <p className="flag-warning">{t.figureCodeFailed}</p>;
  return module ? <module.RankedProgressSection panels={panels} /> : null;
}
