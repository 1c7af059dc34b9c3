import { describe, expect, it } from 'vitest';
import { chunkDigests, keptDigests, VALIDATION_RULES } from '../../src/data/kept-digest';

describe('the digests kept with a validated import', () => {
  it('are each chunk’s SHA-256, in order', async () => {
    const abc = new TextEncoder().encode('abc');
    const empty = new Uint8Array(0);
    expect(await chunkDigests([abc, empty])).toEqual([
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ]);
  });

  it('are each chunk’s, in order, for a city’s many chunks of any size (one a task)', async () => {
    const chunks = [200_000, 3, 0, 70_000, 1, 9_000, 5].map((size, index) =>
      new Uint8Array(size).fill(index + 1),
    );
    const oneByOne = [];
    for (const chunk of chunks) oneByOne.push(...((await chunkDigests([chunk])) ?? []));
    expect(new Set(oneByOne).size).toBe(chunks.length);
    expect(await chunkDigests(chunks)).toEqual(oneByOne);
  });

  it('tell one changed byte', async () => {
    const bytes = new TextEncoder().encode('Số liệu giả lập');
    const changed = bytes.slice();
    changed[3] = (changed[3] ?? 0) ^ 1;
    const [before, after] = (await chunkDigests([bytes, changed])) ?? [];
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(after).not.toBe(before);
  });

  it('cover the dataset’s other parts too: a district renamed is told', async () => {
    const chunk = new Uint8Array([1, 2, 3]);
    const parts = { units: [{ id: 'cau-giay', name: { vi: 'Cầu Giấy' } }] };
    const renamed = { units: [{ id: 'cau-giay', name: { vi: 'Cầu Giấy mới' } }] };
    const before = (await keptDigests([chunk], parts)) ?? [];
    const after = (await keptDigests([chunk], renamed)) ?? [];
    expect(before).toHaveLength(2);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('are none without Web Crypto: the import is then validated', async () => {
    const crypto = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      expect(await chunkDigests([new Uint8Array([1])])).toBeNull();
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
    }
  });

  it('are never trusted in development and tests, where no build has fingerprinted the rules', () => {
    expect(VALIDATION_RULES).toBeNull();
  });
});
