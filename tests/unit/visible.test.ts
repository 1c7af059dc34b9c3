import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilters, resolveObservations } from '../../src/domain/observations';
import type { Dataset } from '../../src/domain/schema';
import type { Filters, Lang } from '../../src/domain/url-state';
import { buildKpis, kpiCandidates } from '../../src/domain/view/kpis';
import { sourceRefsFor } from '../../src/domain/view/sources';
import { visibleByMetric } from '../../src/domain/view/visible';
import { withMadeUpDistricts } from '../fixtures/dataset';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

const base = withMadeUpDistricts(5) as unknown as Dataset;
const units = [null, ...base.units.map((unit) => unit.id), 'no-such-unit'];
const years = [null, ...new Set(base.periods.map((period) => period.year)), 1999];
const topics = [null, ...base.topics.map((topic) => topic.id)];

describe('a view’s figures by indicator and its headline cards, picked from groups made once', () => {
  it('are those a pass over every figure keeps, in the same order, in any order of the data', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.observations, {
          minLength: base.observations.length,
          maxLength: base.observations.length,
        }),
        fc.constantFrom(...units),
        fc.constantFrom(...years),
        fc.constantFrom(...topics),
        fc.constantFrom<Lang>('vi', 'en'),
        (observations, unit, year, topic, lang) => {
          const dataset: Dataset = { ...base, observations };
          const filters: Filters = { year, topic, unit };
          // Each indicator's figures the filters keep, in the dataset's order; none, no entry.
          const everyFigure = new Map<string, string[]>();
          for (const obs of resolveObservations(dataset))
            if (matchesFilters(obs, filters))
              everyFigure.set(obs.metric.id, [...(everyFigure.get(obs.metric.id) ?? []), obs.id]);
          const picked = visibleByMetric(dataset, filters);
          expect(new Map([...picked].map(([id, list]) => [id, list.map((obs) => obs.id)]))).toEqual(
            everyFigure,
          );
          // Each district and indicator's latest figure the filters keep, in the cards' order.
          const sourceRef = sourceRefsFor(lang);
          const everyGroup = kpiCandidates(dataset, lang)
            .map((group) => group.find((obs) => matchesFilters(obs, filters)))
            .filter((obs) => obs != null)
            .map((obs) => obs.id);
          expect(buildKpis(dataset, filters, lang, sourceRef).map((kpi) => kpi.id)).toEqual(
            everyGroup,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
