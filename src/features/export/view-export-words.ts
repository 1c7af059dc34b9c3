import type { Words } from '../../i18n/words';

const viewVi = {
  exportAll: 'Xuất tất cả biểu đồ (ZIP)',
  downloadDeck: 'Tải bộ trình chiếu PowerPoint (.pptx)',
  deckShape: 'Khổ trang chiếu',
  deckShapeWide: '16:9 (màn hình rộng)',
  deckShapeStandard: '4:3',
  downloadViewXlsx: 'Tải Excel (.xlsx)',
};

const viewEn: typeof viewVi = {
  exportAll: 'Export all charts (ZIP)',
  downloadDeck: 'Download PowerPoint deck (.pptx)',
  deckShape: 'Slide shape',
  deckShapeWide: '16:9 (widescreen)',
  deckShapeStandard: '4:3',
  downloadViewXlsx: 'Download Excel (.xlsx)',
};

/** The words of the whole view's exports (ViewExports.tsx): the deck, the workbook, the ZIP. */
export const viewExportWords: Words<typeof viewVi> = { vi: viewVi, en: viewEn };
