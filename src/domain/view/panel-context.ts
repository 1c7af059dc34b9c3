import { localize, type ResolvedObservation } from '../observations';
import type { Metric, Topic } from '../schema';
import type { Lang } from '../url-state';
import type { Lookup } from './lookup';
import type { SourceRefOf } from './sources';

/** What every chart of a view is built with. */
export interface PanelContext {
  lookup: Lookup;
  lang: Lang;
  sourceRef: SourceRefOf;
  topics: Map<string, Topic>;
  unitRank: ReadonlyMap<string, number>;
}

/** The names a chart of a metric shows above and beside its bars. */
export function metricLabels(metric: Metric, lang: Lang) {
  return {
    metricId: metric.id,
    metricName: localize(metric.name, lang),
    unitLabel: localize(metric.unit, lang),
    targetName: metric.targetName ? localize(metric.targetName, lang) : '',
  };
}

/**
 * The axis label of an amount's bar, in the chart of its own district (whose heading names the
 * district): the period alone, "6T/2024", with no second line.
 */
export function categoryLines(obs: ResolvedObservation, lang: Lang): readonly [string, string] {
  return [localize(obs.period.shortLabel, lang), ''];
}

/**
 * A row named where its chart's heading is not beside it (a count's axis of every district, a
 * note under an exported image, a warning): district and period, "Cầu Giấy · 6T/2024".
 */
export function category(obs: ResolvedObservation, lang: Lang): string {
  return `${localize(obs.unit.name, lang)} · ${localize(obs.period.shortLabel, lang)}`;
}
