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

/** An encoding a file's first bytes show: one it must be (`sure`), or UTF-8 to try before Windows-1258. */
export interface EncodingGuess {
  encoding: TextEncoding;
  sure: boolean;
}

/** How many first bytes `encodingOf` looks at. */
export const ENCODING_HEAD = 8192;

/**
 * What a file's first bytes (ENCODING_HEAD of them, or all there are) say of its encoding: a
 * byte-order mark or UTF-16's zeros name it; else a NUL says it is no text (null); else it is
 * UTF-8 unless a byte says otherwise, then Windows-1258 (`decodeText`).
 */
export function encodingOf(head: Uint8Array): EncodingGuess | null {
  const [a, b, c, d] = head;
  const marked: TextEncoding | null =
    a === 0xef && b === 0xbb && c === 0xbf
      ? 'utf-8'
      : a === 0xff && b === 0xfe && !(c === 0 && d === 0)
        ? 'utf-16le'
        : a === 0xfe && b === 0xff
          ? 'utf-16be'
          : utf16Without(head);
  if (marked) return { encoding: marked, sure: true };
  if (head.subarray(0, ENCODING_HEAD).includes(0)) return null;
  return { encoding: 'utf-8', sure: false };
}

/** Text no encoding of ours reads: bytes the encoding refuses, a C1 control from Windows-1258, a NUL. */
const C1 = /[\u0080-\u009f]/;

/**
 * The file's text, and the encoding it was read in; not ok when it is no text (an image, a
 * PDF, a workbook read as text). The order matters: a byte-order mark, then UTF-16's zeros, then
 * any NUL (binary), then UTF-8, which a Windows-1258 file of Vietnamese never passes, then
 * Windows-1258, which reads any byte and is refused only on the codes it leaves unassigned.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const guess = encodingOf(bytes);
  if (!guess) return { ok: false };
  let { encoding } = guess;
  let text = decodeAs(bytes, encoding);
  if (text === null && !guess.sure) {
    encoding = 'windows-1258';
    text = decodeAs(bytes, encoding);
    // Bytes Windows-1258 leaves unassigned come out as C1 controls: some other encoding.
    if (text !== null && C1.test(text)) text = null;
  }
  if (text === null || text.includes('\u0000')) return { ok: false };
  return { ok: true, text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding };
}

/** Bytes that are no text in the encoding tried (`textDecoding`). */
export class NotText extends Error {
  constructor() {
    super('Not text in this encoding.');
  }
}

/**
 * A file's bytes decoded a chunk at a time in `encoding`, as `decodeText` decodes them whole
 * (its Unicode form aside: the caller puts each cell in NFC): a chunk that `decodeText` would
 * refuse throws NotText; a character split between chunks comes whole in the later one.
 */
export function textDecoding(encoding: TextEncoding): {
  decode(bytes: Uint8Array): string;
  end(): string;
} {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let started = false;
  const checked = (text: string) => {
    if (text.includes('\u0000') || (encoding === 'windows-1258' && C1.test(text)))
      throw new NotText();
    if (!started && text !== '') {
      started = true;
      return text.replace(/^\uFEFF/, '');
    }
    return text;
  };
  const decoding = (read: () => string) => {
    try {
      return checked(read());
    } catch (error) {
      throw error instanceof NotText ? error : new NotText();
    }
  };
  return {
    decode: (bytes) => decoding(() => decoder.decode(bytes, { stream: true })),
    end: () => decoding(() => decoder.decode()),
  };
}

export type TextDecoding = ReturnType<typeof textDecoding>;

/**
 * A file read through `pass` (which reads every chunk afresh through the decoding it is given) in
 * the encoding its first bytes show, as `decodeText` reads it: where UTF-8 was only tried and a
 * byte refutes it, read again from the start in Windows-1258. The encoding it was read in, or null
 * when it is no text.
 */
export async function readInEncoding(
  head: Uint8Array,
  pass: (decoding: TextDecoding) => Promise<void>,
): Promise<TextEncoding | null> {
  const guess = encodingOf(head);
  if (!guess) return null;
  const tries: TextEncoding[] = guess.sure ? [guess.encoding] : [guess.encoding, 'windows-1258'];
  for (const encoding of tries) {
    try {
      await pass(textDecoding(encoding));
      return encoding;
    } catch (error) {
      if (!(error instanceof NotText)) throw error;
    }
  }
  return null;
}
