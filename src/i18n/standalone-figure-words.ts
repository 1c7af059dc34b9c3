import type { Words } from './words';

const vi = {
  exportDerivedNote:
    '“≈” và sọc chéo: giá trị suy ra, không có trong bài viết; công thức ở bảng số liệu.',
};

const en: typeof vi = {
  exportDerivedNote:
    '“≈” and diagonal stripes: derived values, not printed in the article; formulas in the data table.',
};

/**
 * Words a chart carries when it stands alone, as an exported image or a slide, beyond those it
 * shows on the page (charts/figure-context.ts).
 */
export const standaloneFigureWords: Words<typeof vi> = { vi, en };
