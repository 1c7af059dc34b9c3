import {
  MAX_IMPORT_FIGURES,
  MAX_PAGE_IMPORT_FIGURES,
  type DefinitionList,
  type FileProblem,
} from '../../domain/import';
import type { DateOrder } from '../../domain/date-order';
import type { NumberStyle } from '../../domain/number-style';
import type { TextEncoding } from '../../domain/text-encoding';
import { problemWords } from '../../i18n/problem-words';
import { joinWords } from '../../i18n/words';
import { formatNumber } from '../../domain/format';
import type { Stage } from './import-analysis';
import { remoteWords } from './remote-words';

/** A count as each language writes it: 36.000 and 36,000. */
const viCount = (count: number) => formatNumber(count, 'vi', '0', 0);
const enCount = (count: number) => formatNumber(count, 'en', '0', 0);
/** Bytes as whole megabytes (MiB, as the file's size is said elsewhere), rounded up once any is read. */
const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/** The stages of reading a file, as the progress bar names them. */
const VI_STAGES: Record<Stage, string> = {
  file: 'đọc tệp',
  rows: 'đọc các dòng và ô',
  check: 'kiểm tra số liệu',
  compare: 'so sánh với dữ liệu đang hiển thị',
};
const EN_STAGES: Record<Stage, string> = {
  file: 'reading the file',
  rows: 'reading the rows and cells',
  check: 'checking the figures',
  compare: 'comparing with the data shown',
};

