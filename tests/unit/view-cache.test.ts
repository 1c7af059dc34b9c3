import { describe, expect, it } from 'vitest';
import {
  cachedInSteps,
  cachedPerLanguage,
  cachedPerObject,
  cachedWithin,
  recentlyUsed,
} from '../../src/domain/view/cache';
import { resolveObservations, RESOLVE_STEP } from '../../src/domain/observations';
import type { Dataset } from '../../src/domain/schema';
import { buildDashboardView } from '../../src/domain/view-model';
import { sharedViewSteps } from '../../src/domain/view/shared-steps';
import { stepsOf } from '../../src/domain/view/cache-steps';
import { kpiCandidates } from '../../src/domain/view/kpis';
import { bundledDataset } from '../fixtures/dataset';

/** A function that counts its calls and gives a new object each time. */
function counted<A extends unknown[]>() {
  const calls: A[] = [];
  const compute = (...args: A) => {
    calls.push(args);
    return { made: calls.length };
  };
  return { calls, compute };
}

describe.each([
  ['cachedPerObject', cachedPerObject],
  ['cachedWithin', cachedWithin],
])('%s', (_name, cache) => {
  it('works a value out once per key, and gives the same object after', () => {
    const { calls, compute } = counted<[object]>();
    const cached = cache(compute);
    const a = {};
    const b = {};
    const first = cached(a);
    expect(cached(a)).toBe(first);
    expect(cached(b)).not.toBe(first);
    expect(calls).toEqual([[a], [b]]);
  });

  it('keeps nothing of a key that is only equal, not the same', () => {
    const cached = cache((key: { id: number }) => ({ id: key.id }));
    expect(cached({ id: 1 })).not.toBe(cached({ id: 1 }));
  });
});

describe('cachedPerLanguage', () => {
  it('works a value out once per key and language', () => {
    const { calls, compute } = counted<[object, string]>();
    const cached = cachedPerLanguage(compute);
    const key = {};
    const vi = cached(key, 'vi');
    const en = cached(key, 'en');
    expect(en).not.toBe(vi);
    expect(cached(key, 'vi')).toBe(vi);
    expect(cached(key, 'en')).toBe(en);
    expect(calls).toEqual([
      [key, 'vi'],
      [key, 'en'],
    ]);
  });

  it('uses what comes after the language only the first time', () => {
    const cached = cachedPerLanguage((key: object, lang, note: string) => ({ key, lang, note }));
    const key = {};
    expect(cached(key, 'vi', 'first').note).toBe('first');
    expect(cached(key, 'vi', 'second').note).toBe('first');
    expect(cached(key, 'en', 'second').note).toBe('second');
  });
});

describe('recentlyUsed', () => {
  const scope = {};
  const make = (key: string) => () => ({ key });

  it.each<[string, string[], string, boolean]>([
    ['a value just made', ['a'], 'a', true],
    ['the last of four', ['a', 'b', 'c', 'd'], 'a', true],
    ['not the oldest of five', ['a', 'b', 'c', 'd', 'e'], 'a', false],
    ['one asked again, which is then the newest', ['a', 'b', 'c', 'd', 'a', 'e'], 'a', true],
    ['not one pushed out by one asked again', ['a', 'b', 'c', 'd', 'a', 'e'], 'b', false],
  ])('of size 4 keeps %s', (_name, asked, key, kept) => {
    const recent = recentlyUsed<{ key: string }>(4);
    const first = new Map<string, { key: string }>();
    for (const each of asked) {
      const value = recent(scope, each, make(each));
      if (!first.has(each)) first.set(each, value);
    }
    expect(recent(scope, key, make(key)) === first.get(key)).toBe(kept);
  });

  it('forgets every value of a scope when another is asked for', () => {
    const recent = recentlyUsed<{ key: string }>(4);
    const before = recent(scope, 'a', make('a'));
    const other = recent({}, 'a', make('a'));
    expect(other).not.toBe(before);
    expect(recent(scope, 'a', make('a'))).not.toBe(before);
  });

  it('does not make a value it keeps', () => {
    const recent = recentlyUsed<{ key: string }>(2);
    let made = 0;
    const counting = () => ({ key: String((made += 1)) });
    recent(scope, 'a', counting);
    recent(scope, 'a', counting);
    recent(scope, 'b', counting);
    recent(scope, 'a', counting);
    expect(made).toBe(2);
  });
});

