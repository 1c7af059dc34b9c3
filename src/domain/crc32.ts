/**
 * CRC-32 (IEEE 802.3, the one zip, PNG and Parquet's page checksums use) of some bytes: what a
 * Parquet file of this dashboard's records for each row group as it is written
 * (dataset-parquet.ts), so that a reader can tell a damaged file from one whose numbers are
 * merely unexpected, before any of them is decoded.
 */

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let bit = 0; bit < 8; bit += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `bytes`, or of what came before them (`previous`) followed by them. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  for (let index = 0; index < bytes.length; index += 1)
    crc = (TABLE[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}
