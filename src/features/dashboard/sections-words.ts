import { joinWords } from '../../i18n/words';
import { sourcesWords } from '../../i18n/sources-words';

const vi = {
  notesHeading: 'Ghi chú định tính',
  notesIntro: 'Thông tin trong bài viết không kèm số liệu so sánh được.',
  notesGeneral: 'Chung',
  notesShown: (shown: string, total: string) => `Đang hiện ${shown} trong ${total} ghi chú.`,
};

const en: typeof vi = {
  notesHeading: 'Qualitative notes',
  notesIntro: 'What the articles report without a comparable figure.',
  notesGeneral: 'General',
  notesShown: (shown: string, total: string) => `Showing ${shown} of ${total} notes.`,
};

/** The words of the notes and sources below the charts. */
export const sectionsWords = joinWords(sourcesWords, { vi, en });