describe('cachedInSteps', () => {
  /** Sums 1..n, yielding every `every` numbers; counts how often it was started. */
  function summing(every: number) {
    let started = 0;
    const sum = cachedInSteps(function* (key: { n: number }) {
      started += 1;
      let total = 0;
      for (let i = 1; i <= key.n; i += 1) {
        total += i;
        if (i % every === 0) yield;
      }
      return { total };
    });
    return { sum, started: () => started };
  }

  it('gives in steps the value it gives in one go, and keeps it', () => {
    const { sum, started } = summing(10);
    const key = { n: 35 };
    let count = 0;
    for (const step of stepsOf(sum, key)) {
      step();
      count += 1;
    }
    // Three yields, then the last part that returns: four steps.
    expect(count).toBe(4);
    const value = sum(key);
    expect(value).toEqual({ total: 630 });
    expect(sum({ n: 35 })).toEqual(value);
    expect(sum(key)).toBe(value);
    // Kept: no steps left, nothing started again (but for the equal key that is not the same).
    expect([...stepsOf(sum, key)]).toHaveLength(0);
    expect(started()).toBe(2);
  });

  it('runs a step not run by the time the next is asked for: the work moves on in order', () => {
    const { sum, started } = summing(10);
    const key = { n: 35 };
    expect([...stepsOf(sum, key)]).toHaveLength(4);
    expect(started()).toBe(1);
    expect(sum(key)).toEqual({ total: 630 });
    expect(started()).toBe(1);
  });

  it('stops its steps when the value was asked for meanwhile', () => {
    const { sum } = summing(10);
    const key = { n: 100 };
    const steps = stepsOf(sum, key);
    steps.next().value?.();
    const value = sum(key);
    let left = 0;
    for (const step of steps) {
      step();
      left += 1;
    }
    expect(left).toBe(1);
    expect(sum(key)).toBe(value);
    expect(value.total).toBe(5050);
  });
});

describe('a large dataset’s shared work in steps', () => {
  /** The bundled data with its figures repeated under new ids: more than two steps of figures. */
  function large(): Dataset {
    const dataset = bundledDataset();
    const observations = [];
    for (let copy = 0; observations.length < 2.5 * RESOLVE_STEP; copy += 1)
      for (const o of dataset.observations) observations.push({ ...o, id: `${o.id}-${copy}` });
    return { ...dataset, observations };
  }

  it('resolves the same figures and headline candidates as in one go, a part a step', () => {
    const inOneGo = large();
    const inSteps = { ...inOneGo };
    let steps = 0;
    for (const step of sharedViewSteps(inSteps, 'vi')) {
      step();
      steps += 1;
    }
    // The resolution and the headline candidates each in parts of at most a step's figures (two
    // passes for the resolution), then the options and the citations.
    const passes = Math.floor(inSteps.observations.length / RESOLVE_STEP);
    expect(steps).toBeGreaterThanOrEqual(3 * passes + 2);
    expect(resolveObservations(inSteps)).toEqual(resolveObservations(inOneGo));
    expect(kpiCandidates(inSteps, 'vi')).toEqual(kpiCandidates(inOneGo, 'vi'));
    const filters = { year: 2024, topic: null, unit: null };
    expect(JSON.stringify(buildDashboardView(inSteps, filters, 'vi').kpis)).toBe(
      JSON.stringify(buildDashboardView(inOneGo, filters, 'vi').kpis),
    );
  });
});
