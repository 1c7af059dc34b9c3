/**
 * The columns of the dataset's exchange table (dataset-csv.ts writes it, dataset-table.ts reads
 * it from a CSV or a spreadsheet).
 */
export const DATASET_CSV_COLUMNS = [
  'Mã số liệu',
  'Mã đơn vị',
  'Mã chỉ số',
  'Mã lĩnh vực',
  'Mã kỳ',
  'Tên kỳ',
  'Từ ngày',
  'Đến ngày',
  'Năm',
  'Giá trị',
  'Chỉ tiêu / tổng số',
  'Kỳ của chỉ tiêu',
  'Tỷ lệ bài viết nêu (%)',
  'Tăng so với cùng kỳ (%)',
  'Kỳ so sánh',
  'Mã nguồn',
  'Tiêu đề nguồn',
  'Đơn vị đăng',
  'Ngày đăng',
  'Tệp nguồn',
  'Trích dẫn',
  'Công thức (nếu là giá trị suy ra)',
] as const;

export type DatasetColumn = (typeof DATASET_CSV_COLUMNS)[number];
