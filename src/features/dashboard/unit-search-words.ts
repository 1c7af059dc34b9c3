import type { Words } from '../../i18n/words';

const vi = {
  /** The search box above a long list of districts. */
  searchUnit: 'Tìm đơn vị',
  searchUnitHint: 'Gõ tên, có dấu hoặc không dấu',
  /** How many districts the list holds for what was typed. */
  unitsMatched: (matched: string, total: string, query: string) =>
    `${matched} trong ${total} đơn vị khớp “${query}”.`,
  noUnitMatched: (query: string) =>
    `Không có đơn vị nào khớp “${query}”. Thử gõ ít chữ hơn, hoặc không dấu.`,
};

const en: typeof vi = {
  searchUnit: 'Find a district',
  searchUnitHint: 'Type its name, with or without Vietnamese marks',
  unitsMatched: (matched: string, total: string, query: string) =>
    `${matched} of ${total} districts match “${query}”.`,
  noUnitMatched: (query: string) =>
    `No district matches “${query}”. Try fewer letters, or leave out the marks.`,
};

/** The district search's own words, loaded with it (a list of more districts than a glance holds). */
export const unitSearchWords: Words<typeof vi> = { vi, en };
