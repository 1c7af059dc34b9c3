import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { narrowQuickly } from '../../src/domain/view/narrowed';
import { narrowing, visibleByMetric } from '../../src/domain/view/visible';
import { withMadeUpDistricts } from '../fixtures/dataset';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

const base = withMadeUpDistricts(5) as unknown as Dataset;
const units = [null, ...base.units.map((unit) => unit.id), 'no-such-unit'];
const years = [null, ...new Set(base.periods.map((period) => period.year)), 1999];
const topics = [null, ...base.topics.map((topic) => topic.id)];
/**
 * Figures of many periods for each district and two indicators, in any order: two years, two
 * periods equally late (a half year and a status at its last day), a figure of another topic
 * than its indicator's, breakdown parts. Where the latest and the first in the data differ.
 */
const PERIODS = [
  { id: 'g-2023', year: 2023, start: '2023-01-01', end: '2023-12-31' },
  { id: 'g-2024-h1', year: 2024, start: '2024-01-01', end: '2024-06-30' },
  { id: 'g-2024-status', year: 2024, end: '2024-06-30' },
  { id: 'g-2024', year: 2024, start: '2024-01-01', end: '2024-12-31' },
].map((period) => ({
  ...period,
  label: { vi: period.id, en: period.id },
  shortLabel: { vi: period.id, en: period.id },
}));
const manyPeriods = fc
  .uniqueArray(
    fc.record({
      unit: fc.constantFrom(...base.units.map((unit) => unit.id)),
      metric: fc.constantFrom('budget-revenue', 'indicators-met'),
      period: fc.constantFrom(...PERIODS.map((period) => period.id)),
      topic: fc.constantFrom(undefined, 'culture-society'),
      value: fc.integer({ min: 0, max: 99 }),
    }),
    {
      minLength: 1,
      maxLength: 40,
      selector: (obs) => `${obs.unit} ${obs.metric} ${obs.period} ${obs.topic}`,
    },
  )
  .map((figures): Dataset => ({
    ...base,
    periods: [...base.periods, ...PERIODS],
    observations: figures.map(({ topic, ...obs }, index) => ({
      ...obs,
      ...(topic ? { topic } : {}),
      id: `g-${index}`,
      target: 100,
      source: base.sources[0]!.id,
      quote: 'x',
    })),
  }));

/** Every figure of the base, in any order. */
const inAnyOrder = fc.shuffledSubarray(base.observations, {
  minLength: base.observations.length,
  maxLength: base.observations.length,
});

/**
 * The view's figures by indicator are what a pass over every figure keeps, in the same order;
 * its cards, each district and indicator's latest figure the filters keep, in the cards' order.
 */
function expectWhatPassesKeep(dataset: Dataset, filters: Filters, lang: Lang): void {
  // Each indicator's figures the filters keep, in the dataset's order; none, no entry.
  const everyFigure = new Map<string, string[]>();
  for (const obs of resolveObservations(dataset))
    if (matchesFilters(obs, filters))
      everyFigure.set(obs.metric.id, [...(everyFigure.get(obs.metric.id) ?? []), obs.id]);
  const picked = visibleByMetric(dataset, filters);
  expect(new Map([...picked].map(([id, list]) => [id, list.map((obs) => obs.id)]))).toEqual(
    everyFigure,
  );
  const everyGroup = kpiCandidates(dataset, lang)
    .map((group) => group.find((obs) => matchesFilters(obs, filters)))
    .filter((obs) => obs != null)
    .map((obs) => obs.id);
  const cards = buildKpis(dataset, filters, lang, sourceRefsFor(lang));
  expect(cards.map((kpi) => kpi.id)).toEqual(everyGroup);
}

describe.each([
  ['picked from groups made once', () => undefined],
  // What large data's shared work sets: a year's or a district's view from its own figures.
  ['picked from a year’s or a district’s own figures (narrowed.ts)', narrowQuickly],
])('a view’s figures by indicator and its headline cards, %s', (_, setUp) => {
  beforeEach(setUp);
  afterEach(() => {
    delete narrowing.visible;
    delete narrowing.picks;
  });

  it('are those a pass over every figure keeps, in the same order, in any order of the data', () => {
    fc.assert(
      fc.property(
        inAnyOrder,
        fc.constantFrom(...units),
        fc.constantFrom(...years),
        fc.constantFrom(...topics),
        fc.constantFrom<Lang>('vi', 'en'),
        (observations, unit, year, topic, lang) => {
          expectWhatPassesKeep({ ...base, observations }, { year, topic, unit }, lang);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('are so over many periods, equally late ones, and figures of another topic', () => {
    fc.assert(
      fc.property(
        manyPeriods,
        fc.constantFrom(null, ...base.units.map((unit) => unit.id)),
        fc.constantFrom(null, 2023, 2024),
        fc.constantFrom(null, 'economy', 'culture-society'),
        fc.constantFrom<Lang>('vi', 'en'),
        (dataset, unit, year, topic, lang) =>
          expectWhatPassesKeep(dataset, { year, topic, unit }, lang),
      ),
      { numRuns: 200 },
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
