import { jsonDatasetStream, type JsonStreamRead } from '../../domain/json-stream';
import { ENCODING_HEAD, readInEncoding, type TextEncoding } from '../../domain/text-encoding';
import { CHUNK_BYTES, eachText, type OnBytes } from './file-text';

/**
 * A JSON file too large to hold as one string, read as a stream in the import's worker: a slice
 * of its bytes at a time, decoded as a file held whole is (domain/text-encoding.ts), each figure
 * parsed alone and the rest of the document once (domain/json-stream.ts). One pass: a JSON
 * file's numbers and dates are never read two ways.
 */
export async function readJsonStreamed(
  file: Blob,
  onBytes?: OnBytes,
): Promise<{ ok: true; read: JsonStreamRead; encoding: TextEncoding } | { ok: false }> {
  let read: JsonStreamRead | null = null;
  const head = new Uint8Array(await file.slice(0, ENCODING_HEAD).arrayBuffer());
  const encoding = await readInEncoding(head, async (decoding) => {
    const stream = jsonDatasetStream();
    await eachText(file, decoding, CHUNK_BYTES, (text) => stream.push(text), onBytes);
    read = stream.end();
  });
  return encoding && read ? { ok: true, read, encoding } : { ok: false };
}
