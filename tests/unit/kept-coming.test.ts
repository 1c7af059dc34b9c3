// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { keptComingFrom, type KeptReaderPort } from '../../src/data/kept-coming';
import { gzipBytes } from '../../src/data/kept-compression';
import { digestedParts, keptDigests } from '../../src/data/kept-digest';
import { chunkBytes } from '../../src/data/kept-read';
import type { KeptRecord, KeptRequested } from '../../src/data/kept-record';
import { keptResolvedInTasks } from '../../src/data/kept-resolved';
import { openingBeside, serveOpening, serveRequest } from '../../src/data/kept-serve';
import { resolveObservations } from '../../src/domain/observations';
import { buildDashboardView } from '../../src/domain/view/dashboard';
import { city, kept, readBackOf, wholeOf } from '../fixtures/kept-city';

// A large kept import's chunks read by a worker and handed to the page as they come
// (src/data/kept-serve.ts on the worker's side, src/data/kept-coming.ts on the page's), over a
// real message channel: what the page gets, and makes of it, must be what it would read itself.

const channels: MessageChannel[] = [];
const openerPorts: MessagePort[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) channel.port1.close();
  for (const port of openerPorts.splice(0)) port.close();
});

/**
 * A worker serving `request` at the other end of a message channel, as kept-bytes.worker.ts does
 * (every other chunk opened by the opener at the port it is sent, where there is one);
 * `terminated` tells whether the page ended it.
 */
function workerServing(request: () => Promise<KeptRequested>) {
  const channel = new MessageChannel();
  channels.push(channel);
  const { port1: page, port2: worker } = channel;
  const state = { terminated: false };
  worker.onmessage = (event) =>
    void serveRequest(
      request,
      (message, transfer) => {
        if (!state.terminated) worker.postMessage(message, transfer);
      },
      event.ports[0] ? openingBeside(event.ports[0]) : undefined,
    );
  const port: KeptReaderPort = {
    onmessage: null,
    postMessage: (message, transfer) => page.postMessage(message, transfer ?? []),
    terminate: () => {
      state.terminated = true;
      page.close();
    },
  };
  page.onmessage = (event) => port.onmessage?.(event as MessageEvent);
  return { port, state };
}

/**
 * The worker that opens every other chunk, as kept-open.worker.ts does, at the port the page
 * sends it; `opened`: the chunks it was given, by their place.
 */
function openerServing() {
  const state = { terminated: false, opened: [] as number[] };
  const opener: KeptReaderPort = {
    onmessage: null,
    postMessage: (_message, transfer) => {
      const port = transfer?.[0] as MessagePort;
      serveOpening(port);
      const serve = port.onmessage!;
      port.onmessage = (event) => {
        state.opened.push((event.data as { index: number }).index);
        serve.call(port, event);
      };
      openerPorts.push(port);
    },
    terminate: () => {
      state.terminated = true;
    },
  };
  return { opener, state };
}

const record = (chunks: number): Partial<KeptRecord> => ({
  format: 2,
  dataset: { units: [{ id: 'cau-giay', name: { vi: 'Cầu Giấy' } }] } as KeptRecord['dataset'],
  fileName: 'thanh-pho.json',
  chunks,
});

/** Chunks whose requests are answered in the order given by `order` (indexes), not their own. */
function answeredOutOfOrder(chunks: unknown[], order: number[]): Promise<unknown>[] {
  const answers = chunks.map(() => {
    let resolve!: (value: unknown) => void;
    const promise = new Promise<unknown>((given) => (resolve = given));
    return { promise, resolve };
  });
  void (async () => {
    for (const index of order) {
      await new Promise((resolve) => setImmediate(resolve));
      answers[index]!.resolve(chunks[index]);
    }
  })();
  return answers.map((answer) => answer.promise);
}

