import { compareVietnamese, formatNumber, formatPercent } from './format';
import {
  checkStatedShare,
  decimalsOf,
  growthPercent,
  periodLengthWarning,
  periodMonths,
  sharePercent,
  statusOf,
  type ShareCheck,
  type Status,
} from './metrics';
import {
  byId,
  localize,
  matchesFilters,
  resolveObservations,
  type Derivation,
  type ResolvedObservation,
} from './observations';
import type { Dataset, Metric, Period, Source, StatedShare, Topic } from './schema';
import { resolveFilters, type FilterOptions, type Filters, type Lang } from './url-state';

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

/**
 * Derived values are estimates: shown to one decimal, with "≈", never with the false precision
 * of a division (seed-facts gives 12.455,236 / 1,36 ≈ 9.158,3).
 */
export const DERIVED_DECIMALS = 1;

/** A derived value: how it was computed, written with vi-VN numbers. */
export interface DerivedMark {
  formula: string;
}

export interface Elapsed {
  months: number;
  ofMonths: number;
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
  status: Status;
  statedShare: StatedShare | null;
  shareCheck: ShareCheck | null;
  /** A part of the year measured against an annual target: 6 of 12 months. */
  elapsed: Elapsed | null;
  source: SourceRef;
}

export interface AmountRow {
  id: string;
  unitName: string;
  periodLabel: string;
  /** Axis label: "Cầu Giấy · 6T/2024". */
  category: string;
  /** The same on two lines, as the axis draws it: "Cầu Giấy", "6T/2024". */
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
  elapsed: Elapsed | null;
  status: Status;
  source: SourceRef;
  /** The article's sentence the figure comes from (for a derived value, the one it is derived from). */
  quote: string;
}

export interface AmountPanel {
  kind: 'amount';
  metricId: string;
  metricName: string;
  unitLabel: string;
  targetName: string;
  decimals: number;
  rows: AmountRow[];
  /** Set when the periods side by side differ in length: each length with its periods. */
  periodLengths: { months: number; periods: string[] }[] | null;
  /** Axis labels of the bars that have no target to show ("chưa có số liệu", not zero). */
  missingTargets: string[];
}

