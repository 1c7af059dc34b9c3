import { needsRanking } from '../../domain/at-a-glance';
import type { FigureView, Panel } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { lazyModule } from '../../rendering';

/**
 * The ranked view (RankedProgress.tsx, with the ranking rules and their words) is a chunk of its
 * own, fetched only for a figure with more charts than fit at a glance: the bundled dashboard and
 * any small one never load it. Asked for from here, the first view's code: asked for from the
 * chart cards' chunk, the bundler split the first view's code apart (rolldown/rolldown#10731).
 */
const ranking = lazyModule(() => import('./RankedProgress'));

/** A figure's districts ranked, when it has more than fit at a glance (domain/at-a-glance.ts). */
export function Rankings({ figure }: { figure: FigureView }) {
  // Its charts are counted without building them; the ranking then decides metric by metric.
  if (!figure.hasAmount || !needsRanking(figure.chartCount)) return null;
  return <LoadedRankings panels={figure.panels} />;
}

function LoadedRankings({ panels }: { panels: readonly Panel[] }) {
  const t = useMessages();
  const { module, failed } = ranking.useModule();
  if (failed) return <p className="flag-warning">{t.figureCodeFailed}</p>;
  return module ? <module.RankedProgressSection panels={panels} /> : null;
}
