import { keySet } from '../key-bits';
import { resolveObservations, resolveSteps } from '../observations';
import type { Dataset } from '../schema';
import type { Lang } from '../url-state';
import { filterOptions } from './dashboard';
import { plannedCharts, sourceIdsOf } from './figures';
import { stepsOf } from './cache-steps';
import { kpiCandidates, kpiCandidatesCache, kpiViewFor } from './kpis';
import { candidatePlaces, narrowQuickly, resolvedByYear } from './narrowed';
import { unitRanks } from './order';
import { citationCounts, sourceRefsFor } from './sources';
import { resolvedByMetric, resolvedByUnit } from './visible';

/**
 * What every view of a dataset shares, worked out once per dataset (and language), as steps:
 * run one a task before a large dataset is first shown (data/dataset-query.ts's shareViewWork),
 * so that its first view finds them ready rather than working them all out in one long task.
 * The figures' resolution is in steps of 20,000 figures each, their groups by district, by
 * indicator and by year of 50,000; the whole dashboard's charts are planned an indicator a
 * step. Loaded only for data other than the bundled file, whose views never need it.
 */
export function* sharedViewSteps(dataset: Dataset, lang: Lang): Generator<() => unknown> {
  // The stated figures' places noted as bits (a Set of millions is seconds of adds), unless the
  // resolution is there already (a kept import resolved as read: data/kept-resolved.ts).
  yield* stepsOf(
    {
      values: resolveObservations.values,
      compute: (key) => resolveSteps(key, keySet(key, key.observations.length)),
    },
    dataset,
  );
  yield* stepsOf(resolvedByUnit, dataset);
  yield* stepsOf(resolvedByMetric, dataset);
  yield* stepsOf(resolvedByYear, dataset);
  // The options read the resolved figures: after them.
  yield () => filterOptions(dataset);
  // Asked for once the steps above have run (each step is run before the next is asked for).
  yield* stepsOf(kpiCandidatesCache[lang], dataset);
  yield () => {
    narrowQuickly();
    candidatePlaces(dataset, lang);
  };
  yield* kpiCardSteps(dataset, lang);
  yield () => citationCounts(dataset);
  yield* planSteps(dataset, lang);
}

/** Cards a step makes ahead of the first view. */
const CARDS_STEP = 5_000;

/**
 * The cards of the view with no filter (each district and indicator's latest figure) made ahead,
 * a part a step, after the candidates' steps: a city's 30,000 cards are 70 ms of its first view
 * otherwise. Only the kept cards change: a view picks them as it would.
 */
function* kpiCardSteps(dataset: Dataset, lang: Lang): Generator<() => void> {
  const groups = kpiCandidates(dataset, lang);
  const sourceRef = sourceRefsFor(lang);
  for (let start = 0; start < groups.length; start += CARDS_STEP) {
    yield () => {
      for (const group of groups.slice(start, start + CARDS_STEP))
        if (group[0]) kpiViewFor(group[0], lang, sourceRef);
    };
  }
}

/**
 * The whole dashboard's charts planned with no filter, an indicator a step (after the figures
 * are grouped by indicator), and the sources each indicator's figures cite: a city's are 20–50
 * ms of its first view otherwise.
 */
function* planSteps(dataset: Dataset, lang: Lang): Generator<() => void> {
  const metrics = new Map(dataset.metrics.map((metric) => [metric.id, metric]));
  for (const [metricId, list] of resolvedByMetric(dataset)) {
    const metric = metrics.get(metricId);
    if (!metric) continue;
    yield () => {
      plannedCharts(list, lang, metric, unitRanks(dataset, lang));
      sourceIdsOf(list);
    };
  }
}
