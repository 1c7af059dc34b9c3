import type { Measure } from '../../charts/text-measure';
import { formatDate, formatNumber } from '../../domain/format';
import { buildSlides } from '../../domain/slides';
import type { DashboardView } from '../../domain/view-model';
import { filterCaption } from '../../i18n/captions';
import { titleSlideFacts } from '../../i18n/slide-words';
import {
  headerBlock,
  stack,
  type DeckElement,
  type DeckSlide,
  type DeckWords,
  type Paragraph,
} from './deck-blocks';
import { figureSlides } from './deck-figure-slides';
import { COLOURS, GAP, MARGIN, SLIDE_SIZES, TYPE, type DeckShape } from './deck-geometry';
import { kpiSlide } from './deck-kpi-slides';

/**
 * The PowerPoint deck of the current view, planned slide by slide before anything is written: in
 * the presentation's order (domain/slides.ts), with the presentation's words, every text and
 * chart placed in inches from text measured in the deck's font. deck-file.ts only writes it.
 */
export interface DeckPlan {
  shape: DeckShape;
  size: { w: number; h: number };
  title: string;
  slides: DeckSlide[];
}

export function planDeck(
  view: DashboardView,
  shape: DeckShape,
  t: DeckWords,
  measure: Measure,
): DeckPlan {
  const size = SLIDE_SIZES[shape];
  const facts = titleSlideFacts(view, t);
  const slides: DeckSlide[] = [];
  for (const slide of buildSlides(view)) {
    switch (slide.kind) {
      case 'title':
        slides.push(titleSlide(view, size, t, measure));
        break;
      case 'kpis':
        slides.push(...kpiSlide(slide, size, t, measure));
        break;
      case 'figure':
        slides.push(...figureSlides(view, slide.figure, slide.topicName, size, t, measure));
        break;
      case 'sources':
        slides.push(...sourcesSlides(view, size, t, measure));
        break;
    }
  }
  return { shape, size, title: `${t.appName}: ${facts.units}`, slides };
}

function titleSlide(
  view: DashboardView,
  size: { w: number; h: number },
  t: DeckWords,
  measure: Measure,
): DeckSlide {
  const facts = titleSlideFacts(view, t);
  const w = size.w - 2 * MARGIN;
  const block = (shown: number) => {
    const names = facts.unitNames;
    const more = names.length - shown;
    const units = `${names.slice(0, shown).join(', ')}${
      more > 0 ? ` ${t.moreUnits(formatNumber(more, t.numberLang, '', 0))}` : ''
    }`;
    return stack(
      [
        { text: t.tagline, pt: TYPE.meta, colour: COLOURS.meta },
        { text: t.appName, pt: TYPE.cover, bold: true, colour: COLOURS.title },
        { text: `${t.titleSlideUnits}: ${units}`, pt: TYPE.coverFact, colour: COLOURS.ink },
        { text: `${t.titleSlidePeriod}: ${facts.period}`, pt: TYPE.coverFact, colour: COLOURS.ink },
        { text: facts.asOf, pt: TYPE.coverFact, bold: true, colour: COLOURS.ink },
        { text: filterCaption(view, t), pt: TYPE.meta, colour: COLOURS.meta },
      ],
      MARGIN,
      0,
      w,
      measure,
    ).element;
  };
  // Every district where they fit; a whole city's are named as many as fit, "và 96 đơn vị
  // khác", every one in the notes.
  let shown = facts.unitNames.length;
  let element = block(shown);
  while (shown > 1 && element.box.h > size.h - 2 * MARGIN) {
    shown = Math.max(1, Math.min(shown - 1, Math.floor(shown * 0.75)));
    element = block(shown);
  }
  // A third of the way down, or higher where a long list of districts needs the room.
  element.box.y = Math.max(MARGIN, Math.min(size.h / 3, size.h - MARGIN - element.box.h));
  return {
    kind: 'title',
    title: t.appName,
    elements: [element],
    notes: [`${t.titleSlideUnits}: ${facts.units}`, facts.asOf, filterCaption(view, t)],
  };
}

const SOURCE_GAP = 0.1;

function sourcesSlides(
  view: DashboardView,
  size: { w: number; h: number },
  t: DeckWords,
  measure: Measure,
): DeckSlide[] {
  const w = size.w - 2 * MARGIN;
  const items = view.sources.map((source, index) => [
    {
      text: `${index + 1}. ${source.isDescription ? source.label : `“${source.label}”`}`,
      pt: TYPE.sourceTitle,
      colour: COLOURS.ink,
    },
    {
      text: [
        source.publisher ?? t.notStated,
        formatDate(source.date, t.notStated),
        source.file,
      ].join(' · '),
      pt: TYPE.sourceMeta,
      colour: COLOURS.meta,
    },
  ]);
  // As many sources as fit a slide, then the next slide: the header measured once.
  const header = headerBlock(null, t.sourcesHeading, size, measure);
  const pages: Paragraph[][][] = [[]];
  let y = header.bottom + GAP;
  for (const item of items) {
    const height = stack(item, MARGIN, 0, w, measure).element.box.h + SOURCE_GAP;
    if (y + height > size.h - MARGIN && pages.at(-1)!.length > 0) {
      pages.push([]);
      y = header.bottom + GAP;
    }
    pages.at(-1)!.push(item);
    y += height;
  }
  return pages.map((page, index) => {
    const title = `${t.sourcesHeading}${pages.length > 1 ? ` ${t.slidePart(index + 1, pages.length)}` : ''}`;
    const slideHeader = headerBlock(null, title, size, measure);
    const elements: DeckElement[] = [...slideHeader.elements];
    let top = slideHeader.bottom + GAP;
    for (const item of page) {
      const block = stack(item, MARGIN, top, w, measure);
      elements.push(block.element);
      top = block.bottom + SOURCE_GAP;
    }
    return {
      kind: 'sources' as const,
      title,
      elements,
      notes: page.map((item) => item.map((p) => p.text).join(' — ')),
    };
  });
}
