import { joinWords } from '../../i18n/words';
import { sourcesWords } from '../../i18n/sources-words';
import { standaloneFigureWords } from '../../i18n/standalone-figure-words';

const vi = {
  presentationLabel: 'Trình chiếu',
  slideCounter: (slide: number, count: number) => `${slide} / ${count}`,
  slideCounterLabel: (slide: number, count: number) => `Trang ${slide} trên ${count}`,
  previousSlide: 'Trang trước',
  nextSlide: 'Trang sau',
  fullscreen: 'Toàn màn hình',
  exitPresentation: 'Thoát (Esc)',
  autoRunning: (seconds: number) => `Tự chuyển mỗi ${seconds} giây`,
  autoPaused: 'Đã dừng tự chuyển',
  goingTo: (digits: string) => `Đến trang ${digits}… (Enter)`,
  kpiSlideTitle: (topic: string) => `Số liệu chính: ${topic}`,
  acrossTopics: 'Các chỉ tiêu chung',
  slidePart: (part: number, parts: number) => `(${part}/${parts})`,
  titleSlideUnits: 'Đơn vị',
  titleSlidePeriod: 'Thời gian',
  periodRange: (from: number, to: number) => (from === to ? `Năm ${from}` : `${from}–${to}`),
};

const en: typeof vi = {
  presentationLabel: 'Presentation',
  slideCounter: (slide: number, count: number) => `${slide} / ${count}`,
  slideCounterLabel: (slide: number, count: number) => `Slide ${slide} of ${count}`,
  previousSlide: 'Previous',
  nextSlide: 'Next',
  fullscreen: 'Full screen',
  exitPresentation: 'Exit (Esc)',
  autoRunning: (seconds: number) => `Advancing every ${seconds} seconds`,
  autoPaused: 'Auto-advance paused',
  goingTo: (digits: string) => `Go to slide ${digits}… (Enter)`,
  kpiSlideTitle: (topic: string) => `Headline figures: ${topic}`,
  acrossTopics: 'Across topics',
  slidePart: (part: number, parts: number) => `(${part}/${parts})`,
  titleSlideUnits: 'Districts',
  titleSlidePeriod: 'Period',
  periodRange: (from: number, to: number) => (from === to ? `Year ${from}` : `${from}–${to}`),
};

/** The presentation's words, with those of its chart slides and its sources slide. */
export const presentationWords = joinWords(joinWords(sourcesWords, standaloneFigureWords), {
  vi,
  en,
});
