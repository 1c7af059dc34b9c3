import { measureIn } from '../../charts/text-measure';
import { saveBlob } from '../../components/save-file';
import type { Lang } from '../../domain/url-state';
import type { DashboardView } from '../../domain/view-model';
import { wordsIn } from '../../i18n/words';
import { deckBytes } from './deck-file';
import { DECK_MEASURE_FAMILY, type DeckShape } from './deck-geometry';
import { planDeck } from './deck-plan';
import { deckWords } from './deck-words';
import { reportFileName } from './file-name';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * The current view as a PowerPoint deck in the reader's language, saved; returns the file's
 * name. Planned from the view model with the presentation's words (deck-plan.ts), its text
 * measured in the deck's font, then written with native charts (deck-file.ts).
 */
export async function downloadDeck(
  view: DashboardView,
  lang: Lang,
  shape: DeckShape,
): Promise<string> {
  const plan = planDeck(view, shape, wordsIn(deckWords, lang), measureIn(DECK_MEASURE_FAMILY));
  const bytes = await deckBytes(plan, lang);
  const name = reportFileName(view, 'pptx');
  saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE }), name);
  return name;
}
