import * as v from 'valibot';

/**
 * The dataset file format (docs/dataset.md). Every type the app uses for the data is inferred
 * from these schemas, so the documentation, the validator and the code cannot drift apart.
 */

export const CURRENT_SCHEMA_VERSION = 1;

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'id'), v.maxLength(64, 'maxLength'));

/** A calendar date, `YYYY-MM-DD`, checked to be a real day. */
const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'isoDate'),
  v.check(isRealDate, 'isoDate'),
);

/** A date as precise as the article gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'partialDate'),
  v.check(isRealPartialDate, 'partialDate'),
);

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'empty'), v.maxLength(2000, 'maxLength'));

/** Text in both languages. English may be left out; the Vietnamese text is shown instead. */
const LocalizedText = v.object({
  vi: Text,
  en: v.optional(Text),
});

const FiniteNonNegative = v.pipe(v.number('number'), v.finite('number'), v.minValue(0, 'negative'));

const Percent = v.pipe(v.number('number'), v.finite('number'), v.minValue(0, 'negative'));

export const SourceSchema = v.object({
  id: Id,
  /** The headline as printed; null when the article as kept has none. */
  title: v.nullable(Text),
  /** Our own description of an untitled article, shown in place of a title and marked as ours. */
  description: v.optional(LocalizedText),
  publisher: v.nullable(Text),
  author: v.optional(Text),
  date: v.nullable(PartialDate),
  file: Text,
  note: v.optional(LocalizedText),
});

export const UnitSchema = v.object({
  id: Id,
  name: LocalizedText,
  city: LocalizedText,
  /** Set when the articles do not name the unit and it was identified from other clues. */
  inferred: v.optional(v.object({ reason: LocalizedText })),
});

export const PeriodSchema = v.object({
  id: Id,
  label: LocalizedText,
  /** Short label for chart axes. */
  shortLabel: LocalizedText,
  year: v.pipe(
    v.number('number'),
    v.integer('integer'),
    v.minValue(1900, 'year'),
    v.maxValue(2200, 'year'),
  ),
  /** First day; absent for a status "as of" a date, which has no length. */
  start: v.optional(IsoDate),
  end: IsoDate,
});

export const TopicSchema = v.object({
  id: Id,
  name: LocalizedText,
  order: v.pipe(v.number('number'), v.integer('integer')),
});

export const FigureSchema = v.object({
  id: Id,
  title: LocalizedText,
  /** Short ASCII name for exported files: `thu-ngan-sach`. */
  slug: v.optional(Id),
  order: v.pipe(v.number('number'), v.integer('integer')),
});

export const MetricSchema = v.object({
  id: Id,
  name: LocalizedText,
  /**
   * amount: a quantity measured against a target (budget revenue against the estimate);
   * count: items that meet a condition out of a total (43 of 62 schools);
   * tally: a plain count with no total (39 indicators).
   */
  kind: v.picklist(['amount', 'count', 'tally'], 'kind'),
  unit: LocalizedText,
  /** What the target or total is called: "dự toán", "tổng số trường công lập". */
  targetName: v.optional(LocalizedText),
  /** The topic it belongs to; null when it spans every topic. */
  topic: v.nullable(Id),
  figure: Id,
  /** Decimals to show for values of this metric. */
  decimals: v.optional(
    v.pipe(v.number('number'), v.integer('integer'), v.minValue(0), v.maxValue(6)),
  ),
});

export const StatedShareSchema = v.object({
  percent: Percent,
  /** exact: "đạt 67,8%"; more-than: "hơn 64%"; about: "khoảng 70%". */
  qualifier: v.picklist(['exact', 'more-than', 'less-than', 'about'], 'qualifier'),
  /** Digits after the decimal mark as printed, when they matter ("69,30%"). */
  decimals: v.optional(
    v.pipe(v.number('number'), v.integer('integer'), v.minValue(0), v.maxValue(6)),
  ),
});

export const StatedGrowthSchema = v.object({
  percent: v.pipe(v.number('number'), v.finite('number'), v.minValue(-100, 'growth')),
  /** The period it is compared with ("cùng kỳ năm 2021"). */
  comparedTo: Id,
});

export const ObservationSchema = v.object({
  id: Id,
  unit: Id,
  metric: Id,
  period: Id,
  /** For a breakdown of a metric that spans topics (indicators by topic). */
  topic: v.optional(Id),
  /** null: the article mentions the figure but gives no number. */
  value: v.nullable(FiniteNonNegative),
  /** The estimate (amount) or the total (count); absent when the article gives none. */
  target: v.optional(v.nullable(FiniteNonNegative)),
  /** The period the target covers, when longer than the observation's (the annual estimate). */
  targetPeriod: v.optional(Id),
  statedShare: v.optional(StatedShareSchema),
  statedGrowth: v.optional(StatedGrowthSchema),
  /** Set when the value itself was computed, not printed in the article. */
  derived: v.optional(v.object({ formula: Text })),
  source: Id,
  /** The sentence in the article the figure comes from, verbatim. */
  quote: Text,
});

export const NoteSchema = v.object({
  id: Id,
  unit: v.nullable(Id),
  year: v.nullable(v.pipe(v.number('number'), v.integer('integer'))),
  topic: v.nullable(Id),
  text: LocalizedText,
  source: Id,
});

export const DatasetSchema = v.object({
  schemaVersion: v.literal(CURRENT_SCHEMA_VERSION, 'schemaVersion'),
  title: LocalizedText,
  asOf: IsoDate,
  units: v.pipe(v.array(UnitSchema), v.minLength(1, 'emptyList')),
  periods: v.pipe(v.array(PeriodSchema), v.minLength(1, 'emptyList')),
  topics: v.pipe(v.array(TopicSchema), v.minLength(1, 'emptyList')),
  figures: v.pipe(v.array(FigureSchema), v.minLength(1, 'emptyList')),
  metrics: v.pipe(v.array(MetricSchema), v.minLength(1, 'emptyList')),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'emptyList')),
  observations: v.array(ObservationSchema),
  notes: v.array(NoteSchema),
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type Period = v.InferOutput<typeof PeriodSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Metric = v.InferOutput<typeof MetricSchema>;
export type MetricKind = Metric['kind'];
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type StatedShare = v.InferOutput<typeof StatedShareSchema>;
export type Note = v.InferOutput<typeof NoteSchema>;
export type LocalizedTextValue = v.InferOutput<typeof LocalizedText>;

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRealPartialDate(text: string): boolean {
  const parts = text.split('-');
  if (parts.length === 3) return isRealDate(text);
  if (parts.length === 2) {
    const month = Number(parts[1]);
    return month >= 1 && month <= 12;
  }
  return true;
}
