import type { Words } from '../../i18n/words';

const vi = {
  /** One line for the figures a filter leaves with nothing to draw, in place of a card each. */
  figuresWithoutData: (titles: readonly string[]) =>
    `Không có số liệu cho lựa chọn này: ${titles.join('; ')}.`,
  rankingHeading: 'Các quận theo tiến độ, chậm nhất trước',
  rankingIntro: (districts: string, metric: string) =>
    `${districts} quận, quá nhiều để so sánh bằng mắt: ${metric}, xếp theo mức chênh lệch giữa tỷ lệ đạt và tiến độ thời gian (kỳ chưa trọn) hoặc chỉ tiêu (kỳ trọn). Quận chưa đánh giá được ở cuối.`,
  rankingGap: (points: string) => `${points} điểm %`,
  rankingNoGap: 'chưa đánh giá được',
};

const en: typeof vi = {
  figuresWithoutData: (titles: readonly string[]) =>
    `No data for this selection: ${titles.join('; ')}.`,
  rankingHeading: 'Districts by progress, the furthest behind first',
  rankingIntro: (districts: string, metric: string) =>
    `${districts} districts, too many to compare by eye: ${metric}, ranked by the share reached less the time elapsed (part of a period) or less the target (a whole period). Districts that cannot be judged come last.`,
  rankingGap: (points: string) => `${points} points`,
  rankingNoGap: 'not judged',
};

/** The chart cards' own words: the figures without data, and the districts ranked. */
export const figuresWords: Words<typeof vi> = { vi, en };
