import type { AmountRow, FigureView, Panel } from '../domain/view-model';
import { withCommonShareDecimals } from '../domain/view/share-precision';
import type { Messages } from '../i18n/types';
import type { WordsOf } from '../i18n/words';
import type { standaloneFigureWords } from '../i18n/standalone-figure-words';
import {
  computedShareText,
  panelHasDerived,
  panelLegend,
  panelHeadingParts,
  panelNotes,
  statedShareText,
  type FigureWordsMessages,
  type LegendItem,
  type LegendKind,
} from './figure-words';

/*
 * The words for a whole figure at once, for an exported image and a slide (figure-context.ts),
 * built from the same per-chart functions the screen uses (figure-words.ts). A module of its own
 * so that it loads with the export and the slides, not with the dashboard's first charts.
 */

/** The same heading as one line, for an exported image or a slide. */
export function panelHeading(
  panel: Panel,
  figure: FigureView,
  t: Pick<Messages, 'breakdownOf'>,
): string | null {
  const parts = panelHeadingParts(panel, figure, t);
  if (!parts) return null;
  return parts.detail ? `${parts.name} — ${parts.detail}` : parts.name;
}

/**
 * One legend for a whole figure (an exported image, a slide): every kind its charts use, once,
 * with the derived values' stripes last.
 */
export function figureLegend(figure: FigureView, t: FigureWordsMessages): LegendItem[] {
  const labels = new Map<LegendKind, string>();
  for (const panel of figure.panels) {
    for (const item of panelLegend(panel, t)) {
      if (item.kind !== 'derived') labels.set(item.kind, item.label);
    }
  }
  if (figure.panels.some(panelHasDerived)) labels.set('derived', t.legendDerived);
  return [...labels].map(([kind, label]) => ({ kind, label }));
}

/** One sentence for a row whose computed share disagrees with the article's; null otherwise. */
export function shareDisagreementNote(row: AmountRow, t: FigureWordsMessages): string | null {
  if (row.shareCheck !== 'disagrees' || !row.statedShare) return null;
  return `${row.category}: ${t.computedShare} ${computedShareText(row, t)}, ${t.statedShare.toLocaleLowerCase()} ${statedShareText(row.statedShare, t)}. ${t.shareDisagrees}.`;
}

/**
 * The warnings an exported image or a slide carries under its charts, as sentences: on screen
 * they sit beside each chart (panelNotes) and in its share comparison. Periods of different
 * length come first, as they change how every bar reads; the derived-values note last. A
 * breakdown's total goes along only when it disagrees: agreeing, it is a check, not a caveat.
 */
export function figureNotes(
  figure: FigureView,
  t: FigureWordsMessages & Pick<WordsOf<typeof standaloneFigureWords>, 'exportDerivedNote'>,
): string[] {
  const first: string[] = [];
  const rest: string[] = [];
  for (const panel of figure.panels) {
    const notes = panelNotes(panel, t);
    for (const note of notes) if (note.kind === 'period-lengths') first.push(note.text);
    if (panel.kind === 'amount') {
      // At the table's one precision for its shares, as the table writes them.
      for (const row of withCommonShareDecimals(panel.rows)) {
        const note = shareDisagreementNote(row, t);
        if (note) rest.push(note);
      }
    }
    for (const note of notes) {
      if (note.kind === 'missing-target' || (note.kind === 'breakdown-total' && note.warning)) {
        rest.push(note.text);
      }
    }
  }
  if (figure.panels.some(panelHasDerived)) rest.push(t.exportDerivedNote);
  return [...first, ...rest];
}
