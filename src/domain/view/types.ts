import type { ValueScale } from '../scale';
import type { ShareCheck } from '../metrics';
import type { Judgement } from '../status';
import type { StatedShare } from '../schema';
import type { Filters } from '../url-state';

// What the screen, its tables, the exports and the slides draw: plain data, built by the
// modules beside this one (dashboard.ts assembles them).

export interface SourceRef {
  id: string;
  /** The headline, or our description of an untitled article. */
  label: string;
  isDescription: boolean;
  date: string | null;
  file: string;
}

export interface SourceView extends SourceRef {
  publisher: string | null;
  author: string | null;
  note: string | null;
  /** How many of the figures in the whole dataset cite it. */
  figureCount: number;
}

/** A derived value: how it was computed, written with vi-VN numbers. */
export interface DerivedMark {
  formula: string;
}

export interface KpiView {
  id: string;
  /** The metric's topic; null for one that spans every topic. */
  topicId: string | null;
  metricName: string;
  unitName: string;
  /** The articles do not name this district; it was identified from other clues. */
  unitInferred: boolean;
  periodLabel: string;
  value: number | null;
  valueDerived: DerivedMark | null;
  unitLabel: string;
  decimals: number;
  target: number | null;
  targetDerived: DerivedMark | null;
  targetName: string | null;
  share: number | null;
  /** 2, or the article's own precision when the target was derived from its stated share. */
  shareDecimals: number;
  /** The progress bar as drawn: the share, kept within 0–100. */
  barPercent: number;
  /** Its status and the reason it names (domain/status.ts). */
  judgement: Judgement;
  statedShare: StatedShare | null;
  shareCheck: ShareCheck | null;
  /** The growth the article states on the same period of an earlier year, and that period. */
  growthStated: number | null;
  comparedToLabel: string | null;
  source: SourceRef;
}

export interface AmountRow {
  id: string;
  unitName: string;
  periodLabel: string;
  /** The row named out of its chart (a note under an image, a CSV): "Cầu Giấy · 6T/2024". */
  category: string;
  /**
   * The axis label in its district's chart, which names the district in its heading: the period
   * alone ("6T/2024", and an empty second line).
   */
  categoryLines: readonly [string, string];
  value: number | null;
  valueDerived: DerivedMark | null;
  target: number | null;
  targetDerived: DerivedMark | null;
  share: number | null;
  shareDecimals: number;
  statedShare: StatedShare | null;
  shareCheck: ShareCheck | null;
  growthStated: number | null;
  growthComputed: number | null;
  comparedToLabel: string | null;
  judgement: Judgement;
  source: SourceRef;
  /** The article's sentence the figure comes from (for a derived value, the one it is derived from). */
  quote: string;
}

/** One district's amount across its periods, the earliest first: one of a figure's small multiples. */
export interface AmountPanel {
  kind: 'amount';
  metricId: string;
  /** The district the chart is about, which its heading names. */
  unitId: string;
  unitName: string;
  metricName: string;
  unitLabel: string;
  targetName: string;
  decimals: number;
  rows: AmountRow[];
  /** Set when the district's periods side by side differ in length: each length with its periods. */
  periodLengths: { months: number; periods: string[] }[] | null;
  /** Axis labels of the bars that have no target to show ("chưa có số liệu", not zero). */
  missingTargets: string[];
  /**
   * The value axis: from zero to a round number at or above the largest value or target of the
   * metric in any district's chart of the figure, so that the districts are drawn on one scale.
   */
  scale: ValueScale;
}

export interface CountRow {
  id: string;
  unitName: string;
  periodLabel: string;
  /** The period's last day (yyyy-mm-dd): rows go by it, then by district. */
  periodEnd: string;
  category: string;
  value: number | null;
  valueDerived: DerivedMark | null;
  total: number | null;
  /** total − value, the part not yet met; null when either is missing. */
  remaining: number | null;
  share: number | null;
  /** The bar as drawn: the share met and the share left, capped to 0–100. */
  metPercent: number | null;
  remainingPercent: number | null;
  judgement: Judgement;
  statedShare: StatedShare | null;
  shareCheck: ShareCheck | null;
  source: SourceRef;
  quote: string;
}

