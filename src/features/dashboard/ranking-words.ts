import type { Words } from '../../i18n/words';

const vi = {
  rankingHeading: 'Các đơn vị theo tiến độ, chậm nhất trước',
  rankingIntro: (districts: string, metric: string) =>
    `${districts} đơn vị, quá nhiều để so sánh bằng mắt: ${metric}, xếp theo mức chênh lệch giữa tỷ lệ đạt và tiến độ thời gian (kỳ chưa trọn) hoặc chỉ tiêu (kỳ trọn). Đơn vị chưa đánh giá được ở cuối.`,
  rankingGap: (points: string) => `${points} điểm %`,
  rankingNoGap: 'chưa đánh giá được',
  rankingShown: (shown: string, total: string) => `Đang hiện ${shown} trong ${total} đơn vị.`,
};

const en: typeof vi = {
  rankingHeading: 'Districts by progress, the furthest behind first',
  rankingIntro: (districts: string, metric: string) =>
    `${districts} districts, too many to compare by eye: ${metric}, ranked by the share reached less the time elapsed (part of a period) or less the target (a whole period). Districts that cannot be judged come last.`,
  rankingGap: (points: string) => `${points} points`,
  rankingNoGap: 'not judged',
  rankingShown: (shown: string, total: string) => `Showing ${shown} of ${total} districts.`,
};

/** The ranked view's words: they load with it, only for a figure of many districts. */
export const rankingWords: Words<typeof vi> = { vi, en };
