import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureKeys } from '../../src/domain/figure-keys';
import { keyCount, keySet } from '../../src/domain/key-bits';
import { bundledDataset } from '../fixtures/dataset';

describe('a figure’s place as one number', () => {
  const dataset = bundledDataset();
  const keys = figureKeys(dataset);
  const topics = [null, ...dataset.topics.map((topic) => topic.id)];

  it('gives every place of the dataset a key of its own, and the same key when asked again', () => {
    const seen = new Map<number, string>();
    for (const unit of dataset.units)
      for (const metric of dataset.metrics)
        for (const period of dataset.periods)
          for (const topic of topics) {
            const place = [unit.id, metric.id, period.id, topic ?? ''].join('|');
            const key = keys.of(unit.id, metric.id, period.id, topic);
            expect(Number.isSafeInteger(key)).toBe(true);
            expect(key).toBeGreaterThanOrEqual(0);
            expect(key).toBeLessThan(keyCount(dataset));
            expect(seen.get(key as number) ?? place).toBe(place);
            seen.set(key as number, place);
            expect(keys.of(unit.id, metric.id, period.id, topic)).toBe(key);
          }
    expect(seen.size).toBe(
      dataset.units.length * dataset.metrics.length * dataset.periods.length * topics.length,
    );
  });

  it('has no key for a place the dataset lacks a reference of', () => {
    const unit = dataset.units[0]?.id ?? '';
    const metric = dataset.metrics[0]?.id ?? '';
    const period = dataset.periods[0]?.id ?? '';
    expect(keys.of(unit, metric, period)).toBeDefined();
    expect(keys.of('no-such-district', metric, period)).toBeUndefined();
    expect(keys.of(unit, 'no-such-metric', period)).toBeUndefined();
    expect(keys.of(unit, metric, 'no-such-period')).toBeUndefined();
    expect(keys.of(unit, metric, period, 'no-such-topic')).toBeUndefined();
  });

  it('tells a whole figure from its part by a topic', () => {
    const [unit, metric, period, topic] = [
      dataset.units[0]?.id ?? '',
      dataset.metrics[0]?.id ?? '',
      dataset.periods[0]?.id ?? '',
      dataset.topics[0]?.id ?? '',
    ];
    expect(keys.of(unit, metric, period)).toBe(keys.of(unit, metric, period, null));
    expect(keys.of(unit, metric, period, topic)).not.toBe(keys.of(unit, metric, period));
  });

  it('holds a set of keys as a Set does, as bits or as a Set, by how many figures it is for', () => {
    // Few figures for the places there are: a Set; many: a bit a place.
    const size = keyCount(dataset);
    for (const count of [0, 1, Math.ceil(size / 128), size])
      fc.assert(
        fc.property(
          fc.array(fc.nat({ max: size - 1 })),
          fc.array(fc.integer({ min: -5, max: size + 40 })),
          (added, asked) => {
            const set = keySet(dataset, count);
            const truth = new Set(added);
            for (const key of added) set.add(key);
            for (const key of [...added, ...asked]) expect(set.has(key)).toBe(truth.has(key));
          },
        ),
      );
  });
});
