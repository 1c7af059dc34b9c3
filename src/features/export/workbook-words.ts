import type { Words } from '../../i18n/words';

const vi = {
  /** The sheets' names (at most 31 characters, none of []:*?/\). */
  workbookSheets: {
    figureRows: 'Số liệu',
    kpis: 'Số liệu chính',
    viewRows: 'Số liệu biểu đồ',
    sources: 'Nguồn',
    notes: 'Ghi chú',
  },
  /** Columns of the workbooks that the figure CSV does not have. */
  workbookColumns: {
    targetName: 'Tên chỉ tiêu / tổng số',
    reason: 'Lý do đánh giá',
    note: 'Ghi chú',
    year: 'Năm',
  },
};

const en: typeof vi = {
  workbookSheets: {
    figureRows: 'Data',
    kpis: 'Headline figures',
    viewRows: 'Chart data',
    sources: 'Sources',
    notes: 'Notes',
  },
  workbookColumns: {
    targetName: 'Target / total name',
    reason: 'Reason',
    note: 'Note',
    year: 'Year',
  },
};

/**
 * The words of the Excel workbooks (workbook.ts) beyond the figure CSV's column names
 * (`csvWords`), which they share: their sheets' names and their own columns.
 */
export const workbookWords: Words<typeof vi> = { vi, en };
