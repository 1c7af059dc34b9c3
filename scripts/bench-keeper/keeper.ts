// Built by the bench (scripts/bench-scale.mjs) into a module a page of the app's origin loads:
// keeps a generated dataset as the app's import, with the app's own code (the columnar chunks
// of src/domain/observation-columns.ts, written by src/data/kept-write.ts through the save of
// src/data/stored-dataset.ts, which also sets the marks the app reads). The file is read one line
// at a time (scripts/generate-synthetic.mjs's layout) and encoded a batch at a time, so a file
// larger than a JavaScript string, and than the page could hold as objects, can be kept. Each
// batch is validated with the dataset's definitions by the app's validator, as an import is
// before it is kept (so it is kept as validated, as an import is); a rule across batches (a
// figure given twice) is the generator's to keep.
import { promisifyRequest } from 'idb-keyval';
import { layoutBuilder } from '../../src/domain/layout-builder';
import { CHUNK_ROWS, chunkRanges, encodeObservations } from '../../src/domain/observation-columns';
import type { Dataset, Observation } from '../../src/domain/schema';
import { writeKeptChunks } from '../../src/data/kept-write';
import { chunkKeys, readKept } from '../../src/data/kept-read';
import { datasetStore } from '../../src/data/dataset-database';
import { validateDataset } from '../../src/domain/validate';
import { saveStoredDataset } from '../../src/data/stored-dataset';

export async function keepSynthetic(url: string, fileName: string) {
  const t0 = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`fetch ${url}: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  let head: string | null = null;
  let batch: Observation[] = [];
  const chunks: Uint8Array[] = [];
  let count = 0;
  let encodeMs = 0;
  let validateMs = 0;
  let dataset: Omit<Dataset, 'observations'> | null = null;
  // Where each district's figures are, as the app's own import writes it (src/data/kept-write.ts).
  let layout: ReturnType<typeof layoutBuilder> | null = null;
  const flush = () => {
    if (!dataset) throw new Error(`${url}: figures before the definitions`);
    const checking = performance.now();
    const checked = validateDataset({ ...dataset, observations: batch });
    if (!checked.ok)
      throw new Error(`${url}: invalid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
    const started = performance.now();
    validateMs += started - checking;
    layout ??= layoutBuilder(dataset);
    for (const [start, end] of chunkRanges(batch)) {
      const slice = batch.slice(start, end);
      chunks.push(encodeObservations(slice));
      layout.add(slice);
    }
    encodeMs += performance.now() - started;
    count += batch.length;
    batch = [];
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (value) pending += value;
    let start = 0;
    let newline: number;
    while ((newline = pending.indexOf('\n', start)) >= 0) {
      const line = pending.slice(start, newline);
      start = newline + 1;
      if (head == null) {
        head = line;
        const whole = JSON.parse(`${head}]}`) as Partial<Dataset>;
        delete whole.observations;
        dataset = whole as Omit<Dataset, 'observations'>;
      } else if (line.startsWith('{')) {
        batch.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Observation);
        if (batch.length === CHUNK_ROWS) flush();
      }
    }
    pending = pending.slice(start);
    if (done) break;
  }
  flush();
  if (!dataset) throw new Error(`${url} is empty`);
  const read = performance.now();
  const { revision } = await readKept();
  await saveStoredDataset(() =>
    writeKeptChunks(
      { dataset, fileName, importedAt: new Date().toISOString() },
      chunks,
      count,
      revision,
      { validated: true, layout: (layout ?? layoutBuilder(dataset)).done() },
    ),
  );
  const stored = performance.now();
  return {
    observations: count,
    chunks: chunks.length,
    storedMb: Math.round(chunks.reduce((sum, c) => sum + c.byteLength, 0) / 2 ** 20),
    keptMb: Math.round((await keptBytes()) / 2 ** 20),
    parseMs: Math.round(read - t0 - encodeMs - validateMs),
    validateMs: Math.round(validateMs),
    encodeMs: Math.round(encodeMs),
    storeMs: Math.round(stored - read),
  };
}

/** The bytes the chunks take as kept (compressed, where the app compresses them). */
function keptBytes(): Promise<number> {
  return datasetStore('readonly', async (store) => {
    const chunks: unknown[] = await promisifyRequest(store.getAll(chunkKeys()));
    return chunks.reduce<number>(
      (sum, chunk) =>
        sum +
        (chunk instanceof Blob ? chunk.size : chunk instanceof Uint8Array ? chunk.byteLength : 0),
      0,
    );
  });
}
