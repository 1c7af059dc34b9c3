import {
  MAX_STREAMED_BYTES,
  MAX_IMPORT_BYTES,
  MAX_PAGE_IMPORT_BYTES,
  STREAM_FROM,
} from '../../src/domain/import';
import { describe, expect, it } from 'vitest';
import { datasetToCsv } from '../../src/domain/dataset-csv';
import type { Dataset } from '../../src/domain/schema';
import { datasetAssembler, datasetParts, FIGURES_PER_PART } from '../../src/data/dataset-parts';
import {
  createAnalyser,
  readSource,
  type RowsRead,
  type Source,
  type Stage,
} from '../../src/features/import/import-analysis';
import { openImportSession, Stopped } from '../../src/features/import/import-session';
import { bundledDataset } from '../fixtures/dataset';
import { withMadeUpDistricts } from '../fixtures/made-up-districts';
import { validateDataset, type Problem } from '../../src/domain/validate';

const base = bundledDataset();

const csvSource = (dataset: Dataset, name = 'so-lieu.csv'): Source => ({
  name,
  kind: 'csv',
  text: datasetToCsv(dataset),
  encoding: 'utf-8',
});

/** Runs an analysis and notes the stages it said as they started, in order, and the rows read. */
async function analyseWithStages(
  analyse: ReturnType<typeof createAnalyser>,
  mode: 'merge' | 'replace',
) {
  const stages: Stage[] = [];
  const rows: RowsRead[] = [];
  const analysed = await analyse(base, { mode }, (stage, read) => {
    if (read) rows.push(read);
    else stages.push(stage);
  });
  return { ...analysed, stages, rows };
}

describe('an import worked out stage by stage', () => {
  it('reads the file once, then only plans again when merge and replace are switched', async () => {
    const analyse = createAnalyser(csvSource(base));
    const first = await analyseWithStages(analyse, 'merge');
    expect(first.stages).toEqual(['rows', 'check', 'compare']);
    // Its rows counted in the rows' stage: all of them, no problem.
    const n = base.observations.length;
    expect(first.rows).toEqual([{ read: n, total: n, problems: 0 }]);
    expect(first.analysis).toMatchObject({
      state: 'ready',
      counts: { added: 0, changed: 0, unchanged: base.observations.length, removed: 0 },
    });
    const second = await analyseWithStages(analyse, 'replace');
    expect(second.stages).toEqual(['check', 'compare']);
    expect(second.analysis.state).toBe('ready');
    // The file holds the figures alone: a replace keeps them, with the current definitions.
    expect(second.result?.observations).toHaveLength(base.observations.length);
  });

  it('reads the file again for another number style, and for other data shown', async () => {
    const analyse = createAnalyser(csvSource(base));
    await analyse(base, { mode: 'merge' });
    const stages: Stage[] = [];
    // A stage as it starts (the rows' stage also says how far it is, with its rows).
    const started = (stage: Stage, rows?: RowsRead) => {
      if (!rows) stages.push(stage);
    };
    await analyse(base, { mode: 'merge', numberStyle: 'vi' }, started);
    await analyse(bundledDataset(), { mode: 'merge', numberStyle: 'vi' }, started);
    expect(stages.filter((stage) => stage === 'rows')).toHaveLength(2);
  });

  it('names a warning by the CSV cell it comes from, never by a path into the data', async () => {
    const incoming = structuredClone(base);
    const changed = incoming.observations.findIndex((obs) => obs.value != null && obs.value > 1);
    const observation = incoming.observations[changed];
    if (!observation?.value) throw new Error('the bundled data has a figure above 1');
    observation.value *= 10_000;
    const { analysis } = await createAnalyser(csvSource(incoming))(base, { mode: 'merge' });
    if (analysis.state !== 'ready') throw new Error(`not ready: ${analysis.state}`);
    const thousandfold = analysis.warnings.filter((warning) => warning.code === 'thousandfold');
    expect(thousandfold).toHaveLength(1);
    // The header is row 1: the figure is on the row after its index's.
    expect(thousandfold[0]).toMatchObject({ path: `${changed + 2}:Giá trị` });
    expect(analysis.counts.changed).toBe(1);
  });

  it('gives the line of each problem in a pretty-printed JSON file', async () => {
    const broken = structuredClone(base) as unknown as { observations: Record<string, unknown>[] };
    const index = 3;
    const figure = broken.observations[index];
    if (!figure) throw new Error('the bundled data has four figures');
    figure.value = 'mười';
    const text = JSON.stringify(broken, null, 2);
    const { analysis, result } = await createAnalyser({
      name: 'so-lieu.json',
      kind: 'json',
      text,
      encoding: 'utf-8',
    })(base, { mode: 'merge' });
    expect(result).toBeNull();
    if (analysis.state !== 'invalid') throw new Error(`not invalid: ${analysis.state}`);
    const problem = analysis.problems.find((p) => p.path === `observations[${index}].value`);
    expect(problem).toBeDefined();
    const line = text.split('\n').findIndex((row) => row.includes('"value": "mười"')) + 1;
    expect(analysis.lines?.get(`observations[${index}].value`)).toBe(line);
  });

  it('names the metric of a period warning as the file names it', async () => {
    const { analysis } = await createAnalyser(csvSource(base))(base, { mode: 'merge' });
    if (analysis.state !== 'ready') throw new Error(`not ready: ${analysis.state}`);
    for (const warning of analysis.warnings)
      if (warning.code === 'periodLengths')
        expect(analysis.metricNames[warning.metric]?.vi).toBeTruthy();
  });

  it('refuses a file over the limit where it is read before reading a byte of it', async () => {
    // A file whose bytes throw when read: refused on its size alone.
    const file = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'lon.csv');
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.reject(new Error('read')),
    });
    expect(await readSource(file, MAX_PAGE_IMPORT_BYTES)).toEqual({
      state: 'fileProblem',
      name: 'lon.csv',
      problem: 'tooLargeOnPage',
    });
    const huge = { name: 'rat-lon.xlsx', size: MAX_IMPORT_BYTES + 1 } as File;
    expect(await readSource(huge, MAX_IMPORT_BYTES)).toEqual({
      state: 'fileProblem',
      name: 'rat-lon.xlsx',
      problem: 'tooLarge',
    });
  });
});

