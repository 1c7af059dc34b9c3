import type { Words } from '../../i18n/words';

const vi = {
  /** Under a page of a metric's district charts (small multiples). */
  districtChartsShown: (shown: string, total: string) =>
    `Đang hiện biểu đồ của ${shown} trong ${total} đơn vị. Bảng số liệu theo các biểu đồ đang hiện; tải dữ liệu để có đủ mọi đơn vị.`,
  /** Under a page of a count's chart rows (a city's districts and periods). */
  chartRowsShown: (shown: string, total: string) =>
    `Đang hiện ${shown} trong ${total} dòng của biểu đồ. Bảng số liệu theo các dòng đang hiện; tải dữ liệu để có đủ mọi dòng.`,
  /** The same, for rows of several periods: the latest period's come first. */
  chartRowsLatestShown: (shown: string, total: string) =>
    `Đang hiện ${shown} trong ${total} dòng của biểu đồ, kỳ gần nhất trước. Bảng số liệu theo các dòng đang hiện; tải dữ liệu để có đủ mọi dòng.`,
  /** Under a page of a metric's charts of parts by topic (one per district and period). */
  partChartsShown: (shown: string, total: string) =>
    `Đang hiện ${shown} trong ${total} biểu đồ theo lĩnh vực. Bảng số liệu theo các biểu đồ đang hiện; tải dữ liệu để có đủ mọi biểu đồ.`,
};

const en: typeof vi = {
  districtChartsShown: (shown: string, total: string) =>
    `Showing the charts of ${shown} of ${total} districts. The table follows the charts shown; download the data for every district.`,
  chartRowsShown: (shown: string, total: string) =>
    `Showing ${shown} of ${total} rows of the chart. The table follows the rows shown; download the data for every row.`,
  chartRowsLatestShown: (shown: string, total: string) =>
    `Showing ${shown} of ${total} rows of the chart, the latest period first. The table follows the rows shown; download the data for every row.`,
  partChartsShown: (shown: string, total: string) =>
    `Showing ${shown} of ${total} charts by topic. The table follows the charts shown; download the data for every chart.`,
};

/** The paged charts' own words: a page of a city's district charts, of its parts' charts, or of a chart's rows. */
export const multiplesWords: Words<typeof vi> = { vi, en };
