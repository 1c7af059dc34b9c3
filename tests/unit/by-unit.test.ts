import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilters, resolveObservations } from '../../src/domain/observations';
import type { Dataset } from '../../src/domain/schema';
import type { Filters, Lang } from '../../src/domain/url-state';
import { visibleFigures } from '../../src/domain/view/by-unit';
import { buildKpis, kpiCandidates } from '../../src/domain/view/kpis';
import { sourceRefsFor } from '../../src/domain/view/sources';
import { withMadeUpDistricts } from '../fixtures/dataset';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

const base = withMadeUpDistricts(5) as unknown as Dataset;
const units = [null, ...base.units.map((unit) => unit.id), 'no-such-unit'];
const years = [null, ...new Set(base.periods.map((period) => period.year)), 1999];
const topics = [null, ...base.topics.map((topic) => topic.id)];

describe('one district’s figures and headline cards, picked from its own', () => {
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
          expect(visibleFigures(dataset, filters)).toEqual(
            resolveObservations(dataset).filter((obs) => matchesFilters(obs, filters)),
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
