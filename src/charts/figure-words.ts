import { formatGrowth, formatNumber, formatPercent, formatStatedShare } from '../domain/format';
import type { StatedShare } from '../domain/schema';
import {
  DERIVED_DECIMALS,
  type AmountPanel,
  type AmountRow,
  type BreakdownPanel,
  type BreakdownRow,
  type CountPanel,
  type CountRow,
  type DerivedMark,
  type FigureView,
  type Panel,
} from '../domain/view-model';
import { SHARE_DECIMALS } from '../domain/view/share-precision';
import type { Messages } from '../i18n';
import { assumesEvenPace, statusReason, type StatusWordsMessages } from './status-words';

/*
 * The words around a chart, each written by one function that the screen (FigureBody, the data
 * table), the exported image and the slide all call: the numbers already come from one view
 * model, and this way the words cannot drift apart either. Pure: no React, no store.
 */

export type LegendKind = 'actual' | 'target' | 'derived' | 'remaining';

export interface LegendItem {
  kind: LegendKind;
  label: string;
}

export type FigureWordsMessages = Pick<
  Messages,
  | 'legendActual'
  | 'legendTarget'
  | 'legendDerived'
  | 'legendRemaining'
  | 'periodLengthWarning'
  | 'months'
  | 'missingTarget'
  | 'breakdownSubset'
  | 'breakdownTotal'
  | 'breakdownTotalMismatch'
  | 'computedShare'
  | 'statedShare'
  | 'shareQualifier'
  | 'shareDisagrees'
  | 'breakdownOf'
  | 'noData'
  | 'notStated'
  | 'numberLang'
>;

/**
 * A name and a label that follows it, said once where the label begins with the words the name
 * ends with ("… của Chương trình hành động 12-CTr/QU" and "Chương trình hành động 12-CTr/QU
 * (20/10/2022), …"): the name, then the rest of the label. Null when they share no words.
 */
export function joinedOnce(name: string, label: string): string | null {
  const nameWords = name.split(/\s+/).filter(Boolean);
  const labelWords = label.split(/\s+/).filter(Boolean);
  const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
  // The longest run of words, at least two, that ends the name and begins the label.
  for (let run = Math.min(nameWords.length, labelWords.length); run >= 2; run -= 1) {
    const tail = nameWords.slice(nameWords.length - run);
    if (tail.every((word, index) => same(word, labelWords[index] ?? ''))) {
      const rest = labelWords.slice(run).join(' ');
      return rest ? `${name} ${rest}` : name;
    }
  }
  return null;
}

/**
 * The heading over a panel, as its name and what it is about: a breakdown names its district and
 * period; an amount, one district's chart among the figure's small multiples, names its district
 * (its bars name only their periods), and its metric too where the figure has more than one; any
 * other panel alone in its figure needs no heading (the figure's title says it).
 */
export function panelHeadingParts(
  panel: Panel,
  figure: FigureView,
  t: Pick<Messages, 'breakdownOf'>,
): { name: string; detail: string | null } | null {
  if (panel.kind === 'breakdown') {
    // A period named after its programme, as the metric is, names the programme once.
    const joined = joinedOnce(panel.metricName, panel.periodLabel);
    return joined
      ? { name: joined, detail: panel.unitName }
      : { name: panel.metricName, detail: t.breakdownOf(panel.unitName, panel.periodLabel) };
  }
  if (panel.kind === 'amount') {
    const oneMetric = figure.panels.every((other) => other.metricId === panel.metricId);
    return oneMetric
      ? { name: panel.unitName, detail: null }
      : { name: panel.metricName, detail: panel.unitName };
  }
  return figure.panels.length > 1 ? { name: panel.metricName, detail: null } : null;
}

/**
 * A value at its metric's precision, or "≈" and one decimal when it is derived: "12.455,236",
 * "≈ 9.158,3" (vi); "12,455.236", "≈ 9,158.3" (en).
 */
export function valueText(
  value: number | null | undefined,
  decimals: number,
  derived: DerivedMark | null,
  t: Pick<Messages, 'noData' | 'numberLang'>,
): string {
  return derived && value != null
    ? `≈ ${formatNumber(value, t.numberLang, t.noData, DERIVED_DECIMALS)}`
    : formatNumber(value, t.numberLang, t.noData, decimals);
}

