import { describe, expect, it } from 'vitest';
import { importWords } from '../../src/features/import/words';

describe('how far an import’s rows are read, in both languages', () => {
  it.each([
    [
      5_000,
      36_000,
      0,
      'Đã đọc 5.000 / 36.000 dòng; chưa thấy lỗi.',
      '5,000 of 36,000 rows read; no problem found so far.',
    ],
    [
      10_000,
      36_000,
      1,
      'Đã đọc 10.000 / 36.000 dòng; 1 lỗi cho đến nay.',
      '10,000 of 36,000 rows read; 1 problem found so far.',
    ],
    [
      36_000,
      36_000,
      1_204,
      'Đã đọc 36.000 / 36.000 dòng; 1.204 lỗi cho đến nay.',
      '36,000 of 36,000 rows read; 1,204 problems found so far.',
    ],
    [
      20_000,
      360_000,
      null,
      'Đã đọc 20.000 / 360.000 dòng; các số liệu được kiểm tra khi đọc xong.',
      '20,000 of 360,000 rows read; the figures are checked once all are read.',
    ],
  ])('%i of %i rows, %s problems', (read, total, problems, vi, en) => {
    expect(importWords.vi.importRowsRead(read, total, problems)).toBe(vi);
    expect(importWords.en.importRowsRead(read, total, problems)).toBe(en);
  });
});
