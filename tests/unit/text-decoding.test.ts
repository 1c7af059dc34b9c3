import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, ENCODING_HEAD, readInEncoding } from '../../src/domain/text-encoding';

/** The bytes read by chunks cut at `cuts`, as the import reads a file too large to hold. */
async function readByChunks(bytes: Uint8Array, cuts: number[]) {
  const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = '';
  const encoding = await readInEncoding(bytes.subarray(0, ENCODING_HEAD), async (decoding) => {
    text = '';
    let from = 0;
    for (const cut of [...at, bytes.length]) {
      text += decoding.decode(bytes.subarray(from, cut));
      from = cut;
    }
    text += decoding.end();
  });
  return encoding ? { ok: true, text: text.normalize('NFC'), encoding } : { ok: false };
}

const utf16 = (text: string, littleEndian: boolean, mark: boolean) => {
  const bytes = new Uint8Array((text.length + (mark ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = mark ? `\uFEFF${text}` : text;
  for (let index = 0; index < units.length; index += 1)
    view.setUint16(index * 2, units.charCodeAt(index), littleEndian);
  return bytes;
};

// Text as Vietnamese offices save it: composed and decomposed, a BOM or two, and some bytes that
// are not text at all.
const text = fc
  .array(
    fc.constantFrom('Mã;', 'Giá trị', 'ệ', 'e\u0323\u0302', '\uFEFF', '😀', '\r\n', '1.234,5', 'Đ'),
    {
      maxLength: 20,
    },
  )
  .map((parts) => parts.join(''));
const file = fc.oneof(
  fc
    .tuple(text, fc.boolean())
    .map(([t, mark]) => new TextEncoder().encode(mark ? `\uFEFF${t}` : t)),
  fc.tuple(text, fc.boolean(), fc.boolean()).map(([t, le, mark]) => utf16(t, le, mark)),
  // Windows-1258 and everything else: any bytes, C1 codes and NULs among them.
  fc.uint8Array({ maxLength: 60 }),
  fc.array(fc.integer({ min: 0x20, max: 0xff }), { maxLength: 60 }).map((b) => new Uint8Array(b)),
);

describe('a file decoded a chunk at a time', () => {
  it('reads as decodeText reads the whole file, cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.array(fc.nat(), { maxLength: 8 }), async (bytes, cuts) => {
        expect(await readByChunks(bytes, cuts)).toEqual(decodeText(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a Windows-1258 file again from its start once a byte refutes UTF-8', async () => {
    // "Việt Nam" as Vietnamese Windows saves it: e, then the combining dot below (0xF2), then ^.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Ma;Ten\r\n'),
      0x56,
      0x69,
      0xea,
      0xf2,
      0x74,
    ]);
    const read = await readByChunks(bytes, [3, 9]);
    expect(read).toEqual({ ok: true, text: 'Ma;Ten\r\nViệt', encoding: 'windows-1258' });
  });
});
