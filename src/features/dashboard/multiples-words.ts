import type { Words } from '../../i18n/words';

const vi = {
  /** Under a page of a metric's district charts (small multiples). */
  districtChartsShown: (shown: string, total: string) =>
    `Đang hiện biểu đồ của ${shown} trong ${total} đơn vị. Bảng số liệu theo các biểu đồ đang hiện; tải dữ liệu để có đủ mọi đơn vị.`,
};

const en: typeof vi = {
  districtChartsShown: (shown: string, total: string) =>
    `Showing the charts of ${shown} of ${total} districts. The table follows the charts shown; download the data for every district.`,
};

/** The small multiples' own words: a page of a city's district charts. */
export const multiplesWords: Words<typeof vi> = { vi, en };
