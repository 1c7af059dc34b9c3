import { localize, type ResolvedObservation } from '../observations';
import type { Topic } from '../schema';
import { cachedPerObject } from './cache';
import type { PanelContext } from './panel-context';
import type { ChartPlan } from './panel-plan';
import type { BreakdownPanel, BreakdownRow } from './types';

/**
 * One district and period's figure split by topic, in the programme's order of topics, with the
 * total the article states and whether the parts add up to it.
 */
export function buildBreakdownPanel(chart: ChartPlan, context: PanelContext): BreakdownPanel {
  const { metric, observations } = chart;
  const { lookup, lang, topics } = context;
  const first = observations[0] as ResolvedObservation;
  const rows = observations
    .map((obs) => breakdownRow(obs, context))
    .sort((a, b) => (topics.get(a.topicId)?.order ?? 0) - (topics.get(b.topicId)?.order ?? 0));
  const whole = lookup.whole(first.unit.id, metric.id, first.period.id);
  // The check is about the article's figures, so it runs on every part, not only the parts
  // the topic filter shows.
  const allParts = lookup.parts(first.unit.id, metric.id, first.period.id);
  const sumOfRows = allParts.some((obs) => obs.value == null)
    ? null
    : allParts.reduce((sum, obs) => sum + (obs.value ?? 0), 0);
  const statedTotal = whole?.value ?? null;
  return {
    kind: 'breakdown',
    key: `${metric.id}|${first.unit.id}|${metric.id}|${first.period.id}`,
    metricId: metric.id,
    metricName: localize(metric.name, lang),
    unitLabel: localize(metric.unit, lang),
    unitName: localize(first.unit.name, lang),
    periodLabel: localize(first.period.label, lang),
    rows,
    statedTotal,
    sumOfRows,
    totalCheck:
      statedTotal == null || sumOfRows == null
        ? null
        : Math.abs(statedTotal - sumOfRows) < 1e-9
          ? 'agrees'
          : 'disagrees',
    isSubset: rows.length < allParts.length,
  };
}

function breakdownRow(
  obs: ResolvedObservation,
  { lang, sourceRef, topics }: PanelContext,
): BreakdownRow {
  const topic = obs.topicId ? topics.get(obs.topicId) : undefined;
  return {
    id: obs.id,
    topicId: obs.topicId ?? '',
    topicName: topic ? localize(topic.name, lang) : '',
    colourIndex: topicRanks(topics).get(obs.topicId ?? '') ?? 0,
    value: obs.value,
    source: sourceRef(obs.source),
    quote: obs.quote,
  };
}

/** Each topic's place in the programme's list, which fixes its colour. */
const topicRanks = cachedPerObject(
  (topics: ReadonlyMap<string, Topic>): Map<string, number> =>
    new Map(
      [...topics.values()]
        .sort((a, b) => a.order - b.order)
        .map((topic, index) => [topic.id, index]),
    ),
);
