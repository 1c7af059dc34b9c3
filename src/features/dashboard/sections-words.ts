import { joinWords } from '../../i18n/words';
import { sourcesWords } from '../../i18n/sources-words';

const vi = {
  notesHeading: 'Ghi chú định tính',
  notesIntro: 'Thông tin trong bài viết không kèm số liệu so sánh được.',
  notesGeneral: 'Chung',
};

const en: typeof vi = {
  notesHeading: 'Qualitative notes',
  notesIntro: 'What the articles report without a comparable figure.',
  notesGeneral: 'General',
};

/** The words of the notes and sources below the charts. */
export const sectionsWords = joinWords(sourcesWords, { vi, en });
