import { localize, type ResolvedObservation } from '../observations';
import type { Dataset, Metric } from '../schema';
import type { Filters, Lang } from '../url-state';
import { buildAmountPanel, onCommonScale } from './amount-panels';
import { buildBreakdownPanel } from './breakdown-panels';
import { cachedPerLanguage, cachedPerObject } from './cache';
import { buildCountPanel } from './count-panels';
import { unique } from './lists';
import type { PanelContext } from './panel-context';
import { planCharts, planSize, type ChartPlan } from './panel-plan';
import type { FigureView, Panel } from './types';
import type { FigureGroups } from './visible';

/**
 * The dashboard's figures in their order, each with its charts planned and counted now and built
 * when first read (`panels`). A figure a topic filter leaves without data is kept only if one of
 * its metrics belongs to that topic.
 */
export function buildFigures(
  dataset: Dataset,
  byMetric: FigureGroups,
  filters: Filters,
  context: PanelContext,
): FigureView[] {
  const { lang, sourceRef } = context;
  return [...dataset.figures]
    .sort((a, b) => a.order - b.order)
    .map((figure) => {
      const metrics = dataset.metrics.filter((metric) => metric.figure === figure.id);
      const lists = metrics.map((metric) => byMetric.get(metric.id) ?? NONE);
      const charts = metrics.flatMap((metric, index) =>
        plannedCharts(lists[index] as ResolvedList, lang, metric, context.unitRank),
      );
      // How many charts and rows, and how many of them on a card's first page.
      const size = planSize(charts);
      const hasData = size.chartCount > 0;
      const sourceIds = new Set(lists.flatMap((list) => [...sourceIdsOf(list)]));
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
        ...size,
        sources: dataset.sources.filter((s) => sourceIds.has(s.id)).map(sourceRef),
        hasData,
      };
      return { view, relevant };
    })
    .filter((entry) => entry.relevant)
    .map((entry) => entry.view);
}

type ResolvedList = readonly ResolvedObservation[];
const NONE: ResolvedList = [];

/**
 * An indicator's charts planned from its visible figures, kept with the list: the whole
 * dashboard's lists with no filter are the dataset's own (visible.ts), planned once per language
 * (its districts' order) and ahead of the first view (shared-steps.ts). What comes after the
 * language follows from the list and the language.
 */
export const plannedCharts = cachedPerLanguage(
  (list: ResolvedList, _lang: Lang, metric: Metric, unitRank: ReadonlyMap<string, number>) =>
    planCharts(metric, list, unitRank),
);

/** The sources an indicator's visible figures cite, kept with the list. */
export const sourceIdsOf = cachedPerObject(
  (list: ResolvedList): ReadonlySet<string> => new Set(list.map((obs) => obs.source.id)),
);

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
