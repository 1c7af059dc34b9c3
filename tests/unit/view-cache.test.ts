import { describe, expect, it } from 'vitest';
import {
  cachedPerLanguage,
  cachedPerObject,
  cachedWithin,
  recentlyUsed,
} from '../../src/domain/view/cache';

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
