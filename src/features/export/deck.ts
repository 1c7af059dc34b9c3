import { measureIn } from '../../charts/text-measure';
import { saveBlob } from '../../components/save-file';
import type { Lang } from '../../domain/url-state';
import type { DashboardView } from '../../domain/view-model';
import { wordsIn } from '../../i18n/words';
import { deckBytes } from './deck-file';
import { DECK_MEASURE_FAMILY, type DeckShape } from './deck-geometry';
import { planDeck, type DeckPlan } from './deck-plan';
import { deckWords } from './deck-words';
import { reportFileName } from './file-name';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Past this many slides a deck is no meeting's (a whole city's view of every indicator runs to
 * thousands, and seconds to write): the reader is asked to narrow the view first, or to go on.
 */
export const LONG_DECK_SLIDES = 150;

/**
 * The current view's deck in the reader's language, planned from the view model with the
 * presentation's words (deck-plan.ts), its text measured in the deck's font.
 */
export function planViewDeck(view: DashboardView, lang: Lang, shape: DeckShape): DeckPlan {
  return planDeck(view, shape, wordsIn(deckWords, lang), measureIn(DECK_MEASURE_FAMILY));
}

/** A planned deck written with native charts (deck-file.ts) and saved; returns the file's name. */
export async function saveDeck(plan: DeckPlan, view: DashboardView, lang: Lang): Promise<string> {
  const bytes = await deckBytes(plan, lang);
  const name = reportFileName(view, 'pptx');
  saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE }), name);
  return name;
}