describe('a kept import read by a worker and handed to the page', () => {
  it('gives every chunk in order, its bytes handed over, and the digests the page would make', async () => {
    const chunks = [200_000, 3, 0, 70_000, 9_000].map((size, index) =>
      new Uint8Array(size).fill(index + 1),
    );
    const copies = chunks.map((chunk) => chunk.slice());
    const kept = record(chunks.length);
    const { port, state } = workerServing(async () => ({
      record: kept,
      revision: 7,
      chunks: answeredOutOfOrder(chunks, [3, 0, 4, 1, 2]),
    }));
    const coming = await keptComingFrom(port);
    expect(coming.revision).toBe(7);
    expect(coming.record).toEqual(kept);
    expect(coming.chunks).toHaveLength(chunks.length);
    const read = await Promise.all(coming.chunks);
    expect(read).toEqual(copies);
    // Handed over, not copied: the worker holds none of the bytes it sent.
    expect(chunks.map((chunk) => chunk.byteLength)).toEqual([0, 0, 0, 0, 0]);
    expect(await coming.digests).toEqual(await keptDigests(copies, digestedParts(kept)));
    // The worker is ended once all has come.
    expect(state.terminated).toBe(true);
  });

  it('opens chunks kept compressed, and gives the digests of the bytes as kept', async () => {
    const chunks = [120_000, 0, 5_000].map((size, index) =>
      Uint8Array.from({ length: size }, (_, at) => (at * (index + 3)) % 251),
    );
    const compressed = await Promise.all(chunks.map(gzipBytes));
    const copies = compressed.map((chunk) => chunk.slice());
    const kept = { ...record(chunks.length), compression: 'gzip' as const };
    const { port, state } = workerServing(async () => ({
      record: kept,
      revision: 4,
      chunks: answeredOutOfOrder(compressed, [2, 0, 1]),
    }));
    const coming = await keptComingFrom(port);
    expect(await Promise.all(coming.chunks)).toEqual(chunks);
    // What the digests written with it are of: the bytes kept, as they were kept.
    expect(await coming.digests).toEqual(await keptDigests(copies, digestedParts(kept)));
    expect(state.terminated).toBe(true);
  });

  it('has every other chunk kept compressed opened by a second worker, and gives them all in order', async () => {
    const chunks = Array.from({ length: 7 }, (_, index) =>
      Uint8Array.from({ length: 20_000 + index * 3_000 }, (_, at) => (at * (index + 2)) % 253),
    );
    const compressed = await Promise.all(chunks.map(gzipBytes));
    const copies = compressed.map((chunk) => chunk.slice());
    const kept = { ...record(chunks.length), compression: 'gzip' as const };
    const { port, state } = workerServing(async () => ({
      record: kept,
      revision: 2,
      chunks: answeredOutOfOrder(compressed, [6, 5, 0, 1, 4, 3, 2]),
    }));
    const { opener, state: openerState } = openerServing();
    const coming = await keptComingFrom(port, opener);
    expect(await Promise.all(coming.chunks)).toEqual(chunks);
    expect(await coming.digests).toEqual(await keptDigests(copies, digestedParts(kept)));
    expect(openerState.opened.sort()).toEqual([1, 3, 5]);
    // Both ended once all has come.
    expect(state.terminated).toBe(true);
    expect(openerState.terminated).toBe(true);
  });

  it('gives a chunk kept compressed that cannot be opened as null, with its digest as kept', async () => {
    const good = await gzipBytes(new Uint8Array(3_000).fill(7));
    const damaged = good.slice();
    damaged[damaged.length - 3]! ^= 1;
    const kept = { ...record(4), compression: 'gzip' as const };
    const { port } = workerServing(async () => ({
      record: kept,
      revision: 1,
      chunks: [damaged, good, good, damaged].map((chunk) => Promise.resolve(chunk.slice())),
    }));
    // Opened here, and beside: the second worker's refusal is the same.
    const coming = await keptComingFrom(port, openerServing().opener);
    const opened = new Uint8Array(3_000).fill(7);
    expect(await Promise.all(coming.chunks)).toEqual([null, opened, opened, null]);
    // The digest tells the damage, if the bytes were changed after they were kept.
    expect(await coming.digests).toEqual(
      await keptDigests([damaged, good, good, damaged], digestedParts(kept)),
    );
  });

  it('gives a chunk that is not bytes as it is, with no digests: the import is then validated', async () => {
    const kept = record(2);
    const { port } = workerServing(async () => ({
      record: kept,
      revision: 1,
      chunks: [Promise.resolve(new Uint8Array([1, 2])), Promise.resolve('not bytes')],
    }));
    const coming = await keptComingFrom(port);
    expect(await Promise.all(coming.chunks)).toEqual([new Uint8Array([1, 2]), 'not bytes']);
    expect(await coming.digests).toBeNull();
  });

  it('says nothing is kept, with no chunks and no digests', async () => {
    const { port } = workerServing(async () => ({ record: undefined, revision: 3, chunks: [] }));
    const coming = await keptComingFrom(port);
    expect(coming.record).toBeUndefined();
    expect(coming.revision).toBe(3);
    expect(coming.chunks).toEqual([]);
    expect(await coming.digests).toBeNull();
  });

  it('fails what has not come when a read fails, and keeps what came before it', async () => {
    // Handled as the store's requests are (kept-read.ts's requestKept).
    const failed = Promise.reject(new Error('QuotaExceededError'));
    failed.catch(() => undefined);
    const chunks = [
      Promise.resolve(new Uint8Array([1])),
      failed,
      Promise.resolve(new Uint8Array([3])),
    ];
    const { port, state } = workerServing(async () => ({ record: record(3), revision: 2, chunks }));
    const coming = await keptComingFrom(port);
    expect(await coming.chunks[0]).toEqual(new Uint8Array([1]));
    await expect(coming.chunks[1]).rejects.toThrow(/could not be read: Error: QuotaExceededError/);
    await expect(coming.chunks[2]).rejects.toThrow(/could not be read/);
    await expect(coming.digests).rejects.toThrow(/could not be read/);
    expect(state.terminated).toBe(true);
  });

  it('rejects at once when the store cannot be opened', async () => {
    const { port } = workerServing(() => Promise.reject(new Error('InvalidStateError')));
    await expect(keptComingFrom(port)).rejects.toThrow(
      /could not be read: Error: InvalidStateError/,
    );
  });

  it('ends the worker when stopped, failing what has not come', async () => {
    const never = new Promise<unknown>(() => undefined);
    const { port, state } = workerServing(async () => ({
      record: record(2),
      revision: 1,
      chunks: [Promise.resolve(new Uint8Array([1])), never],
    }));
    const coming = await keptComingFrom(port);
    await coming.chunks[0];
    coming.stop();
    expect(state.terminated).toBe(true);
    await expect(coming.chunks[1]).rejects.toThrow(/stopped/);
    await expect(coming.digests).rejects.toThrow(/stopped/);
  });

  it('is resolved, as it comes, to what the page resolves from the chunks it read itself', async () => {
    const held = city();
    const { parts, chunks } = kept(held, 7_000);
    const onPage = await keptResolvedInTasks(
      parts,
      wholeOf(held),
      chunks.map((chunk) => chunk.slice()),
      held.observations.length,
      readBackOf(held.observations),
      () => undefined,
    );
    const { port } = workerServing(async () => ({
      record: record(chunks.length),
      revision: 1,
      chunks: answeredOutOfOrder(
        chunks,
        chunks.map((_, index) => chunks.length - 1 - index),
      ),
    }));
    const coming = await keptComingFrom(port);
    const fromWorker = await keptResolvedInTasks(
      parts,
      wholeOf(held),
      coming.chunks,
      held.observations.length,
      readBackOf(held.observations),
      () => undefined,
    );
    expect(onPage).not.toBeNull();
    expect(fromWorker).not.toBeNull();
    expect(resolveObservations(fromWorker!)).toStrictEqual(resolveObservations(onPage!));
    const none = { year: null, topic: null, unit: null };
    for (const lang of ['vi', 'en'] as const)
      expect(JSON.stringify(buildDashboardView(fromWorker!, none, lang))).toBe(
        JSON.stringify(buildDashboardView(held, none, lang)),
      );
  });
});

describe('a chunk as kept, made bytes', () => {
  it('reads a Blob (as chunks are kept now), and gives bytes (as they were kept) as they are', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(await chunkBytes(new Blob([bytes]))).toEqual(bytes);
    expect(await chunkBytes(new Blob([]))).toEqual(new Uint8Array(0));
    expect(await chunkBytes(bytes)).toBe(bytes);
    // Anything else as it is, for the reader to refuse.
    expect(await chunkBytes('not bytes')).toBe('not bytes');
    expect(await chunkBytes(undefined)).toBeUndefined();
  });
});
