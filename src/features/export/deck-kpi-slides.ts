import { citedSource } from '../../charts/figure-context';
import { statedShareText, valueText } from '../../charts/figure-words';
import { statusReason } from '../../charts/status-words';
import type { Measure } from '../../charts/text-measure';
import { formatPercent } from '../../domain/format';
import type { Slide } from '../../domain/slides';
import { STATUS_TONE } from '../../domain/status';
import type { KpiView } from '../../domain/view-model';
import {
  headerBlock,
  paragraphHeight,
  type DeckElement,
  type DeckParagraph,
  type DeckRun,
  type DeckSlide,
  type DeckWords,
} from './deck-blocks';
import { COLOURS, MARGIN, TYPE, textWidth } from './deck-geometry';

/**
 * A slide of headline figures: the presentation's cards (three at most, domain/slides.ts) as
 * shapes and text, each with its number, its target, its share as a bar, its status and the
 * reason it names, in the words the screen uses.
 */
const TONE_COLOUR = { good: COLOURS.good, warning: COLOURS.warning, neutral: COLOURS.neutral };

/** A headline card's paragraphs, with the size its number is drawn at to fit the card. */
function kpiParagraphs(
  kpi: KpiView,
  w: number,
  reasonPt: number,
  t: DeckWords,
  measure: Measure,
): { before: DeckParagraph[]; after: DeckParagraph[]; bar: number | null } {
  const value = valueText(kpi.value, kpi.decimals, kpi.valueDerived, t);
  const unit = ` ${kpi.unitLabel}${kpi.valueDerived ? ` ${t.derivedBadge}` : ''}`;
  // As large as the card's width allows, down to the least: measured, as FittedNumber does.
  const whole = textWidth(value, TYPE.kpiValue, true, measure);
  const unitWidth = textWidth(unit, TYPE.kpiText, false, measure);
  const fitted = Math.floor((TYPE.kpiValue * (w * 0.95 - unitWidth)) / Math.max(whole, 0.01));
  const valuePt = Math.max(TYPE.kpiValueLeast, Math.min(TYPE.kpiValue, fitted));
  const one = (text: string, pt: number, colour: string, bold = false): DeckParagraph => ({
    pt,
    runs: [{ text, colour, bold }],
  });
  const before: DeckParagraph[] = [
    one(kpi.metricName, TYPE.kpiMetric, COLOURS.ink, true),
    one(
      `${kpi.unitName}${kpi.unitInferred ? ` (${t.inferredBadge})` : ''} · ${kpi.periodLabel}`,
      TYPE.note,
      COLOURS.meta,
    ),
    {
      pt: valuePt,
      runs: [
        { text: value, bold: true, colour: COLOURS.title },
        { text: unit, colour: COLOURS.meta, pt: TYPE.kpiText },
      ],
    },
  ];
  if (kpi.target != null && kpi.targetName) {
    const target = t.ofTarget(
      valueText(kpi.target, kpi.decimals, kpi.targetDerived, t),
      kpi.targetName,
    );
    before.push(
      one(`${target}${kpi.targetDerived ? ` ${t.derivedBadge}` : ''}`, TYPE.kpiText, COLOURS.meta),
    );
  }
  const after: DeckParagraph[] = [];
  if (kpi.share != null) {
    const runs: DeckRun[] = [
      { text: `${t.reachedShare}: `, colour: COLOURS.ink },
      {
        text: formatPercent(kpi.share, t.numberLang, t.noData, kpi.shareDecimals),
        colour: COLOURS.ink,
        bold: true,
      },
    ];
    if (kpi.shareCheck === 'disagrees' && kpi.statedShare)
      runs.push({
        text: ` · ${t.statedShare} ${statedShareText(kpi.statedShare, t)}`,
        colour: COLOURS.warning,
      });
    after.push({ pt: TYPE.kpiText, runs });
  }
  after.push(
    one(
      t.status[kpi.judgement.status],
      TYPE.kpiStatus,
      TONE_COLOUR[STATUS_TONE[kpi.judgement.status]],
      true,
    ),
    one(statusReason(kpi.judgement, kpi, t), reasonPt, COLOURS.ink),
  );
  return { before, after, bar: kpi.share == null ? null : kpi.barPercent };
}

const CARD = { gap: 0.25, padding: 0.15, bar: 0.14, barGap: 0.08, widest: 4.6 };
/** The reason's type, from the usual size down to the least that still fits the card. */
const REASON_SIZES = [TYPE.kpiReason, 11, 10];