/** The share as the article states it ("hơn 64%"), or "not stated". */
export function statedShareText(
  share: StatedShare | null | undefined,
  t: Pick<Messages, 'shareQualifier' | 'notStated' | 'numberLang'>,
): string {
  return formatStatedShare(share, t.numberLang, t.shareQualifier, t.notStated);
}

/**
 * The share we compute, at the row's precision: 2 decimals unless the article set it, and one
 * precision for every row of a table (domain/view/share-precision.ts).
 */
export function computedShareText(
  row: { share: number | null; shareDecimals?: number },
  t: Pick<Messages, 'noData' | 'numberLang'>,
): string {
  return formatPercent(row.share, t.numberLang, t.noData, row.shareDecimals ?? SHARE_DECIMALS);
}

export function panelHasDerived(panel: Panel): boolean {
  switch (panel.kind) {
    case 'amount':
      return panel.rows.some((row) => row.valueDerived != null || row.targetDerived != null);
    case 'count':
      return panel.rows.some((row) => row.valueDerived != null);
    case 'breakdown':
      return false;
  }
}

/** The legend over one chart on screen. A breakdown names its topics on the axis instead. */
export function panelLegend(panel: Panel, t: FigureWordsMessages): LegendItem[] {
  const derived: LegendItem[] = panelHasDerived(panel)
    ? [{ kind: 'derived', label: t.legendDerived }]
    : [];
  switch (panel.kind) {
    case 'amount':
      return [
        { kind: 'actual', label: t.legendActual },
        { kind: 'target', label: panel.targetName || t.legendTarget },
        ...derived,
      ];
    case 'count':
      return [
        { kind: 'actual', label: t.legendActual },
        { kind: 'remaining', label: t.legendRemaining },
        ...derived,
      ];
    case 'breakdown':
      return [];
  }
}

export type PanelNoteKind = 'period-lengths' | 'missing-target' | 'breakdown-total';

export interface PanelNote {
  kind: PanelNoteKind;
  text: string;
  /** Drawn as a warning (a caveat the reader must see), not as a muted remark. */
  warning: boolean;
}

/** The notes under one chart on screen: what the bars alone would not tell. */
export function panelNotes(panel: Panel, t: FigureWordsMessages): PanelNote[] {
  const notes: PanelNote[] = [];
  switch (panel.kind) {
    case 'amount':
      if (panel.periodLengths) {
        const lengths = panel.periodLengths
          .map((length) => `${t.months(length.months)}: ${length.periods.join(', ')}`)
          .join('; ');
        notes.push({ kind: 'period-lengths', text: t.periodLengthWarning(lengths), warning: true });
      }
      if (panel.missingTargets.length > 0) {
        notes.push({
          kind: 'missing-target',
          text: t.missingTarget(panel.targetName, panel.missingTargets.join('; ')),
          warning: false,
        });
      }
      return notes;
    case 'breakdown':
      if (panel.statedTotal == null) return notes;
      if (panel.isSubset) {
        notes.push({
          kind: 'breakdown-total',
          text: t.breakdownSubset(
            formatNumber(panel.statedTotal, t.numberLang, t.noData, 0),
            panel.unitLabel,
          ),
          warning: false,
        });
      } else {
        const disagrees = panel.totalCheck === 'disagrees';
        const total = t.breakdownTotal(
          formatNumber(panel.sumOfRows, t.numberLang, t.noData, 0),
          formatNumber(panel.statedTotal, t.numberLang, t.noData, 0),
        );
        notes.push({
          kind: 'breakdown-total',
          text: disagrees ? `${total} ${t.breakdownTotalMismatch}` : total,
          warning: disagrees,
        });
      }
      return notes;
    case 'count':
      return notes;
  }
}

/** One line of a chart's tooltip: "Thực hiện (tỷ đồng): 12.455,236", and a remark under it. */
export interface RowFact {
  label: string;
  text: string;
  /** How a derived value was computed, or why a status: smaller, under the line. */
  note?: string;
}

/** What a bar's tooltip says: the row it draws, named, then its facts. */
export interface RowTooltip {
  title: string;
  facts: RowFact[];
}

export type RowTooltipMessages = FigureWordsMessages &
  StatusWordsMessages &
  Pick<
    Messages,
    | 'unitColumn'
    | 'derivedExplain'
    | 'growthStated'
    | 'comparedTo'
    | 'statusLabel'
    | 'status'
    | 'evenPace'
    | 'colSource'
    | 'colValue'
    | 'colTotal'
    | 'colRemaining'
    | 'shareFromArticle'
  >;

