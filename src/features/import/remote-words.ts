import type { RemoteProblem } from '../../data/remote-protocol';
import type { Words } from '../../i18n/words';

/** The words of a dataset opened from a web address: its progress, its banner, its failures. */
export const remoteWords: Words<{
  remoteReadingFrom: (where: string) => string;
  remoteAddress: (address: string) => string;
  remoteReadingFooter: string;
  remoteRowsRead: (read: string, total: string) => string;
  remoteChecking: (total: string) => string;
  remoteFetched: (bytes: string, total: string, requests: string) => string;
  remoteBanner: (where: string, when: string) => string;
  remoteBannerRead: (rows: string, bytes: string, requests: string) => string;
  remoteNotKept: string;
  /** A file of more figures than a page holds, opened at one district: that district's alone. */
  remoteOnly: (figures: string, unit: string) => string;
  remoteChooseUnit: string;
  remoteUnitLabel: string;
  remoteOpenUnit: string;
  remoteBack: string;
  remoteErrorTitle: string;
  /** `figures` and `max` written in the reader's number style. */
  remoteProblem: (
    problem: RemoteProblem,
    detail?: { status?: number | undefined; figures?: string; max?: string; choose?: boolean },
  ) => string;
}> = {
  vi: {
    remoteReadingFrom: (where) => `Đang mở dữ liệu từ ${where}`,
    remoteAddress: (address) => `Địa chỉ dữ liệu: ${address}`,
    remoteReadingFooter: 'Đang đọc phần mô tả của tệp…',
    remoteRowsRead: (read, total) => `Đã đọc ${read} / ${total} số liệu`,
    remoteChecking: (total) => `Đã đọc đủ ${total} số liệu; đang kiểm tra từng số liệu…`,
    remoteFetched: (bytes, total, requests) =>
      `Đã tải ${bytes} của tệp ${total}, qua ${requests} lần đọc.`,
    remoteBanner: (where, when) => `Đang xem dữ liệu mở từ ${where}, đọc lúc ${when}.`,
    remoteBannerRead: (rows, bytes, requests) =>
      `${rows} số liệu; đã tải ${bytes} qua ${requests} lần đọc.`,
    remoteNotKept:
      'Dữ liệu này không lưu trong trình duyệt; dữ liệu đã nhập trước đó vẫn giữ nguyên.',
    remoteOnly: (figures, unit) =>
      `Tệp có ${figures} số liệu, nhiều hơn một trang mở được trong trình duyệt: chỉ số liệu của ${unit} được đọc. Chọn đơn vị khác để đọc số liệu của đơn vị đó.`,
    remoteChooseUnit: 'Chọn một đơn vị để chỉ đọc số liệu của đơn vị đó.',
    remoteUnitLabel: 'Đơn vị',
    remoteOpenUnit: 'Xem đơn vị này',
    remoteBack: 'Quay về dữ liệu của trang',
    remoteErrorTitle: 'Không mở được dữ liệu từ địa chỉ này',
    remoteProblem: (problem, { status, figures, max, choose } = {}) => {
      switch (problem) {
        case 'badAddress':
          return 'Địa chỉ dữ liệu trong đường dẫn của trang không phải địa chỉ web (https://…), hoặc có tên đăng nhập và mật khẩu trong đó.';
        case 'insecure':
          return 'Trang này mở qua https nên trình duyệt không cho đọc tệp ở địa chỉ http://. Hãy dùng địa chỉ https:// của tệp.';
        case 'tooLarge':
          return `Tệp có ${figures ?? ''} số liệu, nhiều hơn ${max ?? ''} số liệu một trang mở được trong trình duyệt.${choose ? '' : ' Hãy chia tệp (theo thành phố hoặc theo năm) rồi mở từng tệp.'}`;
        case 'unreachable':
          return 'Không kết nối được tới máy chủ, hoặc máy chủ không cho trang này đọc tệp (cần cho phép CORS). Kiểm tra địa chỉ và mạng, rồi thử lại.';
        case 'status':
          return status === 404
            ? 'Máy chủ báo không có tệp ở địa chỉ này (lỗi 404). Kiểm tra lại địa chỉ.'
            : status === 401 || status === 403
              ? `Máy chủ không cho đọc tệp này (lỗi ${status}). Địa chỉ có thể đã hết hạn hoặc cần quyền truy cập.`
              : `Máy chủ trả lời lỗi ${status ?? ''}. Thử lại sau.`;
        case 'notParquet':
          return 'Tệp ở địa chỉ này không phải tệp Parquet, hoặc tệp đã hỏng.';
        case 'damaged':
          return 'Tệp ở địa chỉ này đã hỏng: số liệu trong tệp không khớp với mã kiểm tra ghi cùng tệp (hỏng khi tải lên hoặc bị sửa sau khi ghi). Không số liệu nào của tệp được dùng. Hãy báo cho nơi đăng tệp.';
        case 'notDashboard':
          return 'Tệp Parquet này không phải dữ liệu của trang (không có phần mô tả chỉ tiêu, đơn vị và nguồn). Hãy dùng tệp tải từ trang: Nhập dữ liệu → Tải dữ liệu đang xem dạng Parquet.';
        case 'otherFormat':
          return 'Tệp được ghi theo định dạng khác với định dạng bản này đọc được. Hãy tải lại trang; nếu vẫn vậy, ghi lại tệp bằng bản hiện tại.';
        case 'missingColumns':
          return 'Tệp thiếu cột số liệu mà trang cần. Hãy ghi lại tệp bằng trang: Nhập dữ liệu → Tải dữ liệu đang xem dạng Parquet.';
        case 'unsupported':
          return 'Bản một tệp (mở từ máy) không mở được dữ liệu từ địa chỉ web. Hãy dùng bản trên web.';
        default:
          return 'Có lỗi khi đọc tệp. Thử lại; nếu vẫn vậy, báo cho người quản lý trang.';
      }
    },
  },
  en: {
    remoteReadingFrom: (where) => `Opening data from ${where}`,
    remoteAddress: (address) => `Data address: ${address}`,
    remoteReadingFooter: 'Reading the file’s description…',
    remoteRowsRead: (read, total) => `${read} of ${total} figures read`,
    remoteChecking: (total) => `All ${total} figures read; checking each one…`,
    remoteFetched: (bytes, total, requests) =>
      `${bytes} of the ${total} file fetched, in ${requests} requests.`,
    remoteBanner: (where, when) => `Showing data opened from ${where}, read at ${when}.`,
    remoteBannerRead: (rows, bytes, requests) =>
      `${rows} figures; ${bytes} fetched in ${requests} requests.`,
    remoteNotKept: 'This data is not kept in the browser; data imported before is kept as it was.',
    remoteOnly: (figures, unit) =>
      `The file holds ${figures} figures, more than a page can open in the browser: only ${unit}’s figures were read. Choose another unit to read its figures.`,
    remoteChooseUnit: 'Choose a unit to read its figures alone.',
    remoteUnitLabel: 'Unit',
    remoteOpenUnit: 'Show this unit',
    remoteBack: 'Back to this site’s data',
    remoteErrorTitle: 'The data could not be opened from this address',
    remoteProblem: (problem, { status, figures, max, choose } = {}) => {
      switch (problem) {
        case 'badAddress':
          return 'The data address in the page’s address is not a web address (https://…), or has a user name and password in it.';
        case 'insecure':
          return 'This page is served over https, so the browser does not let it read a file at an http:// address. Use the file’s https:// address.';
        case 'tooLarge':
          return `The file holds ${figures ?? ''} figures, more than the ${max ?? ''} a page can open in the browser.${choose ? '' : ' Split the file (by city or by year) and open each.'}`;
        case 'unreachable':
          return 'The server could not be reached, or it does not let this site read the file (CORS must allow it). Check the address and the network, then try again.';
        case 'status':
          return status === 404
            ? 'The server has no file at this address (error 404). Check the address.'
            : status === 401 || status === 403
              ? `The server does not allow this file to be read (error ${status}). The address may have expired or need access.`
              : `The server answered with error ${status ?? ''}. Try again later.`;
        case 'notParquet':
          return 'The file at this address is not a Parquet file, or it is damaged.';
        case 'damaged':
          return 'The file at this address is damaged: its figures do not match the checksums written with them (damaged when uploaded, or changed after it was written). None of its figures is used. Tell whoever published it.';
        case 'notDashboard':
          return 'This Parquet file is not this site’s data (it has no description of indicators, units and sources). Use a file downloaded from the site: Import data → Download the data shown as Parquet.';
        case 'otherFormat':
          return 'The file is written in another format than this version reads. Reload the page; if that does not help, write the file again with this version.';
        case 'missingColumns':
          return 'The file lacks columns the site needs. Write it again from the site: Import data → Download the data shown as Parquet.';
        case 'unsupported':
          return 'The single-file version (opened from disk) cannot open data from a web address. Use the web version.';
        default:
          return 'Something went wrong reading the file. Try again; if it happens again, tell the site’s administrator.';
      }
    },
  },
};
