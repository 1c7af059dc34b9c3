import type { DashboardView } from '../domain/view-model';
import { formatDate } from '../domain/format';
import type { Messages } from './index';
import type { Words } from './words';

const vi = {
  kpiSlideTitle: (topic: string) => `Số liệu chính: ${topic}`,
  acrossTopics: 'Các chỉ tiêu chung',
  slidePart: (part: number, parts: number) => `(${part}/${parts})`,
  titleSlideUnits: 'Đơn vị',
  titleSlidePeriod: 'Thời gian',
  periodRange: (from: number, to: number) => (from === to ? `Năm ${from}` : `${from}–${to}`),
  moreUnits: (count: string) => `và ${count} đơn vị khác`,
};

const en: typeof vi = {
  kpiSlideTitle: (topic: string) => `Headline figures: ${topic}`,
  acrossTopics: 'Across topics',
  slidePart: (part: number, parts: number) => `(${part}/${parts})`,
  titleSlideUnits: 'Districts',
  titleSlidePeriod: 'Period',
  periodRange: (from: number, to: number) => (from === to ? `Year ${from}` : `${from}–${to}`),
  moreUnits: (count: string) => `and ${count} more`,
};

/**
 * The words of a deck's slides, which the presentation on screen and the PowerPoint deck both
 * say: a title slide's facts, a headline slide's title, a slide's part of several.
 */
export const slideWords: Words<typeof vi> = { vi, en };

type TitleWords = typeof vi & Pick<Messages, 'noData' | 'notStated' | 'asOf'>;

/** The title slide's facts: the districts shown (each, and as one list), the period, "Số liệu đến ngày …". */
export function titleSlideFacts(
  view: DashboardView,
  t: TitleWords,
): { units: string; unitNames: string[]; period: string; asOf: string } {
  const units = view.units.filter(
    (unit) => view.filters.unit == null || unit.id === view.filters.unit,
  );
  const unitNames = units.map((unit) => `${unit.name} (${unit.city})`);
  return {
    units: unitNames.join(', '),
    unitNames,
    period: view.yearRange ? t.periodRange(view.yearRange.from, view.yearRange.to) : t.noData,
    asOf: t.asOf(formatDate(view.asOf, t.notStated)),
  };
}
