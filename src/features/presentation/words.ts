import { joinWords } from '../../i18n/words';
import { sourcesWords } from '../../i18n/sources-words';
import { slideWords } from '../../i18n/slide-words';
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
};

/** The presentation's words, with those of its chart slides and its sources slide. */
export const presentationWords = joinWords(
  joinWords(joinWords(sourcesWords, standaloneFigureWords), slideWords),
  { vi, en },
);
