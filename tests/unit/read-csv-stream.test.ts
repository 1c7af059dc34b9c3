import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetToCsv, readDatasetCsv } from '../../src/domain/dataset-csv';
import { checkImportFile } from '../../src/domain/import';
import type { NumberStyle } from '../../src/domain/number-style';
import type { ReadTableOptions } from '../../src/domain/dataset-table';
import type { OnBytes } from '../../src/features/import/file-text';
import { readStreamedCsv, type StreamedCsv } from '../../src/features/import/read-csv-stream';
import { bundledDataset } from '../fixtures/dataset';

/**
 * A CSV too large to hold, read as a stream in two passes, gives what the same file read whole
 * gives: every file as office software writes it (tests/fixtures/import/), read a few bytes at
 * a time so that rows, characters and byte-order marks are cut across reads.
 */
const base = bundledDataset();
const folder = join(__dirname, '../fixtures/import');
const csvFiles = readdirSync(folder).filter((name) => /\.(csv|txt)$/.test(name));

/** Both passes over the bytes, as a fresh import does: the dataset read, and the encoding found. */
async function readCsvStreamed(
  bytes: Uint8Array<ArrayBuffer>,
  options: ReadTableOptions,
  onBytes: OnBytes | undefined,
  limits: { chunkBytes: number; maxRows: number },
) {
  const source: StreamedCsv = { file: new Blob([bytes]), encoding: null };
  const read = await readStreamedCsv(source, base, options, onBytes, limits);
  return 'problem' in read ? read : { ok: true, read, encoding: source.encoding };
}

const streamed = (
  bytes: Uint8Array<ArrayBuffer>,
  numberStyle?: NumberStyle,
  chunkBytes = 7,
  maxRows = 100,
) => readCsvStreamed(bytes, { numberStyle }, undefined, { chunkBytes, maxRows });

describe('a CSV read as a stream', () => {
  it.each(csvFiles)('%s: reads as the whole file reads', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(folder, name)));
    const checked = checkImportFile(name, bytes);
    const read = await streamed(bytes);
    if (!checked.ok || !('text' in checked)) {
      expect(checked).toMatchObject({ ok: false, problem: 'binary' });
      expect(read).toEqual({ ok: false, problem: 'binary' });
      return;
    }
    expect(read).toEqual({
      ok: true,
      read: readDatasetCsv(checked.text, base),
      encoding: checked.encoding,
    });
    // Asked how its numbers are written, the answer reads it as the whole file's reading does.
    for (const style of ['vi', 'en'] as const) {
      const chosen = await streamed(bytes, style);
      expect(chosen).toMatchObject({
        ok: true,
        read: readDatasetCsv(checked.text, base, { numberStyle: style }),
      });
    }
  });

  it('reads the dashboard’s own CSV back, with each figure’s row, cut in any reads', async () => {
    const bytes = new TextEncoder().encode(datasetToCsv(base));
    const whole = readDatasetCsv(datasetToCsv(base), base);
    expect(whole.ok).toBe(true);
    for (const chunkBytes of [1, 100, 4096])
      expect(await streamed(bytes, undefined, chunkBytes, 10_000)).toEqual({
        ok: true,
        read: whole,
        encoding: 'utf-8',
      });
  });

  it('says the file holds too many rows, and reads no further', async () => {
    const bytes = new TextEncoder().encode(datasetToCsv(base));
    const rows = base.observations.length;
    expect(await streamed(bytes, undefined, 4096, rows - 1)).toEqual({
      ok: false,
      problem: 'tooManyFigures',
    });
    expect(await streamed(bytes, undefined, 4096, rows)).toMatchObject({ ok: true });
  });

  it('says its first pass’s bytes as they are read', async () => {
    const bytes = new TextEncoder().encode(datasetToCsv(base));
    const said: number[] = [];
    await readCsvStreamed(
      bytes,
      {},
      (read, total) => {
        expect(total).toBe(bytes.length);
        said.push(read);
      },
      { chunkBytes: 4096, maxRows: 10_000 },
    );
    expect(said.length).toBe(Math.ceil(bytes.length / 4096));
    expect(said.at(-1)).toBe(bytes.length);
  });
});
