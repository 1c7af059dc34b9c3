/**
 * The text of a file as office software on a Vietnamese or English Windows, a Mac or Google
 * Sheets saves it: UTF-8 (with or without a byte-order mark), UTF-16 ("Unicode Text", Notepad's
 * "Unicode"), or Windows-1258 (Excel's plain "CSV" and Notepad's "ANSI" on a Vietnamese
 * Windows). The browser's own TextDecoder reads all of them; no library is needed. Text comes
 * out in one Unicode form (NFC), so that "Việt" typed on a Mac equals "Việt" typed on Windows.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type Decoded = { ok: true; text: string; encoding: TextEncoding } | { ok: false };

/** UTF-16 without a byte-order mark: most of one byte of each pair is zero in Latin text. */
function utf16Without(bytes: Uint8Array): TextEncoding | null {
  const sample = bytes.subarray(0, 4096);
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros += 1;
    if (sample[index + 1] === 0) oddZeros += 1;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The file's text, and the encoding it was read in; not ok when it is no text (an image, a
 * PDF, a workbook read as text). The order matters: a byte-order mark, then UTF-16's zeros, then
 * any NUL (binary), then UTF-8, which a Windows-1258 file of Vietnamese never passes, then
 * Windows-1258, which reads any byte and is refused only on the codes it leaves unassigned.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const [a, b, c, d] = bytes;
  const marked: TextEncoding | null =
    a === 0xef && b === 0xbb && c === 0xbf
      ? 'utf-8'
      : a === 0xff && b === 0xfe && !(c === 0 && d === 0)
        ? 'utf-16le'
        : a === 0xfe && b === 0xff
          ? 'utf-16be'
          : utf16Without(bytes);

  let encoding: TextEncoding;
  let text: string | null;
  if (marked) {
    encoding = marked;
    text = decodeAs(bytes, marked);
  } else if (bytes.subarray(0, 8192).includes(0)) return { ok: false };
  else if ((text = decodeAs(bytes, 'utf-8')) !== null) encoding = 'utf-8';
  else {
    encoding = 'windows-1258';
    text = decodeAs(bytes, encoding);
    // Bytes Windows-1258 leaves unassigned come out as C1 controls: some other encoding.
    if (text !== null && /[\u0080-\u009f]/.test(text)) text = null;
  }
  if (text === null || text.includes('\u0000')) return { ok: false };
  return { ok: true, text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding };
}
