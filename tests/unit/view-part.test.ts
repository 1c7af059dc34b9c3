import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import type { Lang } from '../../src/domain/url-state';
import { filterOptions } from '../../src/domain/view-model';
import { withWholeFacts, type WholeFacts } from '../../src/domain/view/district-part';
import { citationCounts } from '../../src/domain/view/sources';
import { figuresOfPart, viewPart } from '../../src/domain/view/view-part';
import { partsOf, partTestDataset, viewText } from '../fixtures/part-dataset';

fc.configureGlobal(process.env.CI ? { seed: 20261207 } : {});

const base = partTestDataset();
const whole: WholeFacts = {
  years: [...filterOptions(base).years],
  citations: Object.fromEntries(citationCounts(base)),
};
const topics = base.topics.map((topic) => topic.id);
const units = [null, ...base.units.map((unit) => unit.id).filter((_, at) => at % 4 === 0)];

describe('a year’s or a topic’s figures standing for the whole dataset', () => {
  it('give every view of that year or topic the whole gives, in any order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.observations, {
          minLength: base.observations.length,
          maxLength: base.observations.length,
        }),
        fc.constantFrom<number | null>(null, ...whole.years, 1999),
        fc.constantFrom<string | null>(null, ...topics, 'no-such-topic'),
        fc.constantFrom<Lang>('vi', 'en'),
        (observations, year, topic, lang) => {
          const dataset: Dataset = { ...base, observations };
          const part = viewPart(partsOf(dataset), whole, { year, topic, unit: null });
          const known =
            (year != null && year !== 1999) || (topic != null && topics.includes(topic));
          // Asked for nothing the whole holds: the whole is read.
          expect(part != null).toBe(known);
          if (!part) return;
          const kept = figuresOfPart(part, observations);
          const shown = withWholeFacts(partsOf(dataset), kept, whole);
          // Its views: the year or topic with every topic or year, every district.
          const years = part.filters.year != null ? [part.filters.year] : [null, ...whole.years];
          const shownTopics = part.filters.topic != null ? [part.filters.topic] : [null, ...topics];
          for (const y of years)
            for (const t of shownTopics)
              for (const unit of units) {
                const filters = { year: y, topic: t, unit };
                expect(part.covers(filters)).toBe(true);
                expect(viewText(shown, filters, lang)).toBe(viewText(dataset, filters, lang));
              }
          // And no other year's or topic's.
          if (part.filters.year != null)
            expect(
              part.covers({ year: part.filters.year - 1, topic: part.filters.topic, unit: null }),
            ).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('leaves out what its views do not read', () => {
    const latest = whole.years[0]!;
    const part = viewPart(partsOf(base), whole, { year: latest, topic: null, unit: null })!;
    const kept = figuresOfPart(part, base.observations);
    const yearOf = new Map(base.periods.map((period) => [period.id, period.year]));
    // Each figure read is of that year, compares with it, or is compared with; not every one is.
    const comparedWith = new Set(
      base.observations
        .filter((obs) => yearOf.get(obs.period) === latest && obs.statedGrowth)
        .map((obs) => obs.statedGrowth!.comparedTo),
    );
    for (const obs of kept)
      expect(
        yearOf.get(obs.period) === latest ||
          yearOf.get(obs.statedGrowth?.comparedTo ?? '') === latest ||
          comparedWith.has(obs.period),
      ).toBe(true);
    expect(kept.length).toBeLessThan(base.observations.length / 2);
    // A figure its stated growth compares with is, in the year before.
    const compared = base.observations.filter(
      (obs) => yearOf.get(obs.period) === latest && obs.statedGrowth,
    );
    expect(compared.length).toBeGreaterThan(0);
    for (const obs of compared)
      for (const before of base.observations.filter(
        (o) =>
          o.unit === obs.unit &&
          o.metric === obs.metric &&
          o.period === obs.statedGrowth!.comparedTo,
      ))
        expect(kept).toContain(before);
    // A topic's part holds no figure of an indicator of another topic.
    const economy = viewPart(partsOf(base), whole, { year: null, topic: 'economy', unit: null })!;
    const topicOf = new Map(base.metrics.map((metric) => [metric.id, metric.topic]));
    const ofEconomy = figuresOfPart(economy, base.observations);
    expect(ofEconomy.length).toBeLessThan(base.observations.length);
    expect(
      ofEconomy.every((obs) => [null, 'economy'].includes(topicOf.get(obs.metric) ?? null)),
    ).toBe(true);
  });
});