/*
 * A bar's tooltip says what its row of the data table says, in the same order (actual before
 * target, then the shares, the growth, the status and the source), with the same functions for
 * each text: hovering a bar and reading the table can never disagree. The article's sentence
 * stays in the table; the tooltip names the source by its title.
 */

function derivedNote(mark: DerivedMark | null, t: RowTooltipMessages): string | undefined {
  return mark ? t.derivedExplain(mark.formula) : undefined;
}

function statedShareFact(
  row: Pick<AmountRow, 'statedShare' | 'shareCheck'> & { targetDerived?: DerivedMark | null },
  t: RowTooltipMessages,
): RowFact {
  // Never both: a share is not checked against the article's when the target came from it.
  const note =
    row.shareCheck === 'disagrees'
      ? t.shareDisagrees
      : row.targetDerived && row.statedShare
        ? t.shareFromArticle
        : undefined;
  return { label: t.statedShare, text: statedShareText(row.statedShare, t), note };
}

function statusFact(
  row: Pick<AmountRow, 'judgement'>,
  targetName: string,
  shareDecimals: number,
  t: RowTooltipMessages,
): RowFact {
  const reason = statusReason(row.judgement, { targetName, shareDecimals }, t);
  return {
    label: t.statusLabel,
    text: t.status[row.judgement.status],
    note: assumesEvenPace(row.judgement) ? `${reason} ${t.evenPace}` : reason,
  };
}

export function amountRowTooltip(
  row: AmountRow,
  panel: Pick<AmountPanel, 'decimals' | 'unitLabel' | 'targetName'>,
  t: RowTooltipMessages,
): RowTooltip {
  const unit = t.unitColumn(panel.unitLabel);
  const growth =
    row.growthStated == null
      ? t.notStated
      : formatGrowth(row.growthStated, t.numberLang, t.noData) +
        (row.comparedToLabel ? ` (${t.comparedTo}: ${row.comparedToLabel})` : '');
  return {
    title: row.category,
    facts: [
      {
        label: `${t.legendActual} ${unit}`,
        text: valueText(row.value, panel.decimals, row.valueDerived, t),
        note: derivedNote(row.valueDerived, t),
      },
      {
        label: `${panel.targetName} ${unit}`,
        text: valueText(row.target, panel.decimals, row.targetDerived, t),
        note: derivedNote(row.targetDerived, t),
      },
      { label: t.computedShare, text: computedShareText(row, t) },
      statedShareFact(row, t),
      { label: t.growthStated, text: growth },
      statusFact(row, panel.targetName, row.shareDecimals, t),
      { label: t.colSource, text: row.source.label },
    ].map(withoutEmptyNote),
  };
}

export function countRowTooltip(
  row: CountRow,
  panel: Pick<CountPanel, 'unitLabel' | 'targetName'>,
  t: RowTooltipMessages,
): RowTooltip {
  return {
    title: row.category,
    facts: [
      {
        label: `${t.colValue} ${t.unitColumn(panel.unitLabel)}`,
        text: valueText(row.value, 0, row.valueDerived, t),
        note: derivedNote(row.valueDerived, t),
      },
      {
        label: panel.targetName || t.colTotal,
        text: formatNumber(row.total, t.numberLang, t.noData, 0),
      },
      { label: t.colRemaining, text: formatNumber(row.remaining, t.numberLang, t.noData, 0) },
      { label: t.computedShare, text: computedShareText(row, t) },
      statedShareFact(row, t),
      statusFact(row, panel.targetName, SHARE_DECIMALS, t),
      { label: t.colSource, text: row.source.label },
    ].map(withoutEmptyNote),
  };
}

export function breakdownRowTooltip(
  row: BreakdownRow,
  panel: Pick<BreakdownPanel, 'unitLabel'>,
  t: RowTooltipMessages,
): RowTooltip {
  return {
    title: row.topicName,
    facts: [
      {
        label: `${t.colValue} ${t.unitColumn(panel.unitLabel)}`,
        text: formatNumber(row.value, t.numberLang, t.noData, 0),
      },
      { label: t.colSource, text: row.source.label },
    ],
  };
}

function withoutEmptyNote(fact: RowFact): RowFact {
  return fact.note == null ? { label: fact.label, text: fact.text } : fact;
}
