import { localize, type ResolvedObservation } from '../observations';
import type { Dataset, Metric } from '../schema';
import type { Filters } from '../url-state';
import { buildAmountPanel, onCommonScale } from './amount-panels';
import { buildBreakdownPanel } from './breakdown-panels';
import { buildCountPanel } from './count-panels';
import { pushTo, unique } from './lists';
import type { PanelContext } from './panel-context';
import { planCharts, planSize, type ChartPlan } from './panel-plan';
import type { FigureView, Panel } from './types';

/**
 * The dashboard's figures in their order, each with its charts planned and counted now and built
 * when first read (`panels`). A figure a topic filter leaves without data is kept only if one of
 * its metrics belongs to that topic.
 */
export function buildFigures(
  dataset: Dataset,
  visible: readonly ResolvedObservation[],
  filters: Filters,
  context: PanelContext,
): FigureView[] {
  const { lang, sourceRef } = context;
  const visibleByMetric = new Map<string, ResolvedObservation[]>();
  const sourceIdsByFigure = new Map<string, Set<string>>();
  for (const obs of visible) {
    pushTo(visibleByMetric, obs.metric.id, obs);
    const sourceIds = sourceIdsByFigure.get(obs.metric.figure);
    if (sourceIds) sourceIds.add(obs.source.id);
    else sourceIdsByFigure.set(obs.metric.figure, new Set([obs.source.id]));
  }

  return [...dataset.figures]
    .sort((a, b) => a.order - b.order)
    .map((figure) => {
      const metrics = dataset.metrics.filter((metric) => metric.figure === figure.id);
      const charts = metrics.flatMap((metric) =>
        planCharts(metric, visibleByMetric.get(metric.id) ?? [], context.unitRank),
      );
      const { chartCount, rowCount, hasAmount } = planSize(charts);
      const hasData = chartCount > 0;
      const sourceIds = sourceIdsByFigure.get(figure.id);
      const relevant =
        filters.topic == null ||
        hasData ||
        metrics.some((metric) => metric.topic === filters.topic);
      let panels: Panel[] | undefined;
      const built = () =>
        (panels ??= onCommonScale(charts.map((chart) => buildPanel(chart, context))));
      const view: FigureView = {
        id: figure.id,
        topicId: primaryTopic(metrics),
        slug: figure.slug ?? null,
        title: localize(figure.title, lang),
        units: unique(metrics.map((metric) => localize(metric.unit, lang))),
        get panels() {
          return built();
        },
        chartCount,
        rowCount,
        hasAmount,
        sources: sourceIds ? dataset.sources.filter((s) => sourceIds.has(s.id)).map(sourceRef) : [],
        hasData,
      };
      return { view, relevant };
    })
    .filter((entry) => entry.relevant)
    .map((entry) => entry.view);
}

function buildPanel(chart: ChartPlan, context: PanelContext): Panel {
  switch (chart.kind) {
    case 'amount':
      return buildAmountPanel(chart, context);
    case 'count':
      return buildCountPanel(chart, context);
    case 'breakdown':
      return buildBreakdownPanel(chart, context);
  }
}

/** The topic most of a figure's metrics belong to; null when they span every topic. */
function primaryTopic(metrics: readonly Metric[]): string | null {
  const counts = new Map<string, number>();
  for (const metric of metrics) {
    if (metric.topic) counts.set(metric.topic, (counts.get(metric.topic) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [topic, count] of counts)
    if (best == null || count > (counts.get(best) ?? 0)) best = topic;
  return best;
}