export interface CountRow {
  id: string;
  unitName: string;
  periodLabel: string;
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
  status: Status;
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
   * Its charts, with every row. Built the first time they are read, not with the view: a filter
   * change on a large dashboard then costs only the charts drawn (see buildDashboardView).
   */
  panels: Panel[];
  /** How many charts `panels` holds, and rows over all of them, known without building them. */
  chartCount: number;
  rowCount: number;
  /** One of its charts runs across periods (an amount against its estimate). */
  hasAmount: boolean;
  sources: SourceRef[];
  hasData: boolean;
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

/** What can be filtered on: the years that hold figures or notes, the topics, the units. */
export function filterOptions(dataset: Dataset): FilterOptions {
  return remembered(optionsCache, dataset, () => {
    const years = new Set<number>(resolveObservations(dataset).map((obs) => obs.period.year));
    for (const note of dataset.notes) if (note.year != null) years.add(note.year);
    return {
      years: [...years].sort((a, b) => b - a),
      topicIds: dataset.topics.map((topic) => topic.id),
      unitIds: dataset.units.map((unit) => unit.id),
    };
  });
}

const optionsCache = new WeakMap<Dataset, FilterOptions>();

/**
 * What was worked out for a dataset (or its resolved figures, or one figure), kept as long as it
 * is: a dataset never changes once read, so neither does anything computed from it alone.
 */
function remembered<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** Adds a value to the list kept under its key. */
function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Caches, one per language, of what is worked out once per dataset and language. */
const perLanguage = <K extends object, V>(): Record<Lang, WeakMap<K, V>> => ({
  vi: new WeakMap(),
  en: new WeakMap(),
});

/**
 * The whole dashboard for one view: every number the screen, its tables and exports show.
 *
 * What a filter change costs grows with what it shows: each figure's charts (`panels`) are built
 * when first read (by a card drawn near the viewport, an export, a slide), so a dashboard of a
 * city's districts, with thousands of rows per figure, builds only the charts it draws. The view
 * is still a pure function of its inputs: reading `panels` gives the same charts whenever it is
 * read.
 */
export function buildDashboardView(
  dataset: Dataset,
  rawFilters: Filters,
  lang: Lang,
): DashboardView {
  const options = filterOptions(dataset);
  const filters = resolveFilters(rawFilters, options);
  const resolved = resolveObservations(dataset);
  const visible = resolved.filter((obs) => matchesFilters(obs, filters));
  const sourceRef = makeSourceRef(lang);
  const topics = byId(dataset.topics);
  const unitRank = unitRanks(dataset, lang);
  const lookup = lookupFor(resolved);
  const visibleByMetric = new Map<string, ResolvedObservation[]>();
  const sourceIdsByFigure = new Map<string, Set<string>>();
  for (const obs of visible) {
    pushTo(visibleByMetric, obs.metric.id, obs);
    const sourceIds = sourceIdsByFigure.get(obs.metric.figure);
    if (sourceIds) sourceIds.add(obs.source.id);
    else sourceIdsByFigure.set(obs.metric.figure, new Set([obs.source.id]));
  }
  const context: PanelContext = { lookup, lang, sourceRef, topics, unitRank };

  const kpis = buildKpis(resolved, filters, lang, sourceRef, dataset);
  const figures = [...dataset.figures]
    .sort((a, b) => a.order - b.order)
    .map((figure) => {
      const metrics = dataset.metrics.filter((metric) => metric.figure === figure.id);
      let chartCount = 0;
      let rowCount = 0;
      let hasAmount = false;
      for (const metric of metrics) {
        const shape = panelShape(metric, visibleByMetric.get(metric.id) ?? []);
        chartCount += shape.charts;
        rowCount += shape.rows;
        hasAmount ||= metric.kind === 'amount' && shape.charts > 0;
      }
      const hasData = chartCount > 0;
      const sourceIds = sourceIdsByFigure.get(figure.id);
      const relevant =
        filters.topic == null ||
        hasData ||
        metrics.some((metric) => metric.topic === filters.topic);
      let panels: Panel[] | undefined;
      const view: FigureView = {
        id: figure.id,
        topicId: primaryTopic(metrics),
        slug: figure.slug ?? null,
        title: localize(figure.title, lang),
        units: unique(metrics.map((metric) => localize(metric.unit, lang))),
        get panels() {
          panels ??= metrics
            .flatMap((metric) => buildPanels(metric, visibleByMetric.get(metric.id) ?? [], context))
            .filter((panel) => panel.rows.length > 0);
          return panels;
        },
        chartCount,
        rowCount,
        hasAmount,
        sources: sourceIds ? dataset.sources.filter((s) => sourceIds.has(s.id)).map(sourceRef) : [],
        hasData,
      };
      return { view, relevant };
    })
    .filter((entry) => entry.relevant)
    .map((entry) => entry.view);

  const notes = dataset.notes
    .filter(
      (note) =>
        (filters.unit == null || note.unit === filters.unit) &&
        (filters.year == null || note.year === filters.year) &&
        (filters.topic == null || note.topic === filters.topic),
    )
    .map((note): NoteView => {
      const unit = note.unit ? dataset.units.find((u) => u.id === note.unit) : undefined;
      const topic = note.topic ? topics.get(note.topic) : undefined;
      const source = dataset.sources.find((s) => s.id === note.source);
      return {
        id: note.id,
        text: localize(note.text, lang),
        unitName: unit ? localize(unit.name, lang) : null,
        year: note.year,
        topicName: topic ? localize(topic.name, lang) : null,
        source: source ? sourceRef(source) : missingSource(note.source),
      };
    });

  const citations = citationCounts(dataset);
  const sources = dataset.sources.map((source): SourceView => ({
    ...sourceRef(source),
    publisher: source.publisher,
    author: source.author ?? null,
    note: source.note ? localize(source.note, lang) : null,
    figureCount: citations.get(source.id) ?? 0,
  }));

  return {
    title: localize(dataset.title, lang),
    asOf: dataset.asOf,
    filters,
    yearRange:
      filters.year != null
        ? { from: filters.year, to: filters.year }
        : options.years.length > 0
          ? { from: Math.min(...options.years), to: Math.max(...options.years) }
          : null,
    topicsInOrder: [...dataset.topics]
      .sort((a, b) => a.order - b.order)
      .map((topic) => ({ value: topic.id, label: localize(topic.name, lang) })),
    options: {
      years: options.years.map((year) => ({ value: year, label: String(year) })),
      topics: [...dataset.topics]
        .sort((a, b) => a.order - b.order)
        .map((topic) => ({ value: topic.id, label: localize(topic.name, lang) })),
      units: dataset.units
        .map((unit) => ({ value: unit.id, label: localize(unit.name, lang) }))
        .sort((a, b) => compareVietnamese(a.label, b.label)),
    },
    kpis,
    figures,
    notes,
    sources,
    units: dataset.units.map((unit) => ({
      id: unit.id,
      name: localize(unit.name, lang),
      city: localize(unit.city, lang),
      inferredReason: unit.inferred ? localize(unit.inferred.reason, lang) : null,
    })),
    isEmpty: kpis.length === 0 && !figures.some((figure) => figure.hasData) && notes.length === 0,
  };
}

/** How many times each source is cited in the whole dataset. */
function citationCounts(dataset: Dataset): Map<string, number> {
  return remembered(citationsCache, dataset, () => {
    const citations = new Map<string, number>();
    for (const obs of dataset.observations) {
      citations.set(obs.source, (citations.get(obs.source) ?? 0) + 1);
    }
    return citations;
  });
}

const citationsCache = new WeakMap<Dataset, Map<string, number>>();

/**
 * Each district's place when sorted by name the Vietnamese way; districts of the same name share
 * one. Rows and cards sort on it, not on a collator call per comparison (thousands of rows).
 */
function unitRanks(dataset: Dataset, lang: Lang): Map<string, number> {
  const named = dataset.units
    .map((unit) => ({ id: unit.id, name: localize(unit.name, lang) }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const ranks = new Map<string, number>();
  named.forEach((unit, index) => {
    const previous = named[index - 1];
    ranks.set(
      unit.id,
      previous && compareVietnamese(previous.name, unit.name) === 0
        ? (ranks.get(previous.id) ?? index)
        : index,
    );
  });
  return ranks;
}

/**
 * One card per district and indicator: its latest figure the filters keep. The candidates, each
 * district and indicator's figures latest first, in the cards' order, are worked out once per
 * dataset and language, and each card once per figure and language: a filter change then only
 * picks, and gives the cards it shows again the same objects (nothing to redraw).
 */
function buildKpis(
  resolved: readonly ResolvedObservation[],
  filters: Filters,
  lang: Lang,
  sourceRef: (source: Source) => SourceRef,
  dataset: Dataset,
): KpiView[] {
  const kpis: KpiView[] = [];
  for (const group of kpiCandidates(resolved, dataset, lang)) {
    const obs = group.find((candidate) => matchesFilters(candidate, filters));
    if (obs) kpis.push(kpiViewFor(obs, lang, sourceRef));
  }
  return kpis;
}

const candidatesCache = perLanguage<readonly ResolvedObservation[], ResolvedObservation[][]>();

function kpiCandidates(
  resolved: readonly ResolvedObservation[],
  dataset: Dataset,
  lang: Lang,
): ResolvedObservation[][] {
  return remembered(candidatesCache[lang], resolved, () => {
    const groups = new Map<string, ResolvedObservation[]>();
    for (const obs of resolved) {
      if (!obs.isBreakdown) pushTo(groups, `${obs.unit.id}|${obs.metric.id}`, obs);
    }
    // Sorting is stable: figures equally late keep the dataset's order, and the first wins.
    for (const group of groups.values()) {
      group.sort((a, b) => (isLater(a, b) ? -1 : isLater(b, a) ? 1 : 0));
    }
    const figureOrder = new Map(dataset.figures.map((figure) => [figure.id, figure.order]));
    const metricOrder = new Map(dataset.metrics.map((metric, index) => [metric.id, index]));
    const unitRank = unitRanks(dataset, lang);
    const placeOf = (group: ResolvedObservation[]) => {
      const obs = group[0] as ResolvedObservation;
      return {
        group,
        figure: figureOrder.get(obs.metric.figure) ?? 0,
        metric: metricOrder.get(obs.metric.id) ?? 0,
        unit: unitRank.get(obs.unit.id) ?? 0,
      };
    };
    return [...groups.values()]
      .map(placeOf)
      .sort((a, b) => a.figure - b.figure || a.metric - b.metric || a.unit - b.unit)
      .map((entry) => entry.group);
  });
}

const kpiCache = perLanguage<ResolvedObservation, KpiView>();

function kpiViewFor(
  obs: ResolvedObservation,
  lang: Lang,
  sourceRef: (source: Source) => SourceRef,
): KpiView {
  return remembered(kpiCache[lang], obs, () => {
    const share = sharePercent(obs.value, obs.target);
    return {
      id: obs.id,
      topicId: obs.metric.topic,
      metricName: localize(obs.metric.name, lang),
      unitName: localize(obs.unit.name, lang),
      unitInferred: obs.unit.inferred != null,
      periodLabel: localize(obs.period.label, lang),
      value: obs.value,
      valueDerived: derivedMark(obs.valueDerivation, obs.metric),
      unitLabel: localize(obs.metric.unit, lang),
      decimals: obs.metric.decimals ?? 0,
      target: obs.target,
      targetDerived: derivedMark(obs.targetDerivation, obs.metric),
      targetName: obs.metric.targetName ? localize(obs.metric.targetName, lang) : null,
      share,
      shareDecimals: shareDecimalsFor(obs),
      barPercent: share == null ? 0 : Math.min(100, Math.max(0, share)),
      status: statusOf(obs.value, obs.target),
      statedShare: obs.statedShare,
      shareCheck: shareCheckFor(obs, share),
      elapsed: elapsedFor(obs),
      source: sourceRef(obs.source),
    };
  });
}

/** Later period first; at the same period a printed value wins over a derived one. */
function isLater(a: ResolvedObservation, b: ResolvedObservation): boolean {
  if (a.period.end !== b.period.end) return a.period.end > b.period.end;
  return a.valueDerivation == null && b.valueDerivation != null;
}

/**
 * The figures of a dataset by district, metric and period: the whole figure, and its parts by
 * topic. Built once per dataset, so a row finds its comparison period without a scan.
 */
interface Lookup {
  whole: Map<string, ResolvedObservation>;
  parts: Map<string, ResolvedObservation[]>;
}

const lookupCache = new WeakMap<readonly ResolvedObservation[], Lookup>();
const lookupKey = (unit: string, metric: string, period: string) => `${unit}|${metric}|${period}`;

function lookupFor(resolved: readonly ResolvedObservation[]): Lookup {
  return remembered(lookupCache, resolved, () => {
    const lookup: Lookup = { whole: new Map(), parts: new Map() };
    for (const obs of resolved) {
      const key = lookupKey(obs.unit.id, obs.metric.id, obs.period.id);
      if (obs.isBreakdown) pushTo(lookup.parts, key, obs);
      else if (!lookup.whole.has(key)) lookup.whole.set(key, obs);
    }
    return lookup;
  });
}

/** ISO dates (yyyy-mm-dd) sort as plain strings: no collator needed. */
function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What every chart of a view is built with. */
interface PanelContext {
  lookup: Lookup;
  lang: Lang;
  sourceRef: (source: Source) => SourceRef;
  topics: Map<string, Topic>;
  unitRank: Map<string, number>;
}

/** The district and period a topic's part belongs to, and the whole it is part of. */
const partsKey = (obs: ResolvedObservation) => `${obs.unit.id}|${obs.period.id}`;

/**
 * Whether a figure is drawn in the chart of whole figures: a count always, a tally only where no
 * parts are given for it (the parts' chart states it as their total).
 */
const drawnAsWhole = (
  metric: Metric,
  obs: ResolvedObservation,
  partsGiven: { has(key: string): boolean },
) => !obs.isBreakdown && (metric.kind === 'count' || !partsGiven.has(partsKey(obs)));

/**
 * A metric's figures that are not drawn as an amount: the parts by topic, grouped by district
 * and period, and the whole figures drawn as counts.
 */
function splitBreakdowns(
  metric: Metric,
  observations: readonly ResolvedObservation[],
): { groups: Map<string, ResolvedObservation[]>; wholes: ResolvedObservation[] } {
  const groups = new Map<string, ResolvedObservation[]>();
  for (const obs of observations) if (obs.isBreakdown) pushTo(groups, partsKey(obs), obs);
  const wholes = observations.filter((obs) => drawnAsWhole(metric, obs, groups));
  return { groups, wholes };
}

/**
 * How many charts buildPanels gives for these figures, and their rows, without building them:
 * counted by the same rule as splitBreakdowns, with nothing allocated but the groups' keys.
 */
function panelShape(
  metric: Metric,
  observations: readonly ResolvedObservation[],
): { charts: number; rows: number } {
  if (observations.length === 0) return { charts: 0, rows: 0 };
  if (metric.kind === 'amount') return { charts: 1, rows: observations.length };
  const groups = new Set<string>();
  let parts = 0;
  for (const obs of observations) {
    if (!obs.isBreakdown) continue;
    groups.add(partsKey(obs));
    parts += 1;
  }
  let wholes = 0;
  for (const obs of observations) if (drawnAsWhole(metric, obs, groups)) wholes += 1;
  return { charts: (wholes > 0 ? 1 : 0) + groups.size, rows: wholes + parts };
}

function buildPanels(
  metric: Metric,
  observations: ResolvedObservation[],
  { lookup, lang, sourceRef, topics, unitRank }: PanelContext,
): Panel[] {
  const sorted = [...observations].sort(
    (a, b) =>
      compareIsoDates(a.period.end, b.period.end) ||
      (unitRank.get(a.unit.id) ?? 0) - (unitRank.get(b.unit.id) ?? 0),
  );
  const metricName = localize(metric.name, lang);
  const unitLabel = localize(metric.unit, lang);
  const targetName = metric.targetName ? localize(metric.targetName, lang) : '';
  // The axis label, district and period: on one line ("Cầu Giấy · 6T/2024"), or two.
  const categoryLines = (obs: ResolvedObservation): readonly [string, string] => [
    localize(obs.unit.name, lang),
    localize(obs.period.shortLabel, lang),
  ];
  const category = (obs: ResolvedObservation) => categoryLines(obs).join(' · ');

  if (metric.kind === 'amount') {
    const rows = sorted.map((obs): AmountRow => {
      const share = sharePercent(obs.value, obs.target);
      const previous = obs.statedGrowth
        ? lookup.whole.get(lookupKey(obs.unit.id, obs.metric.id, obs.statedGrowth.comparedTo.id))
        : undefined;
      return {
        id: obs.id,
        unitName: localize(obs.unit.name, lang),
        periodLabel: localize(obs.period.label, lang),
        category: category(obs),
        categoryLines: categoryLines(obs),
        value: obs.value,
        valueDerived: derivedMark(obs.valueDerivation, metric),
        target: obs.target,
        targetDerived: derivedMark(obs.targetDerivation, metric),
        share,
        shareDecimals: shareDecimalsFor(obs),
        statedShare: obs.statedShare,
        shareCheck: shareCheckFor(obs, share),
        growthStated: obs.statedGrowth?.percent ?? null,
        // Only a printed earlier value gives an independent growth figure; one derived from the
        // stated growth would just repeat it.
        growthComputed:
          previous && previous.valueDerivation == null
            ? growthPercent(obs.value, previous.value)
            : null,
        comparedToLabel: obs.statedGrowth
          ? localize(obs.statedGrowth.comparedTo.label, lang)
          : null,
        elapsed: elapsedFor(obs),
        status: statusOf(obs.value, obs.target),
        source: sourceRef(obs.source),
        quote: obs.quote,
      };
    });
    const lengths = periodLengthWarning(sorted.map((obs) => obs.period));
    const periodsById = new Map(sorted.map((obs) => [obs.period.id, obs.period]));
    const byLength = new Map<number, string[]>();
    for (const length of lengths ?? []) {
      const period = periodsById.get(length.periodId) as Period;
      byLength.set(length.months, [
        ...(byLength.get(length.months) ?? []),
        localize(period.shortLabel, lang),
      ]);
    }
    return [
      {
        kind: 'amount',
        metricId: metric.id,
        metricName,
        unitLabel,
        targetName,
        decimals: metric.decimals ?? 0,
        rows,
        periodLengths: lengths
          ? [...byLength].map(([months, periods]) => ({ months, periods }))
          : null,
        missingTargets: rows.filter((row) => row.target == null).map((row) => row.category),
      },
    ];
  }

  const { groups, wholes: wholesWithoutBreakdown } = splitBreakdowns(metric, sorted);
  const panels: Panel[] = [];

  if (wholesWithoutBreakdown.length > 0) {
    panels.push({
      kind: 'count',
      metricId: metric.id,
      metricName,
      unitLabel,
      targetName,
      rows: wholesWithoutBreakdown.map((obs): CountRow => {
        const share = sharePercent(obs.value, obs.target);
        const metPercent = share == null ? null : Math.min(100, Math.max(0, share));
        return {
          id: obs.id,
          unitName: localize(obs.unit.name, lang),
          periodLabel: localize(obs.period.label, lang),
          category: category(obs),
          value: obs.value,
          valueDerived: derivedMark(obs.valueDerivation, metric),
          total: obs.target,
          metPercent,
          remainingPercent: metPercent == null ? null : 100 - metPercent,
          remaining:
            obs.value != null && obs.target != null ? Math.max(0, obs.target - obs.value) : null,
          share,
          status: statusOf(obs.value, obs.target),
          statedShare: obs.statedShare,
          shareCheck: shareCheckFor(obs, share),
          source: sourceRef(obs.source),
          quote: obs.quote,
        };
      }),
    });
  }

  const topicRank = new Map(
    [...topics.values()].sort((a, b) => a.order - b.order).map((topic, index) => [topic.id, index]),
  );
  for (const group of groups.values()) {
    const first = group[0] as ResolvedObservation;
    const rows = group
      .map((obs): BreakdownRow => {
        const topic = obs.topicId ? topics.get(obs.topicId) : undefined;
        return {
          id: obs.id,
          topicId: obs.topicId ?? '',
          topicName: topic ? localize(topic.name, lang) : '',
          colourIndex: topicRank.get(obs.topicId ?? '') ?? 0,
          value: obs.value,
          source: sourceRef(obs.source),
          quote: obs.quote,
        };
      })
      .sort((a, b) => (topics.get(a.topicId)?.order ?? 0) - (topics.get(b.topicId)?.order ?? 0));
    const key = lookupKey(first.unit.id, metric.id, first.period.id);
    const whole = lookup.whole.get(key);
    // The check is about the article's figures, so it runs on every part, not only the parts
    // the topic filter shows.
    const allParts = lookup.parts.get(key) ?? [];
    const isSubset = rows.length < allParts.length;
    const sumOfRows = allParts.some((obs) => obs.value == null)
      ? null
      : allParts.reduce((sum, obs) => sum + (obs.value ?? 0), 0);
    const statedTotal = whole?.value ?? null;
    panels.push({
      kind: 'breakdown',
      key: `${metric.id}|${key}`,
      metricId: metric.id,
      metricName,
      unitLabel,
      unitName: localize(first.unit.name, lang),
      periodLabel: localize(first.period.label, lang),
      rows,
      statedTotal,
      sumOfRows,
      totalCheck:
        statedTotal == null || sumOfRows == null
          ? null
          : Math.abs(statedTotal - sumOfRows) < 1e-9
            ? 'agrees'
            : 'disagrees',
      isSubset,
    });
  }
  return panels;
}

function primaryTopic(metrics: readonly Metric[]): string | null {
  const counts = new Map<string, number>();
  for (const metric of metrics) {
    if (metric.topic) counts.set(metric.topic, (counts.get(metric.topic) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [topic, count] of counts)
    if (best == null || count > (counts.get(best) ?? 0)) best = topic;
  return best;
}

function shareDecimalsFor(obs: ResolvedObservation): number {
  return obs.targetDerivation && obs.statedShare
    ? (obs.statedShare.decimals ?? decimalsOf(obs.statedShare.percent))
    : 2;
}

function shareCheckFor(obs: ResolvedObservation, share: number | null): ShareCheck | null {
  // When the target was itself derived from the stated share, comparing them proves nothing.
  if (share == null || !obs.statedShare || obs.targetDerivation) return null;
  return checkStatedShare(share, obs.statedShare);
}

function elapsedFor(obs: ResolvedObservation): Elapsed | null {
  if (!obs.targetPeriod) return null;
  const months = periodMonths(obs.period);
  const ofMonths = periodMonths(obs.targetPeriod);
  if (months == null || ofMonths == null || months >= ofMonths) return null;
  return { months, ofMonths };
}

/** The formula of a derived value, with the figures written the vi-VN way. */
export function derivationFormula(
  derivation: Derivation,
  metric: Pick<Metric, 'decimals'>,
): string {
  const n = (value: number, decimals = metric.decimals ?? 3) => formatNumber(value, '', decimals);
  switch (derivation.kind) {
    case 'previous-from-growth':
      return `${n(derivation.from)} / ${n(1 + derivation.growthPercent / 100, 6)}`;
    case 'target-from-share':
      return `${n(derivation.from)} / ${formatPercent(derivation.sharePercent, '', decimalsOf(derivation.sharePercent))}`;
    case 'stated':
      return derivation.formula;
  }
}

function derivedMark(derivation: Derivation | null, metric: Metric): DerivedMark | null {
  return derivation ? { formula: derivationFormula(derivation, metric) } : null;
}

/** One reference per source for the whole view, however many rows cite it. */
function makeSourceRef(lang: Lang) {
  const made = new Map<Source, SourceRef>();
  return (source: Source): SourceRef => {
    let ref = made.get(source);
    if (!ref) {
      ref = {
        id: source.id,
        label:
          source.title ?? (source.description ? localize(source.description, lang) : source.file),
        isDescription: source.title == null,
        date: source.date,
        file: source.file,
      };
      made.set(source, ref);
    }
    return ref;
  };
}

function missingSource(id: string): SourceRef {
  return { id, label: id, isDescription: true, date: null, file: id };
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
