import { joinWords } from '../../i18n/words';
import { slideWords } from '../../i18n/slide-words';
import { sourcesWords } from '../../i18n/sources-words';
import { standaloneFigureWords } from '../../i18n/standalone-figure-words';

const vi = {
  /** Under a chart of the deck: what its lighter bars and "≈" mean (no stripes in a deck). */
  deckDerivedNote:
    '“≈ … ước tính” và màu nhạt: giá trị suy ra, không có trong bài viết; công thức ở ghi chú của trang chiếu.',
  deckSourcesInNotes: (count: number) =>
    `Nguồn: ${count} bài viết, ghi đầy đủ ở ghi chú của trang chiếu và ở trang Nguồn.`,
  deckNotesInNotes: 'Các lưu ý khác ở ghi chú của trang chiếu.',
  notesDerivedHeading: 'Giá trị suy ra (không có trong bài viết):',
  notesDerived: (what: string, value: string, formula: string) => `${what}: ${value} = ${formula}`,
  notesQuote: (quote: string) => `Trích bài viết: “${quote}”`,
  notesWarnings: 'Lưu ý:',
  notesSources: 'Nguồn:',
  notesStatus: 'Đánh giá:',
};

const en: typeof vi = {
  deckDerivedNote:
    '“≈ … derived” and lighter bars: derived values, not printed in the article; formulas in the slide’s notes.',
  deckSourcesInNotes: (count: number) =>
    `Sources: ${count} ${count === 1 ? 'article' : 'articles'}, listed in full in the slide’s notes and on the Sources slide.`,
  deckNotesInNotes: 'Further notes are in the slide’s notes.',
  notesDerivedHeading: 'Derived values (not printed in the article):',
  notesDerived: (what: string, value: string, formula: string) => `${what}: ${value} = ${formula}`,
  notesQuote: (quote: string) => `From the article: “${quote}”`,
  notesWarnings: 'Notes:',
  notesSources: 'Sources:',
  notesStatus: 'Assessment:',
};

/**
 * The PowerPoint deck's words, with those it shares with the presentation on screen (its title
 * and headline slides), a chart's standalone words and the sources'.
 */
export const deckWords = joinWords(
  joinWords(joinWords(sourcesWords, standaloneFigureWords), slideWords),
  { vi, en },
);
