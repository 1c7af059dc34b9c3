import { describe, expect, it } from 'vitest';
import {
  distinctUnitLabels,
  foldForSearch,
  matchesWords,
  queryWords,
  searchableUnits,
} from '../../src/domain/unit-search';

describe('finding a district by its name', () => {
  it.each([
    ['Phường Bến Nghé', 'phuong ben nghe'],
    ['ĐỐNG ĐA', 'dong da'],
    ['  Xã   Tân  Phú ', 'xa tan phu'],
    // Decomposed marks (as some keyboards type them) fold the same as composed ones.
    ['Ca\u0300u Gia\u0301y', 'cau giay'],
    ['Quận 10', 'quan 10'],
  ])('folds “%s” to “%s”', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it.each([
    ['Phường Bến Nghé', 'ben nghe', true],
    ['Phường Bến Nghé', 'Bến', true],
    ['Phường Bến Nghé', 'nghe phuong', true],
    ['Phường Bến Nghé', 'BEN THANH', false],
    ['Quận 10', 'quan 1', true],
    ['Quận 10', '', true],
    ['Xã Đông Anh', 'dong anh', true],
    ['Xã Đông Anh', 'đông', true],
    ['Xã Đông Anh', 'tây', false],
  ])('“%s” matches “%s”: %s', (label, query, matches) => {
    expect(matchesWords(foldForSearch(label), queryWords(query))).toBe(matches);
  });

  it('has no words for a blank query', () => {
    expect(queryWords('   ')).toEqual([]);
  });

  it('names a district’s city only where its name is shared', () => {
    const labels = distinctUnitLabels([
      { id: 'a', name: 'Phường 1', city: 'Hà Nội' },
      { id: 'b', name: 'Phường 1', city: 'TP. Hồ Chí Minh' },
      { id: 'c', name: 'phuong 1', city: 'Đà Nẵng' },
      { id: 'd', name: 'Phường Bến Nghé', city: 'TP. Hồ Chí Minh' },
      { id: 'e', name: 'Xã Tân Phú', city: '' },
      { id: 'f', name: 'Xã Tân Phú', city: 'Đồng Nai' },
    ]);
    expect([...labels.entries()]).toEqual([
      ['a', 'Phường 1 (Hà Nội)'],
      ['b', 'Phường 1 (TP. Hồ Chí Minh)'],
      ['c', 'phuong 1 (Đà Nẵng)'],
      ['d', 'Phường Bến Nghé'],
      ['e', 'Xã Tân Phú'],
      ['f', 'Xã Tân Phú (Đồng Nai)'],
    ]);
  });

  it('makes a filter’s options searchable in their order, namesakes with their city', () => {
    expect(
      searchableUnits(
        [
          { value: 'b', label: 'Cầu Giấy' },
          { value: 'a', label: 'Cầu Giấy' },
          { value: 'c', label: 'Đống Đa' },
        ],
        [
          { id: 'a', city: 'Hà Nội' },
          { id: 'b', city: 'Thành phố thử nghiệm' },
        ],
      ),
    ).toEqual([
      {
        value: 'b',
        label: 'Cầu Giấy (Thành phố thử nghiệm)',
        folded: 'cau giay (thanh pho thu nghiem)',
      },
      { value: 'a', label: 'Cầu Giấy (Hà Nội)', folded: 'cau giay (ha noi)' },
      { value: 'c', label: 'Đống Đa', folded: 'dong da' },
    ]);
  });
});
