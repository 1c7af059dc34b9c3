import type { DefinitionList, FileProblem } from '../../domain/import';
import { problemWords } from '../../i18n/problem-words';
import { joinWords } from '../../i18n/words';

const vi = {
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
};

const en: typeof vi = {
  importTitle: 'Import data',
  importIntro:
    'Choose or drop a JSON file (format in docs/dataset.md) or a CSV made from the template. Nothing changes until you press “Apply”.',
  downloadTemplate: 'Download the CSV template',
  csvCell: (row: string, column: string) => `Row ${row}, column “${column}”`,
  csvMissingColumn: (column: string) => `Column “${column}” is missing`,
  importChoose: 'Choose a file',
  importReading: (name: string) => `Reading “${name}”…`,
  fileProblem: {
    tooLarge: 'The file is larger than 10 MB, too large to import.',
    empty: 'The file is empty.',
    binary:
      'The file is not UTF-8 text (perhaps an image, a PDF, an Excel .xlsx, or a CSV in another encoding). In Excel, save as “CSV UTF-8”.',
    unreadable: 'The file could not be read (it was moved, or is not a file). Choose it again.',
    unsupportedType: 'Only .json and .csv files can be imported.',
  },
  importErrors: (count: number) =>
    `The file has ${count} ${count === 1 ? 'problem' : 'problems'}, so it cannot be imported. The data shown is unchanged:`,
  importWarnings: (count: number) =>
    `${count} ${count === 1 ? 'warning' : 'warnings'}, which can be accepted after a look:`,
  importAcceptWarnings: 'I have read the warnings and want to import anyway',
  warningShare: (path: string, stated: string, computed: string) =>
    `${path}: the stated share ${stated} differs from the computed ${computed}.`,
  warningPeriods: (metric: string, months: string) =>
    `Metric “${metric}”: the periods compared differ in length (${months} months).`,
  importMode: 'How to import',
  importMerge: 'Merge into the current data',
  importReplace: 'Replace all the current data',
  importCounts: (added: number, changed: number, unchanged: number, removed: number) =>
    `Adds ${added} figures, changes ${changed}, leaves ${unchanged} as they are` +
    (removed > 0 ? `, and removes ${removed} current figures that the file does not hold.` : '.'),
  importApply: 'Apply',
  importMigrated: (from: number, to: number) =>
    `The file is in an older format (version ${from}); it was converted to version ${to} for import.`,
  importRedefined:
    'The file defines these existing entries differently; if applied, the file’s version replaces the current one:',
  importRemovedDefinitions: 'Replacing removes these current entries that the file does not hold:',
  definitionList: {
    units: 'Districts',
    periods: 'Periods',
    topics: 'Topics',
    figures: 'Charts',
    metrics: 'Metrics',
    sources: 'Sources',
    notes: 'Notes',
  },
  currentDataPath: (path: string) => `Current data, ${path}`,
  importCancel: 'Cancel',
  importSaveFailed: 'The data could not be kept in this browser; the data shown is unchanged.',
};

/** The import dialog's words, with those that name the validator's problems. */
export const importWords = joinWords(problemWords, { vi, en });
