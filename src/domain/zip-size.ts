/**
 * What a ZIP archive (an `.xlsx` or `.ods`) would take once unpacked, read from its central
 * directory before anything is inflated: a 10 MB workbook can unpack to gigabytes (a "zip bomb"),
 * and a page that tries crashes its tab.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** ZIP64 marks sizes that do not fit 32 bits: far past any limit here. */
const ZIP64_MARK = 0xffffffff;

export type ZipSize =
  { ok: true; entries: number; unpacked: number } | { ok: false; reason: 'notZip' | 'tooLarge' };

/** The archive's unpacked size, or why it cannot be told: not a ZIP, or ZIP64. */
export function zipUnpackedSize(bytes: Uint8Array): ZipSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, before a comment of at most 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'notZip' };
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (at === ZIP64_MARK) return { ok: false, reason: 'tooLarge' };
  let unpacked = 0;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      return { ok: false, reason: 'notZip' };
    const size = view.getUint32(at + 24, true);
    if (size === ZIP64_MARK) return { ok: false, reason: 'tooLarge' };
    unpacked += size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { ok: true, entries, unpacked };
}
