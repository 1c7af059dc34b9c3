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

describe('how far a file read as a stream is, in both languages', () => {
  it('says a JSON file’s one pass in megabytes', () => {
    expect(importWords.vi.importBytesRead(300 * 1024 * 1024, 862 * 1024 * 1024, 1)).toBe(
      'Đã đọc 300 / 862 MB của tệp.',
    );
    expect(importWords.en.importBytesRead(300 * 1024 * 1024, 862 * 1024 * 1024, 1)).toBe(
      '300 of 862 MB of the file read.',
    );
  });
});

describe('how far a CSV read as a stream is in its first pass, in both languages', () => {
  const MB = 1024 * 1024;
  it.each([
    [
      72 * MB,
      1_110_571_847,
      'Lượt đọc thứ nhất: đã đọc 72 / 1.060 MB (tìm cách viết số và ngày của tệp; lượt thứ hai đọc từng dòng).',
      'First pass: 72 of 1,060 MB read (how the file writes its numbers and dates; the second pass reads each row).',
    ],
    // A byte read is a megabyte begun: never "0 MB read" once reading has started.
    [
      1,
      155 * MB,
      'Lượt đọc thứ nhất: đã đọc 1 / 155 MB (tìm cách viết số và ngày của tệp; lượt thứ hai đọc từng dòng).',
      'First pass: 1 of 155 MB read (how the file writes its numbers and dates; the second pass reads each row).',
    ],
  ])('%i of %i bytes', (read, total, vi, en) => {
    expect(importWords.vi.importBytesRead(read, total, 2)).toBe(vi);
    expect(importWords.en.importBytesRead(read, total, 2)).toBe(en);
  });
});
