import { describe, expect, it } from 'vitest';
import { formatByteSize, storageWords } from '../../src/features/import/storage-words';

describe('a size in the reader’s language', () => {
  it.each([
    [0, '0,1 MB', '0.1 MB'],
    [1500, '0,1 MB', '0.1 MB'],
    [36_909_875, '35,2 MB', '35.2 MB'],
    [999 * 2 ** 20, '999 MB', '999 MB'],
    [1000 * 2 ** 20, '1 GB', '1 GB'],
    [4.4 * 2 ** 30, '4,4 GB', '4.4 GB'],
    [1234.5 * 2 ** 30, '1.234,5 GB', '1,234.5 GB'],
  ])('%i bytes: %s / %s', (bytes, vi, en) => {
    expect(formatByteSize(bytes, 'vi')).toBe(vi);
    expect(formatByteSize(bytes, 'en')).toBe(en);
  });

  it('says what is used and what is left in both languages', () => {
    expect(storageWords.vi.storageUse('35,2 MB', '4,4 GB')).toBe(
      'Dữ liệu của trang trong trình duyệt này: 35,2 MB; còn trống khoảng 4,4 GB.',
    );
    expect(storageWords.en.storageUse('35.2 MB', '4.4 GB')).toBe(
      'This site’s data in this browser: 35.2 MB; about 4.4 GB free.',
    );
  });
});
