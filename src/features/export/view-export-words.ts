import type { Words } from '../../i18n/words';
import { exportWords } from './words';

const viewVi = {
  exportAll: 'Xuất tất cả biểu đồ (ZIP)',
  exportClose: 'Đóng',
  downloadDeck: 'Tải bộ trình chiếu PowerPoint (.pptx)',
  deckShape: 'Khổ trang chiếu',
  deckShapeWide: '16:9 (màn hình rộng)',
  deckShapeStandard: '4:3',
  downloadViewXlsx: 'Tải Excel (.xlsx)',
  deckLong: (slides: string) =>
    `Bộ trình chiếu của khung nhìn này dài ${slides} trang. Hãy chọn một năm, lĩnh vực hoặc đơn vị để thu gọn, hoặc vẫn tạo (có thể mất vài giây).`,
  deckLongAnyway: (slides: string) => `Vẫn tạo bộ ${slides} trang`,
  exportSaved: exportWords.vi.exportSaved,
};

const viewEn: typeof viewVi = {
  exportAll: 'Export all charts (ZIP)',
  exportClose: 'Close',
  downloadDeck: 'Download PowerPoint deck (.pptx)',
  deckShape: 'Slide shape',
  deckShapeWide: '16:9 (widescreen)',
  deckShapeStandard: '4:3',
  downloadViewXlsx: 'Download Excel (.xlsx)',
  deckLong: (slides: string) =>
    `The deck of this view would be ${slides} slides long. Choose a year, a topic or a district to narrow it, or make it anyway (it may take a few seconds).`,
  deckLongAnyway: (slides: string) => `Make the ${slides}-slide deck anyway`,
  exportSaved: exportWords.en.exportSaved,
};

/** The words of the whole view's exports (ViewExports.tsx): the deck, the workbook, the ZIP. */
export const viewExportWords: Words<typeof viewVi> = { vi: viewVi, en: viewEn };
