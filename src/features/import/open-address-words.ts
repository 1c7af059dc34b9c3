import { formatNumber } from '../../domain/format';
import type { Words } from '../../i18n/words';

/** The import dialog's words for data opened from a web address, and for the file to put there. */
export const openAddressWords: Words<{
  openTitle: string;
  openHint: string;
  openLabel: string;
  openButton: string;
  openBadAddress: string;
  openInsecure: string;
  downloadParquet: string;
  parquetStarted: (total: number) => string;
  parquetWriting: (written: number, total: number) => string;
  parquetReadingBack: (read: number, total: number) => string;
  parquetFailed: string;
  parquetNotReadBack: string;
  openNotHere: string;
}> = {
  vi: {
    openTitle: 'Hoặc mở dữ liệu từ địa chỉ web',
    openHint:
      'Một tệp Parquet của trang này (nút dưới đây) đặt trên máy chủ web hoặc kho lưu trữ cho phép trang đọc tệp. Trang đọc tệp từng phần (mô tả trước, rồi từng nhóm dòng), không lưu dữ liệu vào trình duyệt; địa chỉ nằm trong đường dẫn của trang để gửi cho người khác.',
    openLabel: 'Địa chỉ tệp',
    openButton: 'Mở',
    downloadParquet: 'Tải dữ liệu đang xem dạng Parquet',
    parquetStarted: (total) =>
      `Đang ghi tệp Parquet có ${formatNumber(total, 'vi', '0', 0)} số liệu…`,
    parquetWriting: (written, total) =>
      `Đang ghi tệp Parquet: ${formatNumber(written, 'vi', '0', 0)} / ${formatNumber(total, 'vi', '0', 0)} số liệu…`,
    parquetReadingBack: (read, total) =>
      `Đang đọc lại dữ liệu đã lưu trong trình duyệt để ghi tệp Parquet: ${formatNumber(read, 'vi', '0', 0)} / ${formatNumber(total, 'vi', '0', 0)} số liệu…`,
    parquetFailed:
      'Không ghi được tệp Parquet trong trình duyệt này (có thể không đủ bộ nhớ). Dữ liệu đang hiển thị không thay đổi.',
    parquetNotReadBack:
      'Không ghi được tệp Parquet: không đọc lại được dữ liệu đã lưu trong trình duyệt (có thể một thẻ khác vừa thay đổi dữ liệu đã lưu). Hãy tải lại trang rồi thử lại.',
    openNotHere:
      'Bản một tệp (mở từ máy) không mở được dữ liệu từ địa chỉ web; hãy dùng bản trên web. Vẫn có thể tải tệp Parquet để đặt lên máy chủ.',
    openInsecure:
      'Trang này mở qua https nên không đọc được tệp ở địa chỉ http://; hãy dùng địa chỉ https:// của tệp.',
    openBadAddress:
      'Địa chỉ cần bắt đầu bằng https:// (hoặc http://), ví dụ https://so-lieu.example.vn/ha-noi.parquet.',
  },
  en: {
    openTitle: 'Or open data from a web address',
    openHint:
      'A Parquet file of this site’s (the button below) on a web server or object store that lets this site read it. The file is read in parts (its description first, then its row groups), and nothing is kept in the browser; the address goes in the page’s own, to send to others.',
    openLabel: 'File address',
    openButton: 'Open',
    downloadParquet: 'Download the data shown as Parquet',
    parquetStarted: (total) =>
      `Writing the Parquet file of ${formatNumber(total, 'en', '0', 0)} figures…`,
    parquetWriting: (written, total) =>
      `Writing the Parquet file: ${formatNumber(written, 'en', '0', 0)} of ${formatNumber(total, 'en', '0', 0)} figures…`,
    parquetReadingBack: (read, total) =>
      `Reading the data kept in this browser back to write the Parquet file: ${formatNumber(read, 'en', '0', 0)} of ${formatNumber(total, 'en', '0', 0)} figures…`,
    parquetFailed:
      'The Parquet file could not be written in this browser (it may lack memory). The data shown is unchanged.',
    parquetNotReadBack:
      'The Parquet file could not be written: the data kept in this browser could not be read back (another tab may have just changed it). Reload the page and try again.',
    openNotHere:
      'The single-file version (opened from disk) cannot open data from a web address; use the web version. The Parquet file can still be downloaded, to put on a server.',
    openInsecure:
      'This page is served over https, so it cannot read a file at an http:// address; use the file’s https:// address.',
    openBadAddress:
      'The address must start with https:// (or http://), for example https://data.example.org/ha-noi.parquet.',
  },
};
