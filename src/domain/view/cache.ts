import type { Lang } from '../url-state';

/**
 * Every cache of the domain, in one place. A dataset never changes once read (an import makes a
 * new one), so what is worked out from it, or from one of its objects, holds as long as that
 * object lives. Five ways to keep it:
 *
 * - `cachedPerObject`: once per object (a dataset, its resolved figures, one figure);
 * - `cachedPerLanguage`: the same, once per object and language;
 * - `cachedWithin`: once per key while the function is kept (one view's references);
 * - `recentlyUsed`: the last few values made within one object (the views of a dataset);
 * - `cachedInSteps`: once per object, like `cachedPerObject`, and also workable in steps.
 *
 * A cached function gives the same object for the same inputs: React then sees nothing to redraw.
 * (A null or undefined value is not kept: it is worked out again.)
 */

/** `compute(key)`, worked out the first time a key is asked for; forgotten with the key. */
export function cachedPerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => values.get(key) ?? kept(values, key, compute(key));
}

/**
 * `compute(key)` once per key, for as long as the function returned is kept. A Map, not a
 * WeakMap: it is asked thousands of times while a view's charts are built, and a Map is the
 * quicker to look up and to collect (weak tables cost the garbage collector extra work).
 */
export function cachedWithin<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => values.get(key) ?? kept(values, key, compute(key));
}

/**
 * `compute(key, lang, …more)`, worked out once per key and language. What comes after the
 * language is used only the first time: the value kept must not depend on it.
 */
export function cachedPerLanguage<K extends object, V, More extends unknown[] = []>(
  compute: (key: K, lang: Lang, ...more: More) => V,
): (key: K, lang: Lang, ...more: More) => V {
  const byLanguage: Record<Lang, WeakMap<K, V>> = { vi: new WeakMap(), en: new WeakMap() };
  return (key, lang, ...more) => {
    const values = byLanguage[lang];
    return values.get(key) ?? kept(values, key, compute(key, lang, ...more));
  };
}

/** A value worked out once per object, in one go or in steps (`cachedInSteps`). */
export interface CachedInSteps<K extends object, V> {
  (key: K): V;
  /** The values worked out so far. */
  readonly values: WeakMap<K, V>;
  /** The work, a generator that yields between its parts and returns the value. */
  readonly compute: (key: K) => Generator<void, V, void>;
}

/**
 * `compute(key)` once per object, like `cachedPerObject`, where compute is a generator that
 * yields between parts of its work and returns the value. Asked for, the value is worked out in
 * one go (or given back); `stepsOf` (cache-steps.ts, loaded with the work it is for) gives the
 * same work as steps, for a caller to run one a task (no long task on a large dataset).
 */
export function cachedInSteps<K extends object, V>(
  compute: (key: K) => Generator<void, V, void>,
): CachedInSteps<K, V> {
  const values = new WeakMap<K, V>();
  const cached = (key: K): V => values.get(key) ?? kept(values, key, finished(compute(key)));
  return Object.assign(cached, { values, compute });
}

/** What a generator returns, its work done in one go. */
function finished<V>(work: Generator<void, V, void>): V {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
  }
}

function kept<K, V>(values: { set(key: K, value: V): unknown }, key: K, value: V): V {
  values.set(key, value);
  return value;
}

/**
 * The last `size` values made within one scope, the least recently used forgotten first: asked
 * for again by its key, a value is given back, not made again. A new scope forgets the old one's
 * values, so nothing of it is held.
 */
export function recentlyUsed<V>(size: number): (scope: object, key: string, make: () => V) => V {
  let current: { scope: object; values: Map<string, V> } | null = null;
  return (scope, key, make) => {
    if (current?.scope !== scope) current = { scope, values: new Map() };
    const { values } = current;
    const value = values.get(key) ?? make();
    // A Map keeps the order keys were set in: the newest last, the oldest the first to go.
    values.delete(key);
    values.set(key, value);
    if (values.size > size) values.delete(values.keys().next().value as string);
    return value;
  };
}
