import type { PresetId } from '../../domain/export-presets';
import { joinWords, type Words } from '../../i18n/words';
import { standaloneFigureWords } from '../../i18n/standalone-figure-words';

const vi = {
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
  exportSaved: (name: string) => `Đã tải về ${name}.`,
  exportCopyRefused:
    'Trình duyệt không cho phép sao chép ảnh vào bộ nhớ tạm. Hãy tải ảnh PNG về thay vào đó.',
  exportSlide: 'Xuất ảnh trang này',
  downloadCsv: 'Tải số liệu CSV',
  downloadXlsx: 'Tải số liệu Excel (.xlsx)',
};

const en: typeof vi = {
  exportClose: 'Close',
  exportSize: 'Size',
  exportPreset: {
    screen: 'As on screen',
    'slide-16-9': 'Slide 16:9 (1920 × 1080)',
    'slide-4-3': 'Slide 4:3 (1600 × 1200)',
    'a4-landscape': 'A4 landscape, for reports',
  },
  exportScale: 'Resolution',
  exportScaleOption: (scale: number, width: number, height: number) =>
    `${scale}× (${width} × ${height} pixels)`,
  exportTransparent: 'Transparent background',
  downloadPng: 'Download PNG',
  downloadSvg: 'Download SVG',
  copyImage: 'Copy image',
  exportCopied: 'Image copied. Paste it into Word or PowerPoint.',
  exportSaved: (name: string) => `Downloaded ${name}.`,
  exportCopyRefused:
    'The browser does not allow copying images to the clipboard. Download the PNG instead.',
  exportSlide: 'Export this slide',
  downloadCsv: 'Download CSV data',
  downloadXlsx: 'Download Excel data (.xlsx)',
};

/** The export panel's words, with those of the chart it exports. */
export const exportWords = joinWords(standaloneFigureWords, { vi, en });

const csvVi = {
  /** The figure CSV's columns, in their order. */
  csvColumns: {
    chart: 'Biểu đồ',
    metric: 'Chỉ số',
    unit: 'Đơn vị',
    period: 'Kỳ',
    topic: 'Lĩnh vực',
    value: 'Giá trị',
    target: 'Chỉ tiêu / tổng số',
    unitLabel: 'Đơn vị tính',
    computedShare: 'Tỷ lệ tính được (%)',
    statedShare: 'Tỷ lệ bài viết nêu (%)',
    valueDerived: 'Giá trị là số suy ra',
    valueFormula: 'Công thức của giá trị',
    targetDerived: 'Chỉ tiêu / tổng số là số suy ra',
    targetFormula: 'Công thức của chỉ tiêu / tổng số',
    source: 'Nguồn',
    published: 'Ngày đăng',
    sourceFile: 'Tệp nguồn',
    quote: 'Trích dẫn',
  },
  csvYes: 'có',
  csvNo: 'không',
};

const csvEn: typeof csvVi = {
  csvColumns: {
    chart: 'Chart',
    metric: 'Indicator',
    unit: 'District',
    period: 'Period',
    topic: 'Topic',
    value: 'Value',
    target: 'Target / total',
    unitLabel: 'Unit',
    computedShare: 'Computed share (%)',
    statedShare: 'Share stated in the article (%)',
    valueDerived: 'Value derived',
    valueFormula: 'Value formula',
    targetDerived: 'Target / total derived',
    targetFormula: 'Target / total formula',
    source: 'Source',
    published: 'Published',
    sourceFile: 'Source file',
    quote: 'Quote',
  },
  csvYes: 'yes',
  csvNo: 'no',
};

/** The words of a figure's CSV (csv.ts): its column headers and its yes and no. */
export const csvWords: Words<typeof csvVi> = { vi: csvVi, en: csvEn };