describe('a CSV too large to hold, read as a stream', () => {
  /** A CSV as the worker holds one over 64 MB: its file, read as a stream. */
  const streamedSource = (text: string): Extract<Source, { kind: 'csvFile' }> => ({
    name: 'so-lieu.csv',
    kind: 'csvFile',
    file: new Blob([text]),
    encoding: null,
  });

  it('is read so in the worker over 64 MB, up to 1.5 GB; on the page its limit stands', async () => {
    const large = { name: 'ca-nuoc.csv', size: STREAM_FROM + 1 } as File;
    expect(await readSource(large, MAX_IMPORT_BYTES)).toEqual({
      name: 'ca-nuoc.csv',
      kind: 'csvFile',
      file: large,
      encoding: null,
    });
    expect(await readSource(large, MAX_PAGE_IMPORT_BYTES)).toMatchObject({
      problem: 'tooLargeOnPage',
    });
    for (const name of ['ca-nuoc.csv', 'ca-nuoc.json']) {
      const huge = { name, size: MAX_STREAMED_BYTES + 1 } as File;
      expect(await readSource(huge, MAX_IMPORT_BYTES)).toMatchObject({
        problem: 'streamedTooLarge',
      });
    }
    // A workbook of the same size is read whole: refused over 128 MB.
    const workbook = { name: 'ca-nuoc.xlsx', size: STREAM_FROM * 2 + 1 } as File;
    expect(await readSource(workbook, MAX_IMPORT_BYTES)).toMatchObject({ problem: 'tooLarge' });
  });

  /**
   * A JSON file over 64 MB as the worker meets one, holding `text`: its size says 64 MB and more
   * (the rest read as nothing), so that the stream's path is taken without 64 MB made here.
   */
  const largeJson = (text: string) => {
    const bytes = new Blob([text]);
    return {
      name: 'lon.json',
      size: STREAM_FROM + 1,
      slice: (start?: number, end?: number) => bytes.slice(start, end),
    } as File;
  };
  const heldWhole = (text: string) =>
    createAnalyser({ name: 'lon.json', kind: 'json', text, encoding: 'utf-8' })(base, {
      mode: 'merge',
    });

  it('reads a JSON file over 64 MB as a stream when opened: the report its text gives, its bytes said', async () => {
    const text = JSON.stringify(base, null, 1);
    const said: number[] = [];
    const source = await readSource(largeJson(text), MAX_IMPORT_BYTES, undefined, (bytes) => {
      expect(bytes).toMatchObject({ total: STREAM_FROM + 1, passes: 1 });
      said.push(bytes.read);
    });
    expect(source).toMatchObject({ kind: 'jsonStream', encoding: 'utf-8' });
    expect(said.at(-1)).toBe(STREAM_FROM + 1);
    if ('state' in source) throw new Error('refused');
    const streamed = await createAnalyser(source)(base, { mode: 'merge' });
    const whole = await heldWhole(text);
    // The same report, but for the lines of a JSON file held whole (a stream keeps no lines).
    expect({ ...streamed.analysis, lines: null }).toEqual({ ...whole.analysis, lines: null });
    expect(streamed.result).toEqual(whole.result);
  });

  it('says a large JSON file that is no JSON, or gives a key twice, as a file held whole does', async () => {
    const cases = [
      JSON.stringify(base).slice(0, -1),
      JSON.stringify(base).replace('"observations":[{', '"observations":[{"value":1,'),
    ];
    for (const text of cases) {
      const source = await readSource(largeJson(text), MAX_IMPORT_BYTES);
      if ('state' in source) throw new Error('refused');
      const { analysis } = await createAnalyser(source)(base, { mode: 'merge' });
      const whole = (await heldWhole(text)).analysis;
      if (analysis.state !== 'invalid' || whole.state !== 'invalid') throw new Error('not invalid');
      const said = (problems: Problem[]) => problems.map((p) => `${p.code} ${p.path}`);
      expect(said(analysis.problems)).toEqual(said(whole.problems));
    }
  });

  it('gives the report the same file held as text gives, its first pass said in bytes', async () => {
    const text = datasetToCsv(base);
    const source = streamedSource(text);
    const said: string[] = [];
    const streamed = await createAnalyser(source)(base, { mode: 'merge' }, (stage, rows, bytes) =>
      said.push(
        bytes ? `${stage} ${bytes.read}/${bytes.total}` : rows ? `${stage} ${rows.read}` : stage,
      ),
    );
    const whole = await createAnalyser(csvSource(base))(base, { mode: 'merge' });
    expect(streamed).toEqual(whole);
    const size = new Blob([text]).size;
    const n = base.observations.length;
    expect(said).toEqual(['file', `file ${size}/${size}`, `rows ${n}`, 'check', 'compare']);
    // Its encoding, found by the first read, is said and kept for the next.
    expect(source.encoding).toBe('utf-8');
  });

  it('keeps its first pass while the user answers: a choice reads only its rows again', async () => {
    const text = datasetToCsv(base);
    const source = streamedSource(text);
    const analyse = createAnalyser(source);
    const stagesOf = async (dataset: Dataset, numberStyle?: 'vi' | 'en') => {
      const said: string[] = [];
      const { analysis } = await analyse(
        dataset,
        { mode: 'merge', numberStyle },
        (stage, rows, bytes) =>
          said.push(bytes ? `${stage} bytes` : rows ? `${stage} rows` : stage),
      );
      return { said: [...new Set(said)], analysis };
    };
    expect((await stagesOf(base)).said).toEqual([
      'file',
      'file bytes',
      'rows rows',
      'check',
      'compare',
    ]);
    const chosen = await stagesOf(base, 'vi');
    expect(chosen.said).toEqual(['rows', 'rows rows', 'check', 'compare']);
    const whole = await createAnalyser(csvSource(base))(base, { mode: 'merge', numberStyle: 'vi' });
    expect(chosen.analysis).toEqual(whole.analysis);
    // Other data shown: weighed again (its indicators say which numbers are counts).
    expect((await stagesOf(bundledDataset(), 'vi')).said[0]).toBe('file');
  });
});