/** Encodings by the names office software gives them. */
const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Unicode Text)',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1258': 'Windows-1258',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const vi = {
  importTitle: 'Nhập dữ liệu',
  /** `onPage`: the single-file copy, whose page reads the file itself (its limits are lower). */
  importIntro: (onPage: boolean) =>
    `Chọn hoặc kéo thả một bảng tính Excel .xlsx theo các cột của mẫu (nên dùng: số, tỷ lệ và ngày được đọc đúng như Excel lưu, không phải đoán cách viết), hoặc tệp .ods, CSV, JSON (định dạng trong docs/dataset.md), hay tệp Parquet của bảng theo dõi (${onPage ? `tới ${viCount(MAX_PAGE_IMPORT_FIGURES)} số liệu ở bản một tệp này; dữ liệu lớn hơn nhập ở trang web của bảng theo dõi` : `cho dữ liệu lớn, tới ${viCount(MAX_IMPORT_FIGURES)} số liệu: một thành phố hay cả nước`}). Chưa có gì thay đổi cho đến khi bạn bấm “Áp dụng”.`,
  downloadTemplate: 'Tải mẫu CSV',
  templateNotReadBack:
    'Không tải được mẫu CSV: không đọc lại được dữ liệu đã lưu trong trình duyệt (có thể một thẻ khác vừa thay đổi dữ liệu đã lưu). Hãy tải lại trang rồi thử lại.',
  csvCell: (row: string, column: string) => `Dòng ${row}, cột “${column}”`,
  csvRow: (row: string) => `Dòng ${row}`,
  jsonLine: (line: number, path: string) => `Dòng ${line} (${path})`,
  sheetCell: (cell: string, column: string) => `Ô ${cell} (cột “${column}”)`,
  sheetRow: (sheet: string, row: string) => `Trang “${sheet}”, dòng ${row}`,
  sheetNote: (sheet: string) =>
    `Đã đọc trang “${sheet}” của bảng tính. Số, tỷ lệ phần trăm và ngày được lấy đúng như bảng tính lưu.`,
  numberStyleNoEvidenceSheet:
    'Bảng tính có ô số được gõ dạng chữ, đọc được hai cách, mà không ô nào cho biết cách nào đúng. Hãy chọn cách các ô này viết số; chưa nhập được cho đến khi chọn:',
  csvColumn: (column: string) => `Cột “${column}”`,
  numberStyleTitle: 'Cách viết số trong tệp',
  numberStyleName: { vi: 'kiểu Việt (1.234,5)', en: 'kiểu Anh (1,234.5)' } satisfies Record<
    NumberStyle,
    string
  >,
  numberStyleOption: {
    vi: 'Kiểu Việt: 1.234,5 — dấu chấm ngăn nghìn, dấu phẩy trước phần thập phân',
    en: 'Kiểu Anh: 1,234.5 — dấu phẩy ngăn nghìn, dấu chấm trước phần thập phân',
  } satisfies Record<NumberStyle, string>,
  numberStyleChosen: (name: string) => `Số được đọc theo ${name}, như bạn chọn.`,
  numberStyleEvidence: (name: string, cell: string, text: string) =>
    `Số được đọc theo ${name}, vì ${cell} viết “${text}”, chỉ đọc được theo cách này.`,
  numberStyleNoEvidence: (separator: string, likelyVietnamese: boolean) =>
    `Tệp ngăn cột bằng ${separator} và có số đọc được hai cách, mà không ô nào cho biết cách nào đúng.${likelyVietnamese ? ' Excel tiếng Việt ngăn cột bằng dấu chấm phẩy nên nhiều khả năng là kiểu Việt, nhưng chưa chắc.' : ''} Hãy chọn cách tệp viết số; chưa nhập được cho đến khi chọn:`,
  numberStyleConflict: (viCell: string, viText: string, enCell: string, enText: string) =>
    `Tệp viết số theo hai cách: ${viCell} “${viText}” là kiểu Việt, ${enCell} “${enText}” là kiểu Anh. Hãy sửa tệp cho thống nhất, hoặc chọn một cách (các ô viết theo cách kia sẽ được báo lỗi):`,
  numberStyleZeroFraction:
    'Có số như “21,000” mà cách viết của tệp sẽ đọc thành số thập phân (21), dù có thể là hai mươi mốt nghìn. Hãy chọn cách tệp viết số; chưa nhập được cho đến khi chọn:',
  numberBothReadings: (text: string, vi: string, en: string) =>
    `“${text}” là ${vi} theo kiểu Việt, ${en} theo kiểu Anh`,
  numberMoreCells: (count: number) => `và ${viCount(count)} ô khác`,
  separatorName: (separator: string): string =>
    separator === ';' ? 'dấu chấm phẩy (;)' : separator === ',' ? 'dấu phẩy (,)' : 'dấu tab',
  warningThousandfold: (path: string, before: string, after: string) =>
    `${path}: ${after} thay cho ${before} hiện có, lệch từ 1.000 lần trở lên. Hãy kiểm tra cách viết số của tệp.`,
  encodingNote: (encoding: TextEncoding) =>
    `Tệp được đọc theo bảng mã ${ENCODING_NAMES[encoding]}.`,
  titleRowsNote: (count: number) =>
    `Đã bỏ qua ${viCount(count)} dòng tiêu đề phía trên dòng tên cột.`,
  droppedMany: (count: number) =>
    `Đã thả ${viCount(count)} tệp cùng lúc; mỗi lần chỉ nhập một tệp.`,
  droppedOpened: (name: string) => `Đang mở tệp “${name}”.`,
  droppedLeft: (names: string) => `Chưa nhập: “${names}”; hãy thả hoặc chọn từng tệp sau.`,
  dateOrderTitle: 'Cách viết ngày trong tệp',
  dateOrderName: { dm: 'ngày trước (dd/mm/yyyy)', md: 'tháng trước (mm/dd/yyyy)' } satisfies Record<
    DateOrder,
    string
  >,
  dateOrderOption: {
    dm: 'Ngày trước: 30/06/2026 là ngày 30 tháng 6',
    md: 'Tháng trước (kiểu Mỹ): 06/30/2026 là ngày 30 tháng 6',
  } satisfies Record<DateOrder, string>,
  dateOrderChosen: (name: string) => `Ngày được đọc theo ${name}, như bạn chọn.`,
  dateOrderEvidence: (name: string, cell: string, text: string) =>
    `Ngày được đọc theo ${name}, vì ${cell} viết “${text}”, chỉ đọc được theo cách này.`,
  dateOrderNoEvidence: (likelyDayFirst: boolean) =>
    `Tệp có ngày đọc được hai cách (05/06/2026 là ngày 5 tháng 6, hay ngày 6 tháng 5), mà không ô nào cho biết cách nào đúng.${likelyDayFirst ? ' Tệp viết số kiểu Việt nên nhiều khả năng là ngày trước, nhưng chưa chắc.' : ''} Hãy chọn cách tệp viết ngày; chưa nhập được cho đến khi chọn:`,
  dateOrderConflict: (dmCell: string, dmText: string, mdCell: string, mdText: string) =>
    `Tệp viết ngày theo hai cách: ${dmCell} “${dmText}” có ngày trước, ${mdCell} “${mdText}” có tháng trước. Hãy sửa tệp cho thống nhất, hoặc chọn một cách (các ô viết theo cách kia sẽ được báo lỗi):`,
  dateBothReadings: (text: string, dm: string, md: string) =>
    `“${text}” là ${dm} nếu ngày trước, ${md} nếu tháng trước`,
  dateInWords: (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return `ngày ${day} tháng ${month} năm ${year}`;
  },
  importChoose: 'Chọn tệp',
  importChosen: (name: string) => `Tệp đang đọc: “${name}” (chọn lại để đọc lại).`,
  importReading: (name: string) => `Đang đọc “${name}”…`,
  importStep: (step: number, total: number, stage: Stage) =>
    `Bước ${step}/${total}: ${VI_STAGES[stage]}…`,
  /** `problems` null: the rows are checked once all are read (a Parquet file's). */
  importRowsRead: (read: number, total: number, problems: number | null) =>
    `Đã đọc ${viCount(read)} / ${viCount(total)} dòng; ${problems == null ? 'các số liệu được kiểm tra khi đọc xong' : problems === 0 ? 'chưa thấy lỗi' : `${viCount(problems)} lỗi cho đến nay`}.`,
  /**
   * A file read as a stream, in megabytes: a CSV's first pass, which decides how its numbers and
   * dates are written (`passes` 2); a JSON file's one pass.
   */
  importBytesRead: (read: number, total: number, passes: 1 | 2) =>
    passes === 1
      ? `Đã đọc ${viCount(megabytes(read))} / ${viCount(megabytes(total))} MB của tệp.`
      : `Lượt đọc thứ nhất: đã đọc ${viCount(megabytes(read))} / ${viCount(megabytes(total))} MB (tìm cách viết số và ngày của tệp; lượt thứ hai đọc từng dòng).`,
  importStop: 'Dừng đọc tệp',
  importStopped: (name: string) =>
    `Đã dừng đọc “${name}”. Dữ liệu đang hiển thị không thay đổi; có thể chọn lại tệp.`,
  importSaving: 'Đang lưu dữ liệu vào trình duyệt…',
  importSavingEncoded: (done: number, total: number) =>
    `Đang lưu dữ liệu vào trình duyệt: đã chuẩn bị ${viCount(done)} / ${viCount(total)} số liệu…`,
  importSavingStored: (total: number) =>
    `Đang ghi ${viCount(total)} số liệu vào bộ nhớ của trình duyệt…`,
  importOpening: 'Đã lưu. Đang hiển thị dữ liệu…',
  importOpeningRead: (read: number, total: number) =>
    `Đã lưu. Đang mở dữ liệu đã lưu: đã đọc ${viCount(read)} / ${viCount(total)} số liệu…`,
  importOpeningPrepare: (total: number) =>
    `Đã lưu. Đang dựng bảng theo dõi từ ${viCount(total)} số liệu…`,
  problemsShown: (shown: number, total: number) =>
    `Đang hiện ${viCount(shown)} lỗi đầu tiên trong ${viCount(total)} lỗi.`,
  downloadProblems: 'Tải toàn bộ danh sách lỗi (CSV)',
  problemsCsvHeaders: ['Vị trí', 'Lỗi'],
  warningsShown: (shown: number, total: number) =>
    `Đang hiện ${viCount(shown)} cảnh báo đầu tiên trong ${viCount(total)} cảnh báo.`,
  downloadWarnings: 'Tải toàn bộ danh sách cảnh báo (CSV)',
  warningsCsvHeaders: ['Cảnh báo'],
  /** Said before a file problem when the file's figures are known (a Parquet file's footer). */
  fileFigures: (figures: number) => `Tệp có ${viCount(figures)} số liệu.`,
  fileProblem: {
    tooLarge:
      'Bảng tính lớn hơn 128 MB, quá lớn để nhập trong trình duyệt. Hãy lưu dữ liệu thành tệp CSV (nhập được tới 1,5 GB), hoặc tách tệp theo năm hoặc theo đơn vị rồi nhập lần lượt (cách nhập “Gộp”), hoặc nhập tệp Parquet của bảng theo dõi (nhỏ hơn nhiều).',
    streamedTooLarge:
      'Tệp CSV hoặc JSON lớn hơn 1,5 GB, quá lớn để nhập trong trình duyệt. Hãy tách tệp theo năm hoặc theo đơn vị rồi nhập lần lượt (cách nhập “Gộp”), hoặc nhập tệp Parquet của bảng theo dõi (nhỏ hơn nhiều).',
    tooLargeOnPage:
      'Tệp lớn hơn 10 MB, quá lớn để nhập ở bản một tệp mở từ máy. Hãy nhập tệp này ở trang web của bảng theo dõi, hoặc tách tệp theo năm hoặc theo đơn vị.',
    empty: 'Tệp trống, không có dữ liệu.',
    binary:
      'Tệp không phải văn bản đọc được (có thể là ảnh hoặc PDF). Hãy chọn bảng tính .xlsx, hoặc tệp .csv, .json, .parquet.',
    unreadable: 'Không đọc được tệp (tệp đã bị di chuyển hoặc không phải là tệp). Hãy chọn lại.',
    currentUnreadable:
      'Không đọc lại được dữ liệu đang hiển thị từ trình duyệt để so với tệp (có thể một thẻ khác vừa thay đổi dữ liệu đã lưu). Tệp chưa được nhập; hãy tải lại trang rồi chọn lại tệp.',
    unsupportedType:
      'Chỉ nhận bảng tính .xlsx (nên dùng) hoặc .ods, tệp .csv, .txt (“Unicode Text” của Excel), .json hoặc .parquet (tệp Parquet của bảng theo dõi).',
    oldExcel:
      'Tệp .xls là định dạng Excel 97–2003, không đọc được. Trong Excel, hãy chọn Lưu thành (Save As) “Sổ làm việc Excel (.xlsx)” rồi nhập tệp đó.',
    workbook:
      'Không đọc được bảng tính này: tệp bị hỏng, có mật khẩu, hoặc không phải .xlsx/.ods thật. Hãy mở nó trong Excel và lưu lại thành .xlsx.',
    unpackedTooLarge:
      'Bảng tính này khi giải nén lớn hơn 200 MB, quá lớn để đọc an toàn trong trình duyệt. Hãy chỉ giữ trang dữ liệu cần nhập rồi lưu lại.',
    notParquet:
      'Tệp có đuôi .parquet nhưng không phải tệp Parquet, hoặc tệp đã hỏng. Hãy tải lại tệp.',
    parquetNotDashboard: remoteWords.vi.remoteProblem('notDashboard'),
    parquetOtherFormat: remoteWords.vi.remoteProblem('otherFormat'),
    parquetMissingColumns: remoteWords.vi.remoteProblem('missingColumns'),
    parquetDamaged:
      'Tệp Parquet đã hỏng: số liệu trong tệp không khớp với mã kiểm tra ghi cùng tệp (tệp hỏng khi sao chép, khi tải về, hoặc bị sửa sau khi ghi). Không số liệu nào của tệp được dùng. Hãy tải lại tệp.',
    tooManyFigures: `Trong trình duyệt chỉ nhập được tới ${viCount(MAX_IMPORT_FIGURES)} số liệu một lần. Hãy tách tệp theo thành phố hoặc theo năm; hoặc đặt tệp lên máy chủ web rồi mở từ địa chỉ của nó (Nhập dữ liệu → Hoặc mở dữ liệu từ địa chỉ web), từng đơn vị một.`,
    tooManyFiguresOnPage: `Bản một tệp mở từ máy chỉ nhập được tới ${viCount(MAX_PAGE_IMPORT_FIGURES)} số liệu một lần. Hãy nhập tệp này ở trang web của bảng theo dõi.`,
  } satisfies Record<FileProblem, string>,
  importErrors: (count: number) =>
    `Tệp có ${viCount(count)} lỗi nên chưa thể nhập. Dữ liệu đang hiển thị không thay đổi:`,
  importWarnings: (count: number) => `${viCount(count)} cảnh báo. Có thể chấp nhận sau khi xem:`,
  importAcceptWarnings: 'Tôi đã xem các cảnh báo và vẫn muốn nhập',
  warningShare: (path: string, stated: string, computed: string) =>
    `${path}: tỷ lệ bài viết nêu ${stated} khác tỷ lệ tính được ${computed}.`,
  warningPeriods: (metric: string, months: string) =>
    `Chỉ số “${metric}”: các kỳ được so sánh có độ dài khác nhau (${months} tháng).`,
  importMode: 'Cách nhập',
  importMerge: 'Gộp vào dữ liệu hiện tại',
  importReplace: 'Thay thế toàn bộ dữ liệu hiện tại',
  importCounts: (added: number, changed: number, unchanged: number, removed: number) =>
    `Sẽ thêm ${viCount(added)} số liệu, thay đổi ${viCount(changed)}, giữ nguyên ${viCount(unchanged)}` +
    (removed > 0 ? `, và bỏ ${viCount(removed)} số liệu hiện có không có trong tệp.` : '.'),
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
    'Không lưu được dữ liệu trong trình duyệt này (bộ nhớ đầy hoặc không dùng được). Dữ liệu đang hiển thị và dữ liệu đã lưu trước đó không thay đổi. Để không mất phần vừa nhập, hãy tải nó về:',
  importSaveFailedDownload: 'Tải dữ liệu chưa lưu (JSON)',
  importKeptNotShown:
    'Dữ liệu vừa nhập đã được lưu trong trình duyệt, nhưng trang chưa đọc lại được để hiển thị. Hãy tải lại trang để xem.',
  importReload: 'Tải lại trang',
  importChangedElsewhere:
    'Trong lúc bạn xem báo cáo, một thẻ khác của trình duyệt này đã thay dữ liệu đang lưu. Báo cáo dưới đây đã được tính lại trên dữ liệu mới; hãy xem lại trước khi áp dụng.',
  importChangedSeen: 'Tôi đã xem lại báo cáo',
};

