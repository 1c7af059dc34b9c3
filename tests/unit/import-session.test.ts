import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetToCsv } from '../../src/domain/dataset-csv';
import type { Dataset } from '../../src/domain/schema';
import { FIGURES_PER_PART } from '../../src/data/dataset-parts';
import { FiguresNotReadBack, letFiguresGo } from '../../src/data/share-view-work';
import type { FromWorker, ToWorker } from '../../src/features/import/import-protocol';
import { openImportSession } from '../../src/features/import/import-session';
import { bundledDataset } from '../fixtures/dataset';

/** A worker that notes what the page sends it and answers only when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: ToWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** Set for the next worker made: it fails once it has been sent the first part of figures. */
  static failOnFigures = false;
  private failOnFigures = FakeWorker.failOnFigures;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: ToWorker) {
    this.posted.push(message);
    if (this.failOnFigures && message.type === 'base' && message.part === 'figures') {
      this.failOnFigures = false;
      queueMicrotask(() => this.fail());
    }
  }
  terminate() {
    this.terminated = true;
  }
  /** Its script failed to load, as a worker's error event says it. */
  fail() {
    this.onerror?.({ message: '', preventDefault: () => undefined } as unknown as ErrorEvent);
  }
  /** What it was sent, in order: `base:head`, `base:figures`, `base:end`, `analyse`… */
  steps() {
    return this.posted.map((message) =>
      message.type === 'base' ? `base:${message.part}` : message.type,
    );
  }
}

const base = bundledDataset();
/** The bundled data with its figures repeated: a dataset sent in several parts. */
const large = (copies: number): Dataset => ({
  ...base,
  observations: Array.from(
    { length: copies },
    (_, i) => base.observations[i % base.observations.length]!,
  ),
});
const file = () => new File([datasetToCsv(base)], 'so-lieu.csv', { type: 'text/csv' });
/** Waits until the worker has been asked for `count` analyses. */
const analysesAsked = (count: number) =>
  vi.waitFor(() =>
    expect(
      worker()
        .steps()
        .filter((step) => step === 'analyse'),
    ).toHaveLength(count),
  );
const worker = () => {
  const made = FakeWorker.made.at(-1);
  if (!made) throw new Error('no worker was started');
  return made;
};

describe('an import read in a worker', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    FakeWorker.failOnFigures = false;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for an analysis only once the data it is read against has wholly gone', async () => {
    const session = openImportSession(file());
    const shown = large(2 * FIGURES_PER_PART + 1);
    void session.analyse(shown, { mode: 'merge' }, () => undefined);
    // A second choice made while the data is still being sent, on the same data.
    void session.analyse(shown, { mode: 'replace' }, () => undefined);
    await analysesAsked(2);
    expect(worker().steps()).toEqual([
      'open',
      'base:head',
      'base:figures',
      'base:figures',
      'base:figures',
      'base:end',
      'analyse',
      'analyse',
    ]);
  });

  it('sends other data whole, after the data before it, never the two mixed', async () => {
    const session = openImportSession(file());
    void session.analyse(large(FIGURES_PER_PART + 1), { mode: 'merge' }, () => undefined);
    // Another tab changed the data meanwhile.
    void session.analyse(large(FIGURES_PER_PART + 2), { mode: 'merge' }, () => undefined);
    await analysesAsked(2);
    const parts = worker()
      .steps()
      .filter((step) => step.startsWith('base:'));
    expect(parts).toEqual([
      'base:head',
      'base:figures',
      'base:figures',
      'base:end',
      'base:head',
      'base:figures',
      'base:figures',
      'base:end',
    ]);
  });

  it('reads the file on the page when the worker cannot start', async () => {
    const session = openImportSession(file());
    const reading = session.analyse(base, { mode: 'merge' }, () => undefined);
    await vi.waitFor(() => expect(worker().steps()).toContain('analyse'));
    worker().fail();
    const report = await reading;
    expect(report.analysis).toMatchObject({
      state: 'ready',
      counts: { unchanged: base.observations.length },
    });
    expect((await session.result(report)).observations).toHaveLength(base.observations.length);
  });

  it('reads the file on the page when the worker fails while the data is sent, never hangs', async () => {
    FakeWorker.failOnFigures = true;
    const session = openImportSession(file());
    const report = await session.analyse(
      large(3 * FIGURES_PER_PART),
      { mode: 'merge' },
      () => undefined,
    );
    expect(report.analysis.state).toBe('ready');
    // Nothing more was sent to the worker once it had failed.
    expect(worker().steps()).toEqual(['open', 'base:head', 'base:figures']);
  });

  it('keeps only the result of the report shown', async () => {
    const session = openImportSession(file());
    const reading = session.analyse(base, { mode: 'merge' }, () => undefined);
    await vi.waitFor(() => expect(worker().steps()).toContain('analyse'));
    const asked = worker().posted.find((message) => message.type === 'analyse');
    if (asked?.type !== 'analyse') throw new Error('no analysis asked for');
    worker().onmessage?.({
      data: {
        type: 'analysis',
        id: asked.id,
        analysis: { state: 'fileProblem', name: 'so-lieu.csv', problem: 'empty' },
      },
    } as MessageEvent<FromWorker>);
    const report = await reading;
    void session.write(report, 3, 'so-lieu.csv', '2026-12-06T00:00:00.000Z');
    expect(worker().posted.at(-1)).toMatchObject({ type: 'write', analysis: asked.id, basedOn: 3 });
  });

  it('sends a large import’s figures read back from the browser’s store, once, and reads them again after a failure', async () => {
    // As a kept import is shown: its figures let go once its views have what they share.
    const shown = structuredClone(large(2 * FIGURES_PER_PART + 1));
    const figures = structuredClone(shown.observations);
    let reads = 0;
    let failing = true;
    letFiguresGo(shown, async (onPart) => {
      reads += 1;
      if (failing) throw new Error('another tab kept another import');
      await onPart(structuredClone(figures));
    });
    const session = openImportSession(file());
    await expect(session.analyse(shown, { mode: 'merge' }, () => undefined)).rejects.toBeInstanceOf(
      FiguresNotReadBack,
    );
    // Nothing of it was sent.
    expect(
      worker()
        .steps()
        .filter((step) => step.startsWith('base')),
    ).toEqual([]);
    failing = false;
    void session.analyse(shown, { mode: 'merge' }, () => undefined);
    void session.analyse(shown, { mode: 'replace' }, () => undefined);
    await analysesAsked(2);
    expect(reads).toBe(2);
    // Every figure, in its order, sent once.
    const sent = worker().posted.flatMap((message) =>
      message.type === 'base' && message.part === 'figures' ? message.observations : [],
    );
    expect(sent).toEqual(figures);
  });
});

describe('an import read on the page (no worker)', () => {
  it('compares the file with every figure of a large import, read back from the browser’s store once', async () => {
    expect(typeof Worker).not.toBe('function');
    const shown = structuredClone(base);
    let reads = 0;
    letFiguresGo(shown, async (onPart) => {
      reads += 1;
      await onPart(structuredClone(base.observations));
    });
    const session = openImportSession(file());
    const merged = await session.analyse(shown, { mode: 'merge' }, () => undefined);
    expect(merged.analysis).toMatchObject({
      state: 'ready',
      counts: { added: 0, changed: 0, unchanged: base.observations.length },
    });
    const replaced = await session.analyse(shown, { mode: 'replace' }, () => undefined);
    expect(replaced.analysis).toMatchObject({ state: 'ready' });
    expect(reads).toBe(1);
  });
});
