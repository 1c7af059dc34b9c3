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
  unitRank: Map<string, number>;
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

/** The axis label, district and period, on two lines: "Cầu Giấy", "6T/2024". */
export function categoryLines(obs: ResolvedObservation, lang: Lang): readonly [string, string] {
  return [localize(obs.unit.name, lang), localize(obs.period.shortLabel, lang)];
}

/** The same on one line: "Cầu Giấy · 6T/2024". */
export function category(obs: ResolvedObservation, lang: Lang): string {
  return categoryLines(obs, lang).join(' · ');
}