const en: typeof vi = {
  importTitle: 'Import data',
  importIntro: (onPage: boolean) =>
    `Choose or drop an Excel .xlsx workbook with the template’s columns (recommended: numbers, percentages and dates are read exactly as Excel keeps them, with no guessing), or an .ods, CSV or JSON file (format in docs/dataset.md), or the dashboard’s Parquet file (${onPage ? `up to ${enCount(MAX_PAGE_IMPORT_FIGURES)} figures in this single-file copy; import larger data on the dashboard’s website` : `for large data, up to ${enCount(MAX_IMPORT_FIGURES)} figures: a city or the whole country`}). Nothing changes until you press “Apply”.`,
  downloadTemplate: 'Download the CSV template',
  templateNotReadBack:
    'The CSV template could not be written: the data kept in this browser could not be read back (another tab may have just changed it). Reload the page and try again.',
  csvCell: (row: string, column: string) => `Row ${row}, column “${column}”`,
  csvRow: (row: string) => `Row ${row}`,
  jsonLine: (line: number, path: string) => `Line ${line} (${path})`,
  sheetCell: (cell: string, column: string) => `Cell ${cell} (column “${column}”)`,
  sheetRow: (sheet: string, row: string) => `Sheet “${sheet}”, row ${row}`,
  sheetNote: (sheet: string) =>
    `Read the workbook’s sheet “${sheet}”. Numbers, percentages and dates are taken exactly as the workbook holds them.`,
  numberStyleNoEvidenceSheet:
    'The workbook has numbers typed as text that read two ways, and no cell tells which is meant. Choose how these cells write numbers; nothing can be imported until you do:',
  csvColumn: (column: string) => `Column “${column}”`,
  numberStyleTitle: 'How the file writes numbers',
  numberStyleName: { vi: 'the Vietnamese style (1.234,5)', en: 'the English style (1,234.5)' },
  numberStyleOption: {
    vi: 'Vietnamese: 1.234,5 — a dot between thousands, a comma before decimals',
    en: 'English: 1,234.5 — a comma between thousands, a dot before decimals',
  },
  numberStyleChosen: (name: string) => `Numbers are read in ${name}, as you chose.`,
  numberStyleEvidence: (name: string, cell: string, text: string) =>
    `Numbers are read in ${name}: ${cell} holds “${text}”, which reads only that way.`,
  numberStyleNoEvidence: (separator: string, likelyVietnamese: boolean) =>
    `The file separates columns with ${separator} and holds numbers that read two ways, with no cell to say which is meant.${likelyVietnamese ? ' Vietnamese Excel separates columns with semicolons, so the Vietnamese style is likely, but not certain.' : ''} Choose how the file writes numbers; it cannot be imported until you do:`,
  numberStyleConflict: (viCell: string, viText: string, enCell: string, enText: string) =>
    `The file writes numbers two ways: ${viCell} “${viText}” is Vietnamese style, ${enCell} “${enText}” English style. Make the file consistent, or choose one style (cells written the other way are then reported):`,
  numberStyleZeroFraction:
    'Numbers such as “21,000” would read as a fraction (21) in the file’s style, though they may mean twenty-one thousand. Choose how the file writes numbers; it cannot be imported until you do:',
  numberBothReadings: (text: string, vi: string, en: string) =>
    `“${text}” is ${vi} in Vietnamese style, ${en} in English style`,
  numberMoreCells: (count: number) =>
    `and ${enCount(count)} more ${count === 1 ? 'cell' : 'cells'}`,
  separatorName: (separator: string) =>
    separator === ';' ? 'semicolons (;)' : separator === ',' ? 'commas (,)' : 'tabs',
  warningThousandfold: (path: string, before: string, after: string) =>
    `${path}: ${after} replaces the current ${before}, a thousand times or more apart. Check how the file writes numbers.`,
  encodingNote: (encoding: TextEncoding) => `The file was read as ${ENCODING_NAMES[encoding]}.`,
  titleRowsNote: (count: number) =>
    `${count === 1 ? 'A title row' : `${enCount(count)} title rows`} above the column names ${count === 1 ? 'was' : 'were'} left out.`,
  droppedMany: (count: number) =>
    `${enCount(count)} files were dropped at once; one is imported at a time.`,
  droppedOpened: (name: string) => `Opened “${name}”.`,
  droppedLeft: (names: string) => `Not imported: “${names}”; drop or choose each one after this.`,
  dateOrderTitle: 'How the file writes dates',
  dateOrderName: { dm: 'day first (dd/mm/yyyy)', md: 'month first (mm/dd/yyyy)' },
  dateOrderOption: {
    dm: 'Day first: 30/06/2026 is 30 June',
    md: 'Month first (US): 06/30/2026 is 30 June',
  },
  dateOrderChosen: (name: string) => `Dates are read ${name}, as you chose.`,
  dateOrderEvidence: (name: string, cell: string, text: string) =>
    `Dates are read ${name}: ${cell} holds “${text}”, which reads only that way.`,
  dateOrderNoEvidence: (likelyDayFirst: boolean) =>
    `The file holds dates that read two ways (05/06/2026 is 5 June or 6 May), with no cell to say which is meant.${likelyDayFirst ? ' The file writes numbers the Vietnamese way, so day first is likely, but not certain.' : ''} Choose how the file writes dates; it cannot be imported until you do:`,
  dateOrderConflict: (dmCell: string, dmText: string, mdCell: string, mdText: string) =>
    `The file writes dates two ways: ${dmCell} “${dmText}” puts the day first, ${mdCell} “${mdText}” the month. Make the file consistent, or choose one order (cells written the other way are then reported):`,
  dateBothReadings: (text: string, dm: string, md: string) =>
    `“${text}” is ${dm} day first, ${md} month first`,
  dateInWords: (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
  },
  importChoose: 'Choose a file',
  importChosen: (name: string) => `File read: “${name}” (choose it again to read it again).`,
  importReading: (name: string) => `Reading “${name}”…`,
  importStep: (step: number, total: number, stage: Stage) =>
    `Step ${step} of ${total}: ${EN_STAGES[stage]}…`,
  importRowsRead: (read: number, total: number, problems: number | null) =>
    `${enCount(read)} of ${enCount(total)} rows read; ${problems == null ? 'the figures are checked once all are read' : problems === 0 ? 'no problem found so far' : `${enCount(problems)} ${problems === 1 ? 'problem' : 'problems'} found so far`}.`,
  importBytesRead: (read: number, total: number, passes: 1 | 2) =>
    passes === 1
      ? `${enCount(megabytes(read))} of ${enCount(megabytes(total))} MB of the file read.`
      : `First pass: ${enCount(megabytes(read))} of ${enCount(megabytes(total))} MB read (how the file writes its numbers and dates; the second pass reads each row).`,
  importStop: 'Stop reading',
  importStopped: (name: string) =>
    `Stopped reading “${name}”. The data shown is unchanged; the file can be chosen again.`,
  importSaving: 'Saving the data in this browser…',
  importSavingEncoded: (done: number, total: number) =>
    `Saving the data in this browser: ${enCount(done)} of ${enCount(total)} figures prepared…`,
  importSavingStored: (total: number) =>
    `Writing ${enCount(total)} figures to this browser’s storage…`,
  importOpening: 'Saved. Showing the data…',
  importOpeningRead: (read: number, total: number) =>
    `Saved. Opening the saved data: ${enCount(read)} of ${enCount(total)} figures read…`,
  importOpeningPrepare: (total: number) =>
    `Saved. Building the dashboard from ${enCount(total)} figures…`,
  problemsShown: (shown: number, total: number) =>
    `Showing the first ${enCount(shown)} of ${enCount(total)} problems.`,
  downloadProblems: 'Download the whole list of problems (CSV)',
  problemsCsvHeaders: ['Place', 'Problem'],
  warningsShown: (shown: number, total: number) =>
    `Showing the first ${enCount(shown)} of ${enCount(total)} warnings.`,
  downloadWarnings: 'Download the whole list of warnings (CSV)',
  warningsCsvHeaders: ['Warning'],
  fileFigures: (figures: number) =>
    `The file holds ${enCount(figures)} ${figures === 1 ? 'figure' : 'figures'}.`,
  fileProblem: {
    tooLarge:
      'The workbook is larger than 128 MB, too large to import in a browser. Save the data as a CSV file (up to 1.5 GB can be imported), or split it by year or by unit and import the parts one after another (“Merge”), or import the dashboard’s Parquet file (much smaller).',
    streamedTooLarge:
      'The CSV or JSON file is larger than 1.5 GB, too large to import in a browser. Split it by year or by unit and import the parts one after another (“Merge”), or import the dashboard’s Parquet file (much smaller).',
    tooLargeOnPage:
      'The file is larger than 10 MB, too large to import in the single-file copy opened from disk. Import it on the dashboard’s website, or split it by year or by unit.',
    empty: 'The file is empty.',
    binary:
      'The file is not text this app can read (perhaps an image or a PDF). Choose an .xlsx workbook, or a .csv, .json or .parquet file.',
    unreadable: 'The file could not be read (it was moved, or is not a file). Choose it again.',
    currentUnreadable:
      'The data shown could not be read back from this browser to compare the file with (another tab may have just changed the data kept). Nothing was imported; reload the page and choose the file again.',
    unsupportedType:
      'Only .xlsx workbooks (recommended), .ods, .csv, .txt (Excel’s “Unicode Text”), .json and .parquet files (the dashboard’s Parquet files) can be imported.',
    oldExcel:
      'A .xls file is the Excel 97–2003 format, which cannot be read. In Excel, use Save As “Excel Workbook (.xlsx)” and import that file.',
    workbook:
      'This workbook cannot be read: it is damaged, password-protected, or not a real .xlsx/.ods. Open it in Excel and save it again as .xlsx.',
    unpackedTooLarge:
      'Unpacked, this workbook takes more than 200 MB, too much to read safely in a browser. Keep only the sheet to import and save it again.',
    notParquet:
      'The file is named .parquet but is not a Parquet file, or it is damaged. Download it again.',
    parquetNotDashboard: remoteWords.en.remoteProblem('notDashboard'),
    parquetOtherFormat: remoteWords.en.remoteProblem('otherFormat'),
    parquetMissingColumns: remoteWords.en.remoteProblem('missingColumns'),
    parquetDamaged:
      'The Parquet file is damaged: its figures do not match the checksums written with them (damaged when copied or downloaded, or changed after it was written). None of its figures is used. Download the file again.',
    tooManyFigures: `A browser can import up to ${enCount(MAX_IMPORT_FIGURES)} figures at a time. Split it by city or by year; or put the file on a web server and open it from its address (Import data → Or open data from a web address), one unit at a time.`,
    tooManyFiguresOnPage: `The single-file copy opened from disk can import up to ${enCount(MAX_PAGE_IMPORT_FIGURES)} figures at a time. Import it on the dashboard’s website.`,
  },
  importErrors: (count: number) =>
    `The file has ${enCount(count)} ${count === 1 ? 'problem' : 'problems'}, so it cannot be imported. The data shown is unchanged:`,
  importWarnings: (count: number) =>
    `${enCount(count)} ${count === 1 ? 'warning' : 'warnings'}, which can be accepted after a look:`,
  importAcceptWarnings: 'I have read the warnings and want to import anyway',
  warningShare: (path: string, stated: string, computed: string) =>
    `${path}: the stated share ${stated} differs from the computed ${computed}.`,
  warningPeriods: (metric: string, months: string) =>
    `Metric “${metric}”: the periods compared differ in length (${months} months).`,
  importMode: 'How to import',
  importMerge: 'Merge into the current data',
  importReplace: 'Replace all the current data',
  importCounts: (added: number, changed: number, unchanged: number, removed: number) =>
    `Adds ${enCount(added)} figures, changes ${enCount(changed)}, leaves ${enCount(unchanged)} as they are` +
    (removed > 0
      ? `, and removes ${enCount(removed)} current figures that the file does not hold.`
      : '.'),
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
  importSaveFailed:
    'The data could not be kept in this browser (its storage is full or unavailable). The data shown and the data kept before are unchanged. So that nothing of this import is lost, download it:',
  importSaveFailedDownload: 'Download the unsaved data (JSON)',
  importKeptNotShown:
    'The imported data is kept in this browser, but the page could not read it back to show it. Reload the page to see it.',
  importReload: 'Reload the page',
  importChangedElsewhere:
    'While you read the report, another tab of this browser replaced the kept data. The report below has been worked out again on the new data; look at it again before applying.',
  importChangedSeen: 'I have looked at the report again',
};

/** The import dialog's words, with those that name the validator's problems. */
export const importWords = joinWords(problemWords, { vi, en });