export interface CountPanel {
  kind: 'count';
  metricId: string;
  metricName: string;
  unitLabel: string;
  targetName: string;
  rows: CountRow[];
}

export interface BreakdownRow {
  id: string;
  topicId: string;
  topicName: string;
  /** The topic's place in the programme's list, which fixes its colour. */
  colourIndex: number;
  value: number | null;
  source: SourceRef;
  quote: string;
}

export interface BreakdownPanel {
  kind: 'breakdown';
  key: string;
  metricId: string;
  metricName: string;
  unitLabel: string;
  unitName: string;
  periodLabel: string;
  rows: BreakdownRow[];
  /** The total the article states, if it states one, and whether the parts add up to it. */
  statedTotal: number | null;
  /** The sum of every topic's part; null when a part is missing or a filter hides some. */
  sumOfRows: number | null;
  totalCheck: ShareCheck | null;
  /** A topic filter shows only some of the parts. */
  isSubset: boolean;
}

export type Panel = AmountPanel | CountPanel | BreakdownPanel;

export interface FigureView {
  id: string;
  /** The topic most of its metrics belong to; null when they span every topic. */
  topicId: string | null;
  /** ASCII name for exported files. */
  slug: string | null;
  title: string;
  units: string[];
  /**
   * Its charts, with every row: a getter that builds them the first time it is read, not with
   * the view, so a filter change on a large dashboard costs only the charts drawn (figures.ts).
   * Anything that walks every field (`JSON.stringify`, a deep comparison) builds them all: to
   * tell figures apart, read the plain fields, not the whole object.
   */
  panels: Panel[];
  /** How many charts `panels` holds, and rows over all of them, known without building them. */
  chartCount: number;
  rowCount: number;
  /** How many of them the card draws before "show more" (a page of each metric's districts). */
  chartsShownFirst: number;
  /** Their rows (of a count, its first page): a card not yet drawn holds about their height. */
  rowsShownFirst: number;
  /** The places its rankings list at first (a page of each), also part of that height. */
  rankedFirst: number;
  /** Some charts are drawn a page at a time (a city's districts' charts or parts', a count's rows). */
  paged: boolean;
  /** One of its charts runs across periods (an amount against its estimate). */
  hasAmount: boolean;
  sources: SourceRef[];
  hasData: boolean;
}

/** A metric's districts, the furthest behind time first (domain/ranking.ts). */
export interface ProgressRanking {
  metricId: string;
  metricName: string;
  targetName: string;
  rows: RankedRow[];
}

/** A district's place in a ranking: the figure it is ranked by, its status and its gap. */
export interface RankedRow {
  id: string;
  unitId: string;
  unitName: string;
  periodLabel: string;
  share: number | null;
  shareDecimals: number;
  judgement: Judgement;
  /** Share reached less time elapsed (or less 100 for a complete period), in points; null last. */
  gap: number | null;
}

export interface NoteView {
  id: string;
  text: string;
  unitName: string | null;
  year: number | null;
  topicName: string | null;
  source: SourceRef;
}

export interface Option<T> {
  value: T;
  label: string;
}

export interface UnitView {
  id: string;
  name: string;
  city: string;
  inferredReason: string | null;
}

export interface DashboardView {
  title: string;
  asOf: string;
  filters: Filters;
  /** The topics in the programme's order, for grouping. */
  topicsInOrder: Option<string>[];
  /** The years the view covers: the chosen one, or the first and last with data; null if none. */
  yearRange: { from: number; to: number } | null;
  options: {
    years: Option<number>[];
    topics: Option<string>[];
    units: Option<string>[];
  };
  kpis: KpiView[];
  figures: FigureView[];
  notes: NoteView[];
  sources: SourceView[];
  units: UnitView[];
  /** Nothing at all matches the filters. */
  isEmpty: boolean;
}
