// @vitest-environment node
// (jsdom's TextDecoder is not the platform's: the decoding is tested against Node's, as browsers'.)
import { tableFromArrays, utf8 } from '@uwdata/flechette';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Batch, decodeUtf8Value, type Utf8Batch } from '../../src/domain/utf8-strings';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

const decoder = new TextDecoder('utf-8');

/** The values one by one, as a reader decoding each value's bytes alone sees them. */
function oneByOne(batch: Utf8Batch): (string | null)[] {
  return Array.from({ length: batch.length }, (_, i) =>
    batch.validity && batch.nullCount > 0 && !((batch.validity[i >> 3]! >> (i & 7)) & 1)
      ? null
      : decoder.decode(batch.values.subarray(batch.offsets[i], batch.offsets[i + 1])),
  );
}

/** A batch of Arrow's UTF-8 layout, as flechette writes one (none for no values: an empty one). */
function arrowBatch(values: (string | null)[]): Utf8Batch {
  const table = tableFromArrays({ s: values }, { types: { s: utf8() } });
  return (table.getChild('s').data[0] as unknown as Utf8Batch | undefined) ?? rawBatch([]);
}

/** A batch made of raw bytes: values that need not be valid UTF-8. */
function rawBatch(parts: number[][]): Utf8Batch {
  const offsets = [0];
  for (const part of parts) offsets.push(offsets.at(-1)! + part.length);
  return { length: parts.length, nullCount: 0, offsets, values: Uint8Array.from(parts.flat()) };
}

describe('a column of UTF-8 strings decoded in one call', () => {
  it.each([
    ['ids (ASCII)', ['quan-0001-001-2019-h1', 'phuong-ba-dinh', '']],
    ['Vietnamese text', ['Số liệu giả lập', 'Phường Hoàn Kiếm', 'a']],
    ['characters of two UTF-16 units', ['😀 chỉ tiêu', '𝔸', 'ok']],
    ['nulls among values', ['a', null, 'ă', null, '']],
    ['empty strings only', ['', '', '']],
    ['nothing', []],
  ])('gives the values of %s as decoding each alone does', (_, values) => {
    const batch = arrowBatch(values);
    expect(decodeUtf8Batch(batch)).toEqual(values);
    expect(decodeUtf8Batch(batch)).toEqual(oneByOne(batch));
  });

  it.each([
    ['a byte no sequence starts with', [[0x80], [0x61]]],
    ['a sequence cut where the next value begins its rest', [[0x61, 0xe2, 0x82], [0xac]]],
    ['a sequence cut before an ASCII value', [[0xe2], [0x61, 0x62]]],
    ['a four-byte sequence cut short', [[0xf0, 0x9f, 0x98], [0x61]]],
    [
      'bytes no decoder takes',
      [
        [0xff, 0xfe],
        [0xc0, 0x80],
      ],
    ],
  ])('gives for %s what decoding each value alone gives', (_, parts) => {
    const batch = rawBatch(parts);
    expect(decodeUtf8Batch(batch)).toEqual(oneByOne(batch));
  });

  it('gives what decoding each value alone gives, for any strings and any bytes', () => {
    const value = fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (values) => {
        const batch = arrowBatch(values);
        expect(decodeUtf8Batch(batch)).toEqual(values);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 5 }), { maxLength: 20 }),
        (parts) => {
          const batch = rawBatch(parts);
          expect(decodeUtf8Batch(batch)).toEqual(oneByOne(batch));
        },
      ),
    );
  });

  it('decodes a value alone as the batch decodes it, nulls too', () => {
    const value = fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (values) => {
        const batch = arrowBatch(values);
        const alone = values.map((_, index) => decodeUtf8Value(batch, index));
        expect(alone).toEqual(values);
      }),
    );
  });
});
