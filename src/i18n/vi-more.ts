import type { PresetId } from '../domain/export-presets';
import type { DefinitionList, FileProblem } from '../domain/import';

/**
 * Vietnamese for the parts of the page loaded on demand (export panel, import dialog,
 * presentation, notes and sources): they come with those parts, not with the first view.
 * English (en-more.ts) must give every key here.
 */
export const viMore = {
  exportClose: 'Đóng',
  exportSize: 'Kích thước',
  exportPreset: {
    screen: 'Như trên màn hình',
    'slide-16-9': 'Trình chiếu 16:9 (1920 × 1080)',
    'slide-4-3': 'Trình chiếu 4:3 (1600 × 1200)',
    'a4-landscape': 'A4 ngang, cho báo cáo',
  } satisfies Record<PresetId, string>,
  exportScale: 'Độ phân giải',
  exportScaleOption: (scale: number, width: number, height: number) =>
    `${scale}× (${width} × ${height} điểm ảnh)`,
  exportTransparent: 'Nền trong suốt',
  downloadPng: 'Tải ảnh PNG',
  downloadSvg: 'Tải ảnh SVG',
  copyImage: 'Sao chép ảnh',
  exportCopied: 'Đã sao chép ảnh. Có thể dán vào Word hoặc PowerPoint.',
  exportCopyRefused:
    'Trình duyệt không cho phép sao chép ảnh vào bộ nhớ tạm. Hãy tải ảnh PNG về thay vào đó.',
  presentationLabel: 'Trình chiếu',
  slideCounter: (slide: number, count: number) => `${slide} / ${count}`,
  slideCounterLabel: (slide: number, count: number) => `Trang ${slide} trên ${count}`,
  previousSlide: 'Trang trước',
  nextSlide: 'Trang sau',
  fullscreen: 'Toàn màn hình',
  exitPresentation: 'Thoát (Esc)',
  exportSlide: 'Xuất ảnh trang này',
  autoRunning: (seconds: number) => `Tự chuyển mỗi ${seconds} giây`,
  autoPaused: 'Đã dừng tự chuyển',
  goingTo: (digits: string) => `Đến trang ${digits}… (Enter)`,
  kpiSlideTitle: (topic: string) => `Số liệu chính: ${topic}`,
  acrossTopics: 'Các chỉ tiêu chung',
  slidePart: (part: number, parts: number) => `(${part}/${parts})`,
  titleSlideUnits: 'Đơn vị',
  titleSlidePeriod: 'Thời gian',
  periodRange: (from: number, to: number) => (from === to ? `Năm ${from}` : `${from}–${to}`),
  importTitle: 'Nhập dữ liệu',
  importIntro:
    'Chọn hoặc kéo thả một tệp JSON (định dạng trong docs/dataset.md) hoặc CSV theo mẫu. Chưa có gì thay đổi cho đến khi bạn bấm “Áp dụng”.',
  downloadTemplate: 'Tải mẫu CSV',
  csvCell: (row: string, column: string) => `Dòng ${row}, cột “${column}”`,
  csvMissingColumn: (column: string) => `Thiếu cột “${column}”`,
  importChoose: 'Chọn tệp',
  importReading: (name: string) => `Đang đọc “${name}”…`,
  fileProblem: {
    tooLarge: 'Tệp lớn hơn 10 MB, quá lớn để nhập.',
    empty: 'Tệp trống, không có dữ liệu.',
    binary:
      'Tệp không phải văn bản UTF-8 (có thể là ảnh, PDF, Excel .xlsx, hoặc CSV lưu theo bảng mã khác). Trong Excel, hãy lưu dưới dạng “CSV UTF-8”.',
    unreadable: 'Không đọc được tệp (tệp đã bị di chuyển hoặc không phải là tệp). Hãy chọn lại.',
    unsupportedType: 'Chỉ nhận tệp .json hoặc .csv.',
  } satisfies Record<FileProblem, string>,
  importErrors: (count: number) =>
    `Tệp có ${count} lỗi nên chưa thể nhập. Dữ liệu đang hiển thị không thay đổi:`,
  importWarnings: (count: number) => `${count} cảnh báo. Có thể chấp nhận sau khi xem:`,
  importAcceptWarnings: 'Tôi đã xem các cảnh báo và vẫn muốn nhập',
  warningShare: (path: string, stated: string, computed: string) =>
    `${path}: tỷ lệ bài viết nêu ${stated} khác tỷ lệ tính được ${computed}.`,
  warningPeriods: (metric: string, months: string) =>
    `Chỉ số “${metric}”: các kỳ được so sánh có độ dài khác nhau (${months} tháng).`,
  importMode: 'Cách nhập',
  importMerge: 'Gộp vào dữ liệu hiện tại',
  importReplace: 'Thay thế toàn bộ dữ liệu hiện tại',
  importCounts: (added: number, changed: number, unchanged: number, removed: number) =>
    `Sẽ thêm ${added} số liệu, thay đổi ${changed}, giữ nguyên ${unchanged}` +
    (removed > 0 ? `, và bỏ ${removed} số liệu hiện có không có trong tệp.` : '.'),
  importApply: 'Áp dụng',
  importMigrated: (from: number, to: number) =>
    `Tệp ở định dạng cũ (phiên bản ${from}); đã được chuyển sang phiên bản ${to} để nhập.`,
  importRedefined:
    'Tệp định nghĩa lại các mục đã có sau đây; nếu áp dụng, bản trong tệp sẽ thay bản hiện tại:',
  importRemovedDefinitions: 'Thay thế sẽ bỏ các mục hiện có mà tệp không có:',
  definitionList: {
    units: 'Đơn vị',
    periods: 'Kỳ',
    topics: 'Lĩnh vực',
    figures: 'Biểu đồ',
    metrics: 'Chỉ số',
    sources: 'Nguồn',
    notes: 'Ghi chú',
  } satisfies Record<DefinitionList, string>,
  currentDataPath: (path: string) => `Dữ liệu hiện tại, ${path}`,
  importCancel: 'Hủy',
  importSaveFailed:
    'Không lưu được dữ liệu trong trình duyệt này; dữ liệu đang hiển thị không thay đổi.',
  notesHeading: 'Ghi chú định tính',
  notesIntro: 'Thông tin trong bài viết không kèm số liệu so sánh được.',
  notesGeneral: 'Chung',
  sourcesHeading: 'Nguồn',
  sourcesIntro:
    'Mọi số liệu trên trang đều lấy từ các bài viết dưới đây. Giá trị suy ra được đánh dấu “ước tính” kèm công thức.',
  figuresCitedLabel: 'Số liệu trích dẫn',
  figuresCited: (count: number) => `${count} số liệu`,
  downloadCsv: 'Tải số liệu CSV',
  untitled: 'Bài không có tiêu đề; mô tả của người biên soạn',
  publisher: 'Đơn vị đăng',
  author: 'Tác giả',
  published: 'Ngày đăng',
  file: 'Tệp',
  exportDerivedNote:
    '“≈” và sọc chéo: giá trị suy ra, không có trong bài viết; công thức ở bảng số liệu.',
};
