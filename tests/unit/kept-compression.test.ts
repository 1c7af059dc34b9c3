// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  canCompress,
  gunzipBytes,
  gzipBytes,
  keptCompressed,
  openedChunk,
} from '../../src/data/kept-compression';
import { decodeObservationChunks } from '../../src/domain/observation-columns';
import { city, kept } from '../fixtures/kept-city';

// A kept import's chunks compressed by the browser's own CompressionStream (Node's here, the same
// web API): undone, every byte is back, and a damaged chunk is refused, never read.

/** Bytes of a seeded pattern: some repeating, some not, as columns are. */
function bytesOf(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = seed;
  for (let at = 0; at < size; at++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[at] = at % 7 === 0 ? state >>> 24 : at % 256;
  }
  return bytes;
}

describe('chunks kept compressed', () => {
  it('is there to use here, as in every current browser', () => {
    expect(canCompress()).toBe(true);
  });

  it.each([0, 1, 100, 65_535, 65_536, 1_000_003])(
    'gives back every byte of %i bytes, compressed and undone',
    async (size) => {
      const bytes = bytesOf(size, size + 1);
      const compressed = await gzipBytes(bytes);
      // gzip's own mark, so any tool can tell what the bytes are.
      expect([...compressed.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
      expect(await gunzipBytes(compressed)).toEqual(bytes);
    },
  );

  it('keeps a city’s columns in a fraction of their bytes, and gives back every figure', async () => {
    const held = city(300, ['thu-nghiem-3']);
    const { chunks } = kept(held, 20_000);
    const compressed = await Promise.all(chunks.map(gzipBytes));
    const size = (list: Uint8Array[]) => list.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    expect(size(compressed)).toBeLessThan(size(chunks) / 3);
    const opened = await Promise.all(
      compressed.map((chunk) => openedChunk({ compression: 'gzip' }, chunk)),
    );
    expect(decodeObservationChunks(opened as Uint8Array[])).toStrictEqual(held.observations);
  });

  it('refuses a damaged chunk: one byte changed, or cut short, is null, never read', async () => {
    const bytes = bytesOf(50_000, 3);
    const compressed = await gzipBytes(bytes);
    const changed = compressed.slice();
    changed[Math.floor(changed.length / 2)]! ^= 0x40;
    const record = { compression: 'gzip' };
    expect(await openedChunk(record, changed)).toBeNull();
    expect(await openedChunk(record, compressed.subarray(0, compressed.length - 5))).toBeNull();
    // Not gzip at all: the columns' own bytes under a record that says they are compressed.
    expect(await openedChunk(record, bytes)).toBeNull();
    await expect(gunzipBytes(changed)).rejects.toThrow();
  });

  it('opens only what its record says is compressed; anything else is as it is', async () => {
    const bytes = bytesOf(1_000, 5);
    expect(keptCompressed({ compression: 'gzip' })).toBe(true);
    for (const record of [{}, { compression: 'zstd' }, null, undefined, 'gzip'])
      expect(keptCompressed(record)).toBe(false);
    // Kept as written (an earlier version, a browser without CompressionStream): as it is.
    expect(await openedChunk({ format: 2 }, bytes)).toBe(bytes);
    expect(await openedChunk({ compression: 'gzip' }, 'not bytes')).toBe('not bytes');
  });
});
