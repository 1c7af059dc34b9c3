import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchesFilters,
  resolveObservations,
  type ResolvedObservation,
} from '../../src/domain/observations';
import type { Dataset } from '../../src/domain/schema';
import type { Filters, Lang } from '../../src/domain/url-state';
import { buildKpis, kpiCandidates } from '../../src/domain/view/kpis';
import { lookupFor } from '../../src/domain/view/lookup';
import { sourceRefsFor } from '../../src/domain/view/sources';
import { visibleByMetric } from '../../src/domain/view/visible';
import { withMadeUpDistricts } from '../fixtures/dataset';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

const base = withMadeUpDistricts(5) as unknown as Dataset;
const units = [null, ...base.units.map((unit) => unit.id), 'no-such-unit'];
const years = [null, ...new Set(base.periods.map((period) => period.year)), 1999];
const topics = [null, ...base.topics.map((topic) => topic.id)];
/** Every figure of the base, in any order. */
const inAnyOrder = fc.shuffledSubarray(base.observations, {
  minLength: base.observations.length,
  maxLength: base.observations.length,
});

describe('a view’s figures by indicator and its headline cards, picked from groups made once', () => {
  it('are those a pass over every figure keeps, in the same order, in any order of the data', () => {
    fc.assert(
      fc.property(
        inAnyOrder,
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

describe('the lookup of a figure by district, indicator and period', () => {
  it('finds what a scan of every figure finds, in any order of the data', () => {
    fc.assert(
      fc.property(inAnyOrder, (observations) => {
        const dataset: Dataset = { ...base, observations };
        const figures = resolveObservations(dataset);
        const lookup = lookupFor(dataset);
        const samePlace = (
          obs: ResolvedObservation,
          unit: string,
          metric: string,
          period: string,
        ) => obs.unit.id === unit && obs.metric.id === metric && obs.period.id === period;
        // Every place a figure has, and one no figure has.
        const places = [
          ...figures.map((obs) => [obs.unit.id, obs.metric.id, obs.period.id] as const),
          ['no-such-unit', figures[0]!.metric.id, figures[0]!.period.id] as const,
        ];
        for (const [unit, metric, period] of places) {
          const here = figures.filter((obs) => samePlace(obs, unit, metric, period));
          expect(lookup.whole(unit, metric, period)?.id).toBe(
            here.find((obs) => !obs.isBreakdown)?.id,
          );
          expect(lookup.parts(unit, metric, period).map((obs) => obs.id)).toEqual(
            here.filter((obs) => obs.isBreakdown).map((obs) => obs.id),
          );
        }
      }),
      { numRuns: 10 },
    );
  });
});
