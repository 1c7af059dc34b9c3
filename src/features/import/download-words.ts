import { formatNumber } from '../../domain/format';
import type { Words } from '../../i18n/words';

/** What a download of the data shown says while it is written, and when it cannot be. */
export type DownloadFormat = 'json' | 'csv' | 'xlsx';

const viCount = (count: number) => formatNumber(count, 'vi', '0', 0);
const enCount = (count: number) => formatNumber(count, 'en', '0', 0);
/** Megabytes (of 1,048,576 bytes): "1.059" (vi), "1,059" (en); to a tenth under ten. */
const mb = (bytes: number, lang: 'vi' | 'en') =>
  formatNumber(bytes / 2 ** 20, lang, '0', bytes < 10 * 2 ** 20 ? 1 : 0);

const FORMAT_NAMES: Record<DownloadFormat, string> = { json: 'JSON', csv: 'CSV', xlsx: 'Excel' };

/**
 * The most figures the data's workbook is written for. Excel holds a million rows a sheet, but
 * the writer (write-excel-file) takes some 12 s and much memory for each 100,000; a city's data
 * is downloaded as CSV (which Excel opens) or Parquet.
 */
export const MAX_WORKBOOK_FIGURES = 100_000;

export const downloadWords: Words<{
  /** Said once, as the writing starts (a screen reader hears it); the count is shown beside. */
  downloadStarted: (format: DownloadFormat, total: number) => string;
  downloadWriting: (format: DownloadFormat, written: number, total: number) => string;
  downloadReadingBack: (read: number, total: number) => string;
  downloadTooManyRows: (figures: number) => string;
  downloadFailed: (format: DownloadFormat) => string;
  downloadTooLarge: (format: DownloadFormat, bytes: number) => string;
  /** Offered with it, where the browser lets a page write a file the reader chooses. */
  downloadToFile: string;
  downloadSaved: (format: DownloadFormat, name: string) => string;
  /** The file the reader chose could not be opened or written; the dialog is offered again. */
  downloadFileNotWritten: (format: DownloadFormat, name: string) => string;
  downloadNotReadBack: (format: DownloadFormat) => string;
  downloadClose: string;
}> = {
  vi: {
    downloadStarted: (format, total) =>
      `Đang ghi tệp ${FORMAT_NAMES[format]} có ${viCount(total)} số liệu…`,
    downloadWriting: (format, written, total) =>
      `Đang ghi tệp ${FORMAT_NAMES[format]}: ${viCount(written)} / ${viCount(total)} số liệu…`,
    downloadReadingBack: (read, total) =>
      `Đang đọc lại dữ liệu đã lưu trong trình duyệt để ghi tệp: ${viCount(read)} / ${viCount(total)} số liệu…`,
    downloadTooManyRows: (figures) =>
      `Không ghi tệp Excel cho ${viCount(figures)} số liệu: trang này chỉ ghi bảng tính tới ${viCount(MAX_WORKBOOK_FIGURES)} số liệu (lớn hơn thì mất nhiều phút và rất nhiều bộ nhớ). Hãy tải dạng CSV (Excel mở được) hoặc Parquet (Nhập dữ liệu → Tải dữ liệu đang xem dạng Parquet).`,
    downloadFailed: (format) =>
      `Không ghi được tệp ${FORMAT_NAMES[format]} trong trình duyệt này (có thể không đủ bộ nhớ). Dữ liệu đang hiển thị không thay đổi; hãy thử dạng Parquet, nhỏ hơn nhiều (Nhập dữ liệu → Tải dữ liệu đang xem dạng Parquet).`,
    downloadTooLarge: (format, bytes) =>
      `Tệp ${FORMAT_NAMES[format]} (${mb(bytes, 'vi')} MB) lớn hơn mức trình duyệt này giữ được để tải xuống, nên chưa tải được. Dữ liệu đang hiển thị không thay đổi; hãy tải dạng Parquet, nhỏ hơn nhiều (Nhập dữ liệu → Tải dữ liệu đang xem dạng Parquet).`,
    downloadToFile: 'Ghi thẳng vào một tệp bạn chọn…',
    downloadSaved: (format, name) => `Đã ghi xong tệp ${FORMAT_NAMES[format]} “${name}”.`,
    downloadFileNotWritten: (format, name) =>
      `Không ghi được tệp ${FORMAT_NAMES[format]} vào “${name}”: trình duyệt hoặc máy không cho ghi vào tệp đó, hoặc ổ đĩa đã đầy. Phần đã ghi được bỏ đi; dữ liệu đang hiển thị không thay đổi. Hãy chọn một tệp ở chỗ khác rồi thử lại.`,
    downloadNotReadBack: (format) =>
      `Không ghi được tệp ${FORMAT_NAMES[format]}: không đọc lại được dữ liệu đã lưu trong trình duyệt (có thể một thẻ khác vừa thay đổi dữ liệu đã lưu). Hãy tải lại trang rồi thử lại.`,
    downloadClose: 'Đóng',
  },
  en: {
    downloadStarted: (format, total) =>
      `Writing the ${FORMAT_NAMES[format]} file of ${enCount(total)} figures…`,
    downloadWriting: (format, written, total) =>
      `Writing the ${FORMAT_NAMES[format]} file: ${enCount(written)} of ${enCount(total)} figures…`,
    downloadReadingBack: (read, total) =>
      `Reading the data kept in this browser back to write the file: ${enCount(read)} of ${enCount(total)} figures…`,
    downloadTooManyRows: (figures) =>
      `No Excel file is written for ${enCount(figures)} figures: this page writes a workbook of up to ${enCount(MAX_WORKBOOK_FIGURES)} (a larger one takes minutes and a great deal of memory). Download it as CSV (which Excel opens) or Parquet (Import data → Download the data shown as Parquet) instead.`,
    downloadFailed: (format) =>
      `The ${FORMAT_NAMES[format]} file could not be written in this browser (it may lack memory). The data shown is unchanged; try Parquet, which is much smaller (Import data → Download the data shown as Parquet).`,
    downloadTooLarge: (format, bytes) =>
      `The ${FORMAT_NAMES[format]} file (${mb(bytes, 'en')} MB) is larger than this browser keeps for a download, so it was not downloaded. The data shown is unchanged; download it as Parquet, which is much smaller (Import data → Download the data shown as Parquet), instead.`,
    downloadToFile: 'Write it straight to a file you choose…',
    downloadSaved: (format, name) => `The ${FORMAT_NAMES[format]} file “${name}” is written.`,
    downloadFileNotWritten: (format, name) =>
      `The ${FORMAT_NAMES[format]} file could not be written to “${name}”: the browser or the computer does not let it be written there, or the disk is full. What was written of it is dropped; the data shown is unchanged. Choose a file somewhere else and try again.`,
    downloadNotReadBack: (format) =>
      `The ${FORMAT_NAMES[format]} file could not be written: the data kept in this browser could not be read back (another tab may have just changed it). Reload the page and try again.`,
    downloadClose: 'Close',
  },
};
