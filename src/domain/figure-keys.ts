import type { Dataset } from './schema';
import { cachedPerObject } from './view/cache';

/**
 * A figure's place in its dataset (district, indicator, period, and the topic of a part) as one
 * number, for the Maps and Sets that hold every figure of a dataset (the resolution's stated
 * figures, the view's lookup). A string key per figure ("q-cau-giay|revenue|h1-2024|") cost a
 * string made and hashed for each of a city's 360,000 figures and held them all: a number is
 * three times quicker to make and find, and costs nothing to keep.
 *
 * Each reference is its position in the dataset's list, and the key their mixed-radix sum, so
 * two places have one key only if they are the same place. Even the country's 3,321 districts ×
 * 100 indicators × 40 periods × 20 topics stay far below 2^53, where a number stops being exact.
 */
export interface FigureKeys {
  /** The key of a place, by its references' ids; undefined if the dataset lacks one of them. */
  of(unit: string, metric: string, period: string, topic?: string | null): number | undefined;
}

export const figureKeys = cachedPerObject((dataset: Dataset): FigureKeys => {
  const units = positions(dataset.units);
  const metrics = positions(dataset.metrics);
  const periods = positions(dataset.periods);
  const topics = positions(dataset.topics);
  const metricCount = dataset.metrics.length;
  const periodCount = dataset.periods.length;
  // 0 for the whole figure; a part's topic from 1.
  const topicCount = dataset.topics.length + 1;
  return {
    of(unit, metric, period, topic) {
      const u = units.get(unit);
      const m = metrics.get(metric);
      const p = periods.get(period);
      const t = topic == null ? 0 : part(topics.get(topic));
      if (u === undefined || m === undefined || p === undefined || t === undefined)
        return undefined;
      return ((u * metricCount + m) * periodCount + p) * topicCount + t;
    },
  };
});

const part = (position: number | undefined) => (position === undefined ? undefined : position + 1);

function positions(list: readonly { id: string }[]): Map<string, number> {
  return new Map(list.map((item, index) => [item.id, index]));
}

/** A set of a dataset's figure keys: a Set's add and has (key-bits.ts makes a smaller one). */
export interface KeySet {
  add(key: number): void;
  has(key: number): boolean;
}
