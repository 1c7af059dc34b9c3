import type { KeySet } from './figure-keys';
import type { Dataset } from './schema';

/**
 * A set of the dataset's figure keys (figure-keys.ts), for about `count` of them: a bit per
 * possible key where that is no larger than a Set of them would be (about 16 bytes an entry; the
 * country's 3.6 million figures' places are 9 MB of bits rather than some 57 MB of Set, and their
 * 3.6 million adds took 1.7 s of the page as a Set), else a Set. Loaded with the work for large
 * data (the resolution's stated places: shared-steps.ts, data/kept-resolved.ts), not with the
 * page's first script: small data's few keys are a Set's.
 */
export function keySet(dataset: Omit<Dataset, 'observations'>, count: number): KeySet {
  const size = keyCount(dataset);
  if (size > 16 * 8 * Math.max(count, 1)) return new Set<number>();
  const bits = new Uint32Array(Math.ceil(size / 32));
  return {
    add(key) {
      bits[key >>> 5]! |= 1 << (key & 31);
    },
    has(key) {
      return key >= 0 && key < size && (bits[key >>> 5]! & (1 << (key & 31))) !== 0;
    },
  };
}

/**
 * How many figure keys the dataset can have: each is a whole number below it (a place of each
 * district, indicator, period, and the whole or a topic's part: figure-keys.ts's mixed radix).
 */
export const keyCount = (dataset: Omit<Dataset, 'observations'>): number =>
  dataset.units.length *
  dataset.metrics.length *
  dataset.periods.length *
  (dataset.topics.length + 1);
