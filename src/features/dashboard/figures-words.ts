import type { Words } from '../../i18n/words';

const vi = {
  /** One line for the figures a filter leaves with nothing to draw, in place of a card each. */
  figuresWithoutData: (titles: readonly string[]) =>
    `Không có số liệu cho lựa chọn này: ${titles.join('; ')}.`,
};

const en: typeof vi = {
  figuresWithoutData: (titles: readonly string[]) =>
    `No data for this selection: ${titles.join('; ')}.`,
};

/** The chart cards' own words: the figures a filter leaves without data. */
export const figuresWords: Words<typeof vi> = { vi, en };