describe('a dataset sent in parts', () => {
  const city = validateDataset(withMadeUpDistricts(13));
  if (!city.ok) throw new Error('the made-up districts are valid');

  it.each([0, 1, FIGURES_PER_PART, FIGURES_PER_PART + 1, 3 * FIGURES_PER_PART - 7])(
    'comes back whole with %i figures, its keys in their order',
    (count) => {
      const source = city.data.observations;
      const observations = Array.from({ length: count }, (_, i) => source[i % source.length]!);
      const dataset: Dataset = { ...city.data, observations };
      const parts = [...datasetParts(dataset)];
      expect(parts).toHaveLength(2 + Math.ceil(count / FIGURES_PER_PART));
      const add = datasetAssembler();
      const assembled = parts.map((part) => add(structuredClone(part)));
      expect(assembled.slice(0, -1).every((step) => step === null)).toBe(true);
      expect(JSON.stringify(assembled.at(-1))).toBe(JSON.stringify(dataset));
    },
  );
});

describe('an import read on the page (no worker: jsdom, the single-file build)', () => {
  const file = () => new File([datasetToCsv(base)], 'so-lieu.csv', { type: 'text/csv' });

  it('says its stages and gives the report', async () => {
    const stages: Stage[] = [];
    const session = openImportSession(file());
    const report = await session.analyse(base, { mode: 'merge' }, (stage) => stages.push(stage));
    expect(stages).toEqual(['file', 'rows']);
    expect(report.analysis.state).toBe('ready');
    expect((await session.result(report)).observations).toHaveLength(base.observations.length);
  });

  it('gives the result of the report shown, and of no report since replaced', async () => {
    const session = openImportSession(file());
    const merged = await session.analyse(base, { mode: 'merge' }, () => undefined);
    const replaced = await session.analyse(base, { mode: 'replace' }, () => undefined);
    await expect(session.result(merged)).rejects.toThrow('not the last');
    await expect(session.unsavedJson(merged)).rejects.toThrow('not the last');
    expect((await session.result(replaced)).observations).toHaveLength(base.observations.length);
  });

  it('stops when told, and reads again when asked again', async () => {
    const session = openImportSession(file());
    const reading = session.analyse(base, { mode: 'merge' }, () => undefined);
    session.stop();
    await expect(reading).rejects.toBeInstanceOf(Stopped);
    const again = await session.analyse(base, { mode: 'merge' }, () => undefined);
    expect(again.analysis.state).toBe('ready');
  });
});
