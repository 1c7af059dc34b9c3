import type { Words } from '../../i18n/words';

const vi = {
  tableCaption: (title: string) => `Bảng số liệu: ${title}`,
  colUnit: 'Đơn vị',
  colPeriod: 'Kỳ',
  colTopic: 'Lĩnh vực',
  colTotalAllTopics: 'Tổng số (mọi lĩnh vực)',
  colQuote: 'Trích bài viết',
};

const en: typeof vi = {
  tableCaption: (title: string) => `Data table: ${title}`,
  colUnit: 'District',
  colPeriod: 'Period',
  colTopic: 'Topic',
  colTotalAllTopics: 'Total (all topics)',
  colQuote: 'From the article',
};

/** A chart's data table's words: they load with the table, when a reader opens one. */
export const tableWords: Words<typeof vi> = { vi, en };
