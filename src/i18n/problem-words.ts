import type { ProblemCode } from '../domain/validate';
import type { Words } from './words';

const vi = {
  invalidIntro: (count: number) =>
    `Tệp dữ liệu có ${count} lỗi. Bảng theo dõi chưa hiển thị để không đưa ra số liệu sai. Hãy sửa các lỗi sau (xem docs/dataset.md):`,
  wholeFile: 'Toàn bộ tệp',
  problem: {
    invalidJson: 'Tệp không phải JSON hợp lệ',
    notAnObject: 'Tệp phải là một đối tượng JSON { … }',
    required: 'Thiếu trường bắt buộc',
    type: 'Sai kiểu dữ liệu',
    number: 'Phải là một số',
    integer: 'Phải là số nguyên',
    negative: 'Không được là số âm',
    growth: 'Mức tăng không được nhỏ hơn −100%',
    year: 'Năm không hợp lệ',
    id: 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang',
    empty: 'Không được để trống',
    maxLength: 'Quá dài',
    emptyList: 'Danh sách không được rỗng',
    isoDate: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật',
    partialDate: 'Ngày phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD',
    picklist: 'Giá trị không nằm trong danh sách cho phép',
    schemaVersion: 'Phiên bản định dạng không được hỗ trợ',
    newerFormat:
      'Tệp được tạo bằng một phiên bản mới hơn của ứng dụng (định dạng số trong ngoặc); hãy mở bằng bản ứng dụng mới hơn',
    unknownRef: 'Tham chiếu tới mã không tồn tại',
    duplicateId: 'Mã bị trùng',
    duplicateObservation: 'Số liệu bị trùng (cùng đơn vị, chỉ số, kỳ)',
    countAboveTotal: 'Số lượng lớn hơn tổng số',
    shareOutOfRange: 'Tỷ lệ phải nằm trong khoảng 0–100%',
    unknownColumn: 'Cột không có trong mẫu (kiểm tra chính tả tên cột)',
    duplicateColumn: 'Cột này xuất hiện hai lần; hãy giữ một cột',
    duplicateKey:
      'Khóa này có hai lần trong cùng một đối tượng, nên không rõ giá trị nào đúng; hãy giữ một',
    extraCells: 'Dòng có ô có dữ liệu nằm ngoài các cột có tên ở dòng tiêu đề',
    mergedNumber:
      'Một số nằm trong ô gộp của nhiều dòng, nên không rõ nó thuộc dòng nào; hãy bỏ gộp và ghi số cho từng dòng',
    unclosedQuote: 'Dấu ngoặc kép mở ở đây không được đóng; các dòng sau nó không đọc được',
    conflictingDefinition: 'Khác với định nghĩa đã có của mã này',
    endBeforeStart: 'Ngày kết thúc trước ngày bắt đầu',
    targetOnTally: 'Chỉ số dạng đếm (tally) không được có chỉ tiêu',
    invalid: 'Giá trị không hợp lệ',
  } satisfies Record<ProblemCode, string>,
  problemDetail: (detail: string) => `(${detail})`,
};

const en: typeof vi = {
  invalidIntro: (count: number) =>
    `The data file has ${count} ${count === 1 ? 'problem' : 'problems'}. The dashboard is not shown, so that no wrong figure is. Fix the following (see docs/dataset.md):`,
  wholeFile: 'The whole file',
  problem: {
    invalidJson: 'The file is not valid JSON',
    notAnObject: 'The file must be a JSON object { … }',
    required: 'Required field missing',
    type: 'Wrong type',
    number: 'Must be a number',
    integer: 'Must be a whole number',
    negative: 'Must not be negative',
    growth: 'Growth cannot be below −100%',
    year: 'Not a valid year',
    id: 'Ids use lower-case letters without accents, digits and hyphens',
    empty: 'Must not be empty',
    maxLength: 'Too long',
    emptyList: 'The list must not be empty',
    isoDate: 'Dates must be YYYY-MM-DD and a real day',
    partialDate: 'Dates must be YYYY, YYYY-MM or YYYY-MM-DD',
    picklist: 'Not one of the allowed values',
    schemaVersion: 'This format version is not supported',
    newerFormat:
      'The file was made by a newer version of the app (format number in brackets); open it with the newer app',
    unknownRef: 'Refers to an id that does not exist',
    duplicateId: 'Duplicate id',
    duplicateObservation: 'Duplicate figure (same district, metric and period)',
    countAboveTotal: 'The count is larger than its total',
    shareOutOfRange: 'A share must be between 0 and 100%',
    unknownColumn: 'This column is not in the template (check its spelling)',
    duplicateColumn: 'This column appears twice; keep one',
    duplicateKey:
      'This key appears twice in one object, so which value is meant is unclear; keep one',
    extraCells: 'The row has data in a cell outside the columns the header row names',
    mergedNumber:
      'A number sits in cells merged across rows, so which row it belongs to is unclear; unmerge them and give each row its number',
    unclosedQuote: 'A quotation mark opened here is never closed; the rows after it cannot be read',
    conflictingDefinition: 'Differs from the existing definition of this id',
    endBeforeStart: 'The end date is before the start date',
    targetOnTally: 'A tally metric must not have a target',
    invalid: 'Invalid value',
  },
  problemDetail: (detail: string) => `(${detail})`,
};

/**
 * What the validator's problems are called: the words of the screen for an invalid data file and
 * of the import dialog's report, loaded with them, not with the first view.
 */
export const problemWords: Words<typeof vi> = { vi, en };