export function kpiSlide(
  slide: Extract<Slide, { kind: 'kpis' }>,
  size: { w: number; h: number },
  t: DeckWords,
  measure: Measure,
): DeckSlide[] {
  const topic = slide.topicName ?? t.acrossTopics;
  const title = `${t.kpiSlideTitle(topic)}${slide.parts > 1 ? ` ${t.slidePart(slide.part, slide.parts)}` : ''}`;
  const header = headerBlock(null, title, size, measure);
  const top = header.bottom + 0.3;
  // The cards side by side, centred: three share the width, fewer are no wider than a card
  // reads well at.
  const count = Math.max(1, slide.kpis.length);
  const contentW = size.w - 2 * MARGIN;
  const cardW = Math.min(CARD.widest, (contentW - (count - 1) * CARD.gap) / count);
  const left = MARGIN + (contentW - count * cardW - (count - 1) * CARD.gap) / 2;
  const innerW = cardW - 2 * CARD.padding;
  // Every card of the slide as tall as the tallest, at the largest reason type that fits.
  let cards = slide.kpis.map((kpi) => kpiParagraphs(kpi, innerW, REASON_SIZES[0]!, t, measure));
  let heights: number[] = [];
  for (const reasonPt of REASON_SIZES) {
    cards = slide.kpis.map((kpi) => kpiParagraphs(kpi, innerW, reasonPt, t, measure));
    heights = cards.map(
      (card) =>
        [...card.before, ...card.after].reduce(
          (sum, p) => sum + paragraphHeight(p, innerW, measure),
          0,
        ) + (card.bar == null ? 0 : CARD.bar + 2 * CARD.barGap),
    );
    if (top + Math.max(0, ...heights) + 2 * CARD.padding <= size.h - MARGIN) break;
  }
  // Cards that do not fit even so (long names, a narrow 4:3 slide) go two slides, each card
  // wider and so shorter, under the same title.
  if (top + Math.max(0, ...heights) + 2 * CARD.padding > size.h - MARGIN && slide.kpis.length > 1) {
    const half = Math.ceil(slide.kpis.length / 2);
    return [slide.kpis.slice(0, half), slide.kpis.slice(half)].flatMap((kpis) =>
      kpiSlide({ ...slide, kpis }, size, t, measure),
    );
  }
  const cardH = Math.max(0, ...heights) + 2 * CARD.padding;
  // The cards in the middle of the room under the title, as the presentation's stand.
  const cardTop = top + Math.max(0, (size.h - MARGIN - top - cardH) / 2);
  const elements: DeckElement[] = [...header.elements];
  cards.forEach((card, index) => {
    const x = left + index * (cardW + CARD.gap);
    elements.push({
      kind: 'rect',
      box: { x, y: cardTop, w: cardW, h: cardH },
      fill: COLOURS.cardFill,
      line: COLOURS.cardLine,
    });
    const innerX = x + CARD.padding;
    let y = cardTop + CARD.padding;
    const beforeH = card.before.reduce((sum, p) => sum + paragraphHeight(p, innerW, measure), 0);
    elements.push({
      kind: 'text',
      box: { x: innerX, y, w: innerW, h: beforeH },
      paragraphs: card.before,
    });
    y += beforeH;
    if (card.bar != null) {
      y += CARD.barGap;
      elements.push({
        kind: 'rect',
        box: { x: innerX, y, w: innerW, h: CARD.bar },
        fill: COLOURS.barTrack,
        line: null,
      });
      if (card.bar > 0)
        elements.push({
          kind: 'rect',
          box: { x: innerX, y, w: (innerW * Math.min(100, card.bar)) / 100, h: CARD.bar },
          fill: COLOURS.barFill,
          line: null,
        });
      y += CARD.bar + CARD.barGap;
    }
    const afterH = card.after.reduce((sum, p) => sum + paragraphHeight(p, innerW, measure), 0);
    elements.push({
      kind: 'text',
      box: { x: innerX, y, w: innerW, h: afterH },
      paragraphs: card.after,
    });
  });
  const notes = slide.kpis.flatMap((kpi) => [
    `${kpi.metricName} — ${kpi.unitName} · ${kpi.periodLabel}`,
    `${t.notesStatus} ${t.status[kpi.judgement.status]}. ${statusReason(kpi.judgement, kpi, t)}`,
    ...derivedNotes(kpi, t),
    `${t.notesSources} ${citedSource(kpi.source, t)}`,
    '',
  ]);
  return [{ kind: 'kpis', title, elements, notes: notes.slice(0, -1) }];
}

function derivedNotes(kpi: KpiView, t: DeckWords): string[] {
  const lines: string[] = [];
  if (kpi.valueDerived)
    lines.push(
      t.notesDerived(
        t.legendActual,
        valueText(kpi.value, kpi.decimals, kpi.valueDerived, t),
        kpi.valueDerived.formula,
      ),
    );
  if (kpi.targetDerived && kpi.targetName)
    lines.push(
      t.notesDerived(
        kpi.targetName,
        valueText(kpi.target, kpi.decimals, kpi.targetDerived, t),
        kpi.targetDerived.formula,
      ),
    );
  return lines;
}
