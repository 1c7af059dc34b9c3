import type { Observation } from './schema';

/**
 * An observation as flat columns and back: the one mapping shared by the columnar forms the app
 * writes and reads (Arrow chunks kept in the browser, observation-columns.ts; a Parquet file
 * opened from an address, dataset-parquet.ts). Every field of the schema is held exactly: an
 * optional field absent stays absent, a null stays null (a target may be either), a number keeps
 * every bit (-0 too). Pure.
 */

/** The columns, in the order written. A field the schema adds must be added here and in both forms. */
export const OBSERVATION_COLUMNS = [
  'id',
  'unit',
  'metric',
  'period',
  'topic',
  'value',
  /** 0: no target field; 1: target null; 2: a number in `target`. */
  'targetState',
  'target',
  'targetPeriod',
  'sharePercent',
  'shareQualifier',
  'shareDecimals',
  'growthPercent',
  'growthComparedTo',
  'formula',
  'source',
  'quote',
] as const;

export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

const TARGET_ABSENT = 0;
const TARGET_NULL = 1;
const TARGET_NUMBER = 2;

/** The observations as one array per column (null where a field is absent). */
export function observationColumns(
  observations: readonly Observation[],
): Record<ObservationColumn, unknown[]> {
  const n = observations.length;
  const columns = Object.fromEntries(
    OBSERVATION_COLUMNS.map((name) => [name, new Array<unknown>(n)]),
  ) as Record<ObservationColumn, unknown[]>;
  for (let i = 0; i < n; i += 1) {
    const o = observations[i]!;
    columns.id[i] = o.id;
    columns.unit[i] = o.unit;
    columns.metric[i] = o.metric;
    columns.period[i] = o.period;
    columns.topic[i] = o.topic ?? null;
    columns.value[i] = o.value;
    columns.targetState[i] =
      o.target === undefined ? TARGET_ABSENT : o.target === null ? TARGET_NULL : TARGET_NUMBER;
    columns.target[i] = o.target ?? null;
    columns.targetPeriod[i] = o.targetPeriod ?? null;
    columns.sharePercent[i] = o.statedShare?.percent ?? null;
    columns.shareQualifier[i] = o.statedShare?.qualifier ?? null;
    columns.shareDecimals[i] = o.statedShare?.decimals ?? null;
    columns.growthPercent[i] = o.statedGrowth?.percent ?? null;
    columns.growthComparedTo[i] = o.statedGrowth?.comparedTo ?? null;
    columns.formula[i] = o.derived?.formula ?? null;
    columns.source[i] = o.source;
    columns.quote[i] = o.quote;
  }
  return columns;
}

/** A column's value at a row: whatever holds the columns (Arrow's columns, Parquet's arrays). */
export type ColumnReader = Record<ObservationColumn, { at(index: number): unknown }>;

/**
 * Rows [start, end) made the objects the rest of the app reads. The values are as written;
 * whether they make a valid dataset is the validator's to say.
 */
export function observationRows(c: ColumnReader, start: number, end: number): Observation[] {
  const out = new Array<Observation>(Math.max(0, end - start));
  for (let i = start; i < end; i += 1) {
    const o = {
      id: c.id.at(i),
      unit: c.unit.at(i),
      metric: c.metric.at(i),
      period: c.period.at(i),
    } as Record<string, unknown>;
    const topic = c.topic.at(i);
    if (topic != null) o.topic = topic;
    o.value = c.value.at(i) ?? null;
    const targetState = c.targetState.at(i);
    if (targetState === TARGET_NULL) o.target = null;
    else if (targetState === TARGET_NUMBER) o.target = c.target.at(i);
    const targetPeriod = c.targetPeriod.at(i);
    if (targetPeriod != null) o.targetPeriod = targetPeriod;
    const qualifier = c.shareQualifier.at(i);
    if (qualifier != null) {
      const share: Record<string, unknown> = { percent: c.sharePercent.at(i), qualifier };
      const decimals = c.shareDecimals.at(i);
      if (decimals != null) share.decimals = decimals;
      o.statedShare = share;
    }
    const comparedTo = c.growthComparedTo.at(i);
    if (comparedTo != null) o.statedGrowth = { percent: c.growthPercent.at(i), comparedTo };
    const formula = c.formula.at(i);
    if (formula != null) o.derived = { formula };
    o.source = c.source.at(i);
    o.quote = c.quote.at(i);
    out[i - start] = o as unknown as Observation;
  }
  return out;
}

/**
 * Rows [start, end) as `observationRows` makes them, each with every field, in one order (a
 * field the row lacks undefined): objects of one shape, which a pass over millions of them reads
 * at a known place rather than looking each field up (the resolution of a kept import's chunks:
 * for 3.6 million rows its own time went from 3.6 to 2.3 s in a profile in Node). Read and
 * dropped, never kept: a row kept, or written out, must have the fields the file had and no
 * others (`observationRows`).
 */
export function observationRowsOfOneShape(
  c: ColumnReader,
  start: number,
  end: number,
): Observation[] {
  const out = new Array<Observation>(Math.max(0, end - start));
  for (let i = start; i < end; i += 1) {
    const targetState = c.targetState.at(i);
    const qualifier = c.shareQualifier.at(i);
    let statedShare: Record<string, unknown> | undefined;
    if (qualifier != null) {
      statedShare = { percent: c.sharePercent.at(i), qualifier };
      const decimals = c.shareDecimals.at(i);
      if (decimals != null) statedShare.decimals = decimals;
    }
    const comparedTo = c.growthComparedTo.at(i);
    const formula = c.formula.at(i);
    out[i - start] = {
      id: c.id.at(i),
      unit: c.unit.at(i),
      metric: c.metric.at(i),
      period: c.period.at(i),
      topic: c.topic.at(i) ?? undefined,
      value: c.value.at(i) ?? null,
      target:
        targetState === TARGET_NULL
          ? null
          : targetState === TARGET_NUMBER
            ? c.target.at(i)
            : undefined,
      targetPeriod: c.targetPeriod.at(i) ?? undefined,
      statedShare,
      statedGrowth: comparedTo != null ? { percent: c.growthPercent.at(i), comparedTo } : undefined,
      derived: formula != null ? { formula } : undefined,
      source: c.source.at(i),
      quote: c.quote.at(i),
    } as unknown as Observation;
  }
  return out;
}
