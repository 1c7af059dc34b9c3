import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActiveDataset } from '../../src/data/dataset-query';
import { FiguresNotReadBack, letFiguresGo } from '../../src/data/share-view-work';
import type * as ParquetModule from '../../src/domain/dataset-parquet';
import type { Dataset } from '../../src/domain/schema';
import { bundledDataset } from '../fixtures/dataset';

// The dialog's Parquet file of a large import, its figures read back a kept chunk at a time: when
// the writing fails partway, the reading back stops there, and the failure is said as the
// writing's. (The file itself, written whole, is tested in the browser: large-import.spec.ts.)

const writerFails = vi.hoisted(() => ({ atGroup: Infinity, groups: 0 }));
vi.mock('../../src/domain/dataset-parquet', async (importOriginal) => {
  const original = await importOriginal<typeof ParquetModule>();
  return {
    ...original,
    parquetWriter: () => ({
      add: () => {
        writerFails.groups += 1;
        if (writerFails.groups >= writerFails.atGroup)
          throw new RangeError('Array buffer allocation failed');
      },
      finish: () => new ArrayBuffer(8),
    }),
  };
});

const { downloadParquet } = await import('../../src/features/import/parquet-download');

/**
 * A kept import of 100,000 figures, let go, read back 10,000 at a time (`read.parts`: how many
 * were), or as `readBack` fails.
 */
function keptImport(readBack?: () => Promise<void>) {
  const bundled = bundledDataset();
  const observations: Dataset['observations'] = [];
  for (let copy = 0; observations.length < 100_000; copy += 1)
    for (const obs of bundled.observations) observations.push({ ...obs, id: `${obs.id}-${copy}` });
  observations.length = 100_000;
  const dataset: Dataset = { ...bundled, observations };
  const read = { parts: 0 };
  letFiguresGo(
    dataset,
    readBack ??
      (async (onPart, onRead) => {
        for (let start = 0; start < observations.length; start += 10_000) {
          read.parts += 1;
          onRead(start + 10_000);
          await onPart(observations.slice(start, start + 10_000));
        }
      }),
  );
  const active: ActiveDataset = {
    dataset,
    origin: { kind: 'imported', fileName: 'city.json', importedAt: '2026-12-07T00:00:00Z' },
    revision: 1,
  };
  return { active, read };
}

describe('the Parquet file of a large import', () => {
  afterEach(() => {
    writerFails.atGroup = Infinity;
    writerFails.groups = 0;
    vi.restoreAllMocks();
  });

  it('is written a row group at a time as its figures are read back', async () => {
    const { active, read } = keptImport();
    const written: number[] = [];
    const file = await downloadParquet(
      active,
      (count) => written.push(count),
      () => undefined,
    );
    expect(file).toBeInstanceOf(Blob);
    expect(read.parts).toBe(10);
    expect(written).toEqual([20_000, 40_000, 60_000, 80_000, 100_000]);
  });

  it('stops reading back where its writing fails, and says it as the writing’s failure', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { active, read } = keptImport();
    writerFails.atGroup = 2;
    const file = await downloadParquet(
      active,
      () => undefined,
      () => undefined,
    );
    expect(file).toBeNull();
    // The second row group needs the fourth part read back; none after it is.
    expect(read.parts).toBe(4);
  });

  it('says figures that cannot be read back as such', async () => {
    const { active } = keptImport(async () => {
      throw new Error('another tab kept another import');
    });
    await expect(
      downloadParquet(
        active,
        () => undefined,
        () => undefined,
      ),
    ).rejects.toBeInstanceOf(FiguresNotReadBack);
  });
});
