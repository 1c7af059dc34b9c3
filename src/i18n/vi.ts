import type { Status } from '../domain/status';
import type { StatedShare } from '../domain/schema';

/** Vietnamese, the reference language: English (en.ts) must give every key here. */
export const vi = {
  appName: 'Theo dõi chỉ tiêu phát triển quận',
  tagline: 'Kết quả thực hiện so với chỉ tiêu, theo bài viết của các Đảng bộ quận',
  asOf: (date: string) => `Số liệu đến ngày ${date}`,
  skipToContent: 'Chuyển đến nội dung chính',
  languageLabel: 'Ngôn ngữ',
  languageVi: 'Tiếng Việt',
  languageEn: 'English',
  /** The language numbers are written in, a Lang: 12.455,236 and 63,90% (domain/format.ts). */
  numberLang: 'vi' as 'vi' | 'en',

  filtersHeading: 'Bộ lọc',
  filterYear: 'Năm',
  filterTopic: 'Lĩnh vực',
  filterUnit: 'Đơn vị',
  allYears: 'Tất cả các năm',
  allTopics: 'Tất cả lĩnh vực',
  allUnits: 'Tất cả đơn vị',
  clearFilters: 'Xóa bộ lọc',

  kpiHeading: 'Số liệu chính',
  kpisShown: (shown: string, total: string) => `Đang hiện ${shown} trong ${total} số liệu chính.`,
  kpisMore: (count: string) => `Hiện thêm ${count}`,
  kpisAll: (total: string) => `Hiện tất cả ${total}`,
  chartsHeading: 'Biểu đồ',
  status: {
    exceeded: 'Vượt',
    met: 'Đạt',
    'not-met': 'Chưa đạt',
    ahead: 'Vượt tiến độ',
    'on-pace': 'Đúng tiến độ',
    behind: 'Chậm tiến độ',
    'pace-unknown': 'Chưa đánh giá được tiến độ',
    'share-of-total': 'Tỷ lệ trên tổng số',
    'no-target': 'Chưa có chỉ tiêu',
    'no-data': 'Chưa có số liệu',
  } satisfies Record<Status, string>,
  reasonComplete: (share: string, target: string) => `Đạt ${share} ${target}.`,
  reasonPace: (share: string, target: string, elapsed: string) =>
    `Đạt ${share} ${target}, so với tiến độ thời gian ${elapsed}.`,
  elapsedMonths: (months: number, ofMonths: number) => `${months}/${ofMonths} tháng`,
  evenPace: 'Giả định tiến độ đều theo thời gian.',
  reasonPaceUnknown: (share: string, target: string) =>
    `Đạt ${share} ${target}; dữ liệu không có ngày bắt đầu của kỳ chỉ tiêu, nên chưa đánh giá được tiến độ.`,
  reasonShareOfTotal: (share: string, total: string) =>
    `${share} ${total}: tỷ lệ trên tổng số, không phải chỉ tiêu.`,
  reasonNoTarget: 'Bài viết không nêu chỉ tiêu.',
  reasonNoData: 'Bài viết không nêu số liệu.',
  elapsedMark: (elapsed: string) => `Tiến độ thời gian ${elapsed}`,

  summaryHeading: 'Tóm tắt',
  summaryCopy: 'Sao chép tóm tắt',
  summaryCopied: 'Đã sao chép tóm tắt. Có thể dán vào báo cáo Word.',
  summaryCopyFailed: 'Trình duyệt không cho phép sao chép. Hãy chọn đoạn tóm tắt rồi nhấn Ctrl+C.',
  summaryMore: (count: string) => `Còn ${count} số liệu khác trong các thẻ bên dưới.`,
  summarySubject: (metric: string, unit: string, period: string) =>
    `${metric} (${unit}, ${period})`,
  summaryAmount: (subject: string, value: string) => `${subject} đạt ${value}`,
  summaryCount: (subject: string, value: string, total: string, unit: string) =>
    `${subject}: ${value}/${total} ${unit}`,
  summaryTally: (subject: string, value: string) => `${subject}: ${value}`,
  summaryNoData: (subject: string) => `${subject}: bài viết không nêu số liệu`,
  summaryEstimated: 'ước tính',
  summaryShare: (share: string, target: string) => `bằng ${share} ${target}`,
  summaryStatedDisagrees: (stated: string) =>
    `bài viết ghi ${stated}, không khớp với tỷ lệ tính được`,
  summaryPace: {
    ahead: (elapsed: string) => `cao hơn tiến độ thời gian (${elapsed})`,
    'on-pace': (elapsed: string) => `sát tiến độ thời gian (${elapsed})`,
    behind: (elapsed: string) => `thấp hơn tiến độ thời gian (${elapsed})`,
  },
  summaryComplete: {
    exceeded: 'vượt chỉ tiêu',
    met: 'đạt chỉ tiêu',
    'not-met': 'chưa đạt chỉ tiêu',
  },
  summaryPaceUnknown: 'chưa đánh giá được tiến độ vì dữ liệu không có ngày bắt đầu của kỳ chỉ tiêu',
  summaryGrowth: {
    up: (growth: string, period: string) => `tăng ${growth} so với cùng kỳ (${period})`,
    down: (growth: string, period: string) => `giảm ${growth} so với cùng kỳ (${period})`,
    flat: (_growth: string, period: string) => `bằng cùng kỳ (${period})`,
  },
  statusLabel: 'Đánh giá',
  noData: 'chưa có số liệu',
  notStated: 'không nêu',
  ofTarget: (target: string, name: string) => `/ ${target} (${name.toLocaleLowerCase('vi')})`,
  reachedShare: 'Tỷ lệ đạt',
  computedShare: 'Tỷ lệ tính được',
  statedShare: 'Bài viết ghi',
  shareQualifier: {
    exact: '',
    'more-than': 'hơn ',
    'less-than': 'dưới ',
    about: 'khoảng ',
  } satisfies Record<StatedShare['qualifier'], string>,
  shareDisagrees: 'Không khớp với tỷ lệ tính được',
  shareAgrees: 'Khớp với tỷ lệ tính được',
  shareFromArticle: 'theo bài viết; dự toán suy ra từ tỷ lệ này',
  derivedBadge: 'ước tính',
  derivedExplain: (formula: string) => `Giá trị suy ra, không có trong bài viết: ${formula}`,
  periodLengthWarning: (list: string) =>
    `Các kỳ được so sánh có độ dài khác nhau (${list}). Không nên so sánh trực tiếp số tuyệt đối.`,
  months: (count: number) => `${count} tháng`,
  growthStated: 'Tăng so với cùng kỳ (bài viết)',
  growthComputed: 'Tăng so với cùng kỳ (tính được)',
  comparedTo: 'Kỳ so sánh',

  legendActual: 'Thực hiện',
  legendTarget: 'Chỉ tiêu / tổng số (viền đậm)',
  legendDerived: 'Giá trị suy ra (sọc chéo)',
  legendRemaining: 'Phần chưa đạt',

  showTable: 'Xem bảng số liệu',
  colValue: 'Giá trị',
  colSource: 'Nguồn',
  colTotal: 'Tổng số',
  colRemaining: 'Chưa đạt',
  unitColumn: (unit: string) => `(${unit})`,
  sourceLine: 'Nguồn',
  unitLine: 'Đơn vị tính',
  kpiPending: (title: string) => `${title}: số liệu đang được vẽ, hoặc hiện ra khi cuộn tới.`,
  figurePending: 'Biểu đồ, chú giải và bảng số liệu đang được vẽ, hoặc hiện ra khi cuộn tới.',
  figureCodeFailed:
    'Không tải được phần vẽ biểu đồ (mất kết nối, hoặc ứng dụng vừa được cập nhật). Số liệu không bị mất: hãy tải lại trang.',
  sectionsCodeFailed:
    'Không tải được phần ghi chú và danh sách nguồn (mất kết nối, hoặc ứng dụng vừa được cập nhật). Số liệu không bị mất: hãy tải lại trang.',
  figureNoData: 'Chưa có số liệu cho lựa chọn này.',
  missingTarget: (name: string, where: string) => `${name}: chưa có số liệu cho ${where}.`,
  breakdownOf: (unit: string, period: string) => `${unit}, ${period}`,
  breakdownTotal: (sum: string, stated: string) =>
    `Tổng theo lĩnh vực: ${sum}; bài viết nêu tổng số ${stated}.`,
  breakdownSubset: (total: string, unit: string) =>
    `Bộ lọc lĩnh vực đang bật: chỉ hiện một phần trong tổng số ${total} ${unit}.`,
  breakdownTotalMismatch: 'Tổng theo lĩnh vực không khớp với tổng số bài viết nêu.',
  chartAlt: (title: string) => `Biểu đồ: ${title}. Số liệu chi tiết có trong bảng bên dưới.`,

  exportButton: 'Xuất',
  exportView: 'Xuất cả trang',
  exportHeading: (title: string) => `Xuất biểu đồ “${title}”`,
  exportWorking: 'Đang tạo tệp…',
  exportFailed: 'Không tạo được tệp. Hãy thử lại.',
  exportCodeFailed:
    'Không tải được phần xuất tệp (mất kết nối, hoặc ứng dụng vừa được cập nhật). Số liệu không bị mất: hãy tải lại trang.',
  present: 'Trình chiếu',
  autoAdvance: 'Tự chuyển trang',
  autoOff: 'Không tự chuyển',
  autoEvery: (seconds: number) => `Mỗi ${seconds} giây`,
  importButton: 'Nhập dữ liệu',
  downloadDataCsv: 'Tải dữ liệu (CSV)',
  downloadDataXlsx: 'Tải dữ liệu (Excel)',
  importDropHere: 'Thả tệp vào đây để nhập',
  importedBanner: (file: string, when: string) =>
    `Đang hiển thị dữ liệu nhập từ tệp “${file}” lúc ${when}.`,
  restoreBundled: 'Khôi phục dữ liệu gốc',
  restoreFailed:
    'Không tải được dữ liệu gốc (mất kết nối?). Dữ liệu đã nhập vẫn được giữ; hãy thử lại.',
  restoreConfirm: 'Khôi phục dữ liệu gốc? Dữ liệu đã nhập sẽ bị xóa khỏi trình duyệt này.',
  changedElsewhere:
    'Dữ liệu vừa được thay ở một thẻ khác của trình duyệt này; trang đang hiển thị dữ liệu mới nhất.',
  storedUnreadable:
    'Dữ liệu đã lưu trong trình duyệt này bị hỏng hoặc không đọc được, nên trang đang hiển thị dữ liệu gốc.',
  downloadData: 'Tải dữ liệu (JSON)',

  inferredBadge: 'suy ra',
  inferredTitle: 'Tên đơn vị được suy ra',

  emptyTitle: 'Không có số liệu cho lựa chọn này',
  emptyBody: 'Các bài viết không có số liệu nào khớp với bộ lọc đang chọn.',

  loading: 'Đang tải dữ liệu…',
  loadErrorTitle: 'Không tải được dữ liệu',
  loadErrorBody: 'Không đọc được tệp dữ liệu. Kiểm tra kết nối hoặc tệp trên máy chủ, rồi thử lại.',
  retry: 'Thử lại',
  invalidTitle: 'Tệp dữ liệu không hợp lệ',
  tableCodeFailed:
    'Không tải được phần bảng số liệu (mất kết nối, hoặc ứng dụng vừa được cập nhật). Số liệu không bị mất: hãy tải lại trang.',
  invalidListFailed:
    'Không tải được danh sách lỗi của tệp (mất kết nối, hoặc ứng dụng vừa được cập nhật). Hãy tải lại trang.',
  crashTitle: 'Đã có lỗi khi hiển thị trang',
  crashBody: 'Số liệu không bị mất. Hãy tải lại trang; nếu lỗi lặp lại, báo cho bộ phận kỹ thuật.',
  reload: 'Tải lại trang',
};
