import type { Words } from './words';

const vi = {
  sourcesHeading: 'Nguồn',
  sourcesIntro:
    'Mọi số liệu trên trang đều lấy từ các bài viết dưới đây. Giá trị suy ra được đánh dấu “ước tính” kèm công thức.',
  figuresCitedLabel: 'Số liệu trích dẫn',
  figuresCited: (count: number) => `${count} số liệu`,
  untitled: 'Bài không có tiêu đề; mô tả của người biên soạn',
  publisher: 'Đơn vị đăng',
  author: 'Tác giả',
  published: 'Ngày đăng',
  file: 'Tệp',
};

const en: typeof vi = {
  sourcesHeading: 'Sources',
  sourcesIntro:
    'Every figure on this page comes from the articles below. Derived values are marked “derived”, with their formula.',
  figuresCitedLabel: 'Figures cited',
  figuresCited: (count: number) => `${count} ${count === 1 ? 'figure' : 'figures'}`,
  untitled: 'Untitled article; description by the editors',
  publisher: 'Publisher',
  author: 'Author',
  published: 'Published',
  file: 'File',
};

/** Words about the articles the figures come from: the sources section and the sources slide. */
export const sourcesWords: Words<typeof vi> = { vi, en };
