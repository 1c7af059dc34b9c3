import type { CachedInSteps } from './cache';

/**
 * A value of `cachedInSteps` worked out as steps, each a part of its work, for a caller to run
 * one a task (no long task on a large dataset); the last keeps the value. A step not run by the
 * time the next is asked for is run then, so the work always moves on in order; if the value is
 * asked for meanwhile (a render before the last step), the steps have nothing left to do. Loaded
 * with the shared steps (shared-steps.ts), not with the page.
 */
export function* stepsOf<K extends object, V>(
  cached: Pick<CachedInSteps<K, V>, 'values' | 'compute'>,
  key: K,
): Generator<() => void, void, void> {
  const { values } = cached;
  if (values.has(key)) return;
  const work = cached.compute(key);
  let done = false;
  while (!done) {
    let ran = false;
    const step = () => {
      if (ran) return;
      ran = true;
      if (values.has(key)) {
        done = true;
        return;
      }
      const next = work.next();
      if (next.done) {
        values.set(key, next.value);
        done = true;
      }
    };
    yield step;
    step();
  }
}
