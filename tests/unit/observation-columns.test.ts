import { tableFromIPC } from '@uwdata/flechette';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunkRanges,
  ColumnsUnreadableError,
  decodeObservationChunks,
  decodeObservations,
  encodeObservationChunks,
  encodeObservations,
  openObservations,
} from '../../src/domain/observation-columns';
import type { Observation } from '../../src/domain/schema';
import { observation } from '../support/observation-arbitrary';
import { validateDataset } from '../../src/domain/validate';
import { bundledDataset } from '../fixtures/dataset';
import { partsOf, partTestDataset } from '../fixtures/part-dataset';
import { filterOptions } from '../../src/domain/view/dashboard';
import { citationCounts } from '../../src/domain/view/sources';
import { figuresOfPart, viewPart } from '../../src/domain/view/view-part';

/** The bit width of a dictionary column's keys, as the bytes' schema says. */
function keyBitsOf(bytes: Uint8Array, column: string): number | undefined {
  const type = tableFromIPC(bytes).schema.fields.find((field) => field.name === column)?.type as
    { indices?: { bitWidth?: number } } | undefined;
  return type?.indices?.bitWidth;
}

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

describe('the columnar form of observations', () => {
  it('gives back every observation exactly: fields absent stay absent, null stays null', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 40 }), (observations) => {
        const back = decodeObservations(encodeObservations(observations));
        expect(back).toStrictEqual(observations);
        back.forEach((o, i) => expect(Object.is(o.value, observations[i]!.value)).toBe(true));
      }),
    );
  });

  it('gives back the bundled dataset, which then passes the validator unchanged', () => {
    const dataset = bundledDataset();
    const observations = decodeObservations(encodeObservations(dataset.observations));
    expect(observations).toStrictEqual(dataset.observations);
    const checked = validateDataset({ ...dataset, observations });
    expect(checked.ok).toBe(true);
  });

  it('keeps a target absent apart from a target given as null, and -0 as -0', () => {
    const base = { id: 'a', unit: 'u', metric: 'm', period: 'p', source: 's', quote: 'q' };
    const rows: Observation[] = [
      { ...base, value: 1 },
      { ...base, id: 'b', value: null, target: null },
      { ...base, id: 'c', value: -0, target: 0 },
    ];
    const back = decodeObservations(encodeObservations(rows));
    expect('target' in back[0]!).toBe(false);
    expect(back[1]!.target).toBeNull();
    expect(Object.is(back[2]!.value, -0)).toBe(true);
    expect(back[2]!.target).toBe(0);
  });

  it.each([
    [1, 'one byte'],
    [127, 'one byte'],
    [128, 'two bytes'],
    [32_767, 'two bytes'],
    [32_768, 'four bytes'],
  ])('keys a column of %i distinct values in %s, and gives back every row', (distinct, width) => {
    const rows: Observation[] = Array.from({ length: Math.max(distinct, 300) }, (_, i) => ({
      id: `o-${i}`,
      unit: `u-${i % distinct}`,
      metric: 'm',
      period: 'p',
      value: i,
      source: 's',
      quote: i % 2 ? 'q' : `q-${i % distinct}`,
    }));
    const bytes = encodeObservations(rows);
    expect(decodeObservations(bytes)).toStrictEqual(rows);
    // The keys' width, read back from the schema the bytes carry.
    const bits = { 'one byte': 8, 'two bytes': 16, 'four bytes': 32 }[width];
    expect(keyBitsOf(bytes, 'unit')).toBe(bits);
  });

  it('keys a column of nulls alone, or of one value among nulls, in one byte', () => {
    const rows: Observation[] = Array.from({ length: 200 }, (_, i) => ({
      id: `o-${i}`,
      unit: 'u',
      metric: 'm',
      period: 'p',
      value: i,
      source: 's',
      quote: 'q',
      ...(i === 7 ? { statedGrowth: { percent: 3.5, comparedTo: 'p0' } } : {}),
    }));
    const bytes = encodeObservations(rows);
    expect(decodeObservations(bytes)).toStrictEqual(rows);
    expect(keyBitsOf(bytes, 'formula')).toBe(8);
    expect(keyBitsOf(bytes, 'growthComparedTo')).toBe(8);
  });

  it('writes repeated text once: a quote shared by every row costs little', () => {
    const quote = 'Số liệu giả lập, không phải trích dẫn thật. '.repeat(20);
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      id: `o-${i}`,
      unit: `u-${i % 30}`,
      metric: 'm',
      period: 'p',
      value: i,
      source: 's',
      quote,
    }));
    const bytes = encodeObservations(rows).byteLength;
    expect(bytes).toBeLessThan(JSON.stringify(rows).length / 10);
  });

  it('makes a chunk’s rows objects a range at a time, the same as all at once', () => {
    const rows = bundledDataset().observations;
    const opened = openObservations(encodeObservations(rows));
    expect(opened.length).toBe(rows.length);
    const ranges = [opened.read(0, 5), opened.read(5, 10), opened.read(10, 10 + 1000)];
    expect(ranges.map((range) => range.length)).toEqual([5, 5, rows.length - 10]);
    expect(ranges.flat()).toStrictEqual(rows);
  });

  it('makes rows of one shape with the same values, every field there, each row’s order the same', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 40 }), (observations) => {
        const opened = openObservations(encodeObservations(observations));
        const rows = opened.readOfOneShape(0, opened.length);
        const shapes = new Set(rows.map((row) => Object.keys(row).join()));
        expect(shapes.size).toBeLessThanOrEqual(1);
        // Its fields undefined where the row lacks them: otherwise the row as read.
        const defined = rows.map((row) =>
          Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)),
        );
        expect(defined).toStrictEqual(opened.read(0, opened.length));
        rows.forEach((o, i) => expect(Object.is(o.value, observations[i]!.value)).toBe(true));
      }),
    );
  });

  it('makes one district’s rows objects, in order, wherever they are in the chunk', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(observation, fc.constantFrom('cau-giay', 'dong-da', 'ba-dinh'))
            .map(([obs, unit]) => ({ ...obs, unit })),
          { maxLength: 40 },
        ),
        (rows) => {
          const opened = openObservations(encodeObservations(rows));
          for (const unit of ['cau-giay', 'dong-da', 'ba-dinh', 'nowhere'])
            expect(opened.readUnit(unit)).toStrictEqual(rows.filter((obs) => obs.unit === unit));
        },
      ),
    );
  });

  it('reads a year’s or a topic’s part from the columns as from the objects, chunk by chunk', () => {
    const dataset = partTestDataset();
    const whole = {
      years: [...filterOptions(dataset).years],
      citations: Object.fromEntries(citationCounts(dataset)),
    };
    // In small chunks, and in one: a part of a few of its rows reads their ids alone.
    for (const size of [17, dataset.observations.length]) {
      const chunks = encodeObservationChunks(dataset.observations, size).map(openObservations);
      for (const asked of [
        { year: whole.years[0]!, topic: null },
        { year: whole.years[1]!, topic: 'economy' },
        { year: null, topic: 'culture-society' },
      ]) {
        const part = () => viewPart(partsOf(dataset), whole, { ...asked, unit: null })!;
        const fromColumns = part();
        for (const chunk of chunks) chunk.notePlaces((row) => fromColumns.note(row));
        const read = chunks.flatMap((chunk) => chunk.readPart(fromColumns));
        expect(read.length).toBeGreaterThan(0);
        expect(read).toStrictEqual(figuresOfPart(part(), dataset.observations));
        if (asked.topic === 'economy' && chunks.length === 1)
          expect(read.length * 4).toBeLessThan(size);
      }
    }
  });

  it('says so for bytes that are not columns', () => {
    expect(() => decodeObservations(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(
      ColumnsUnreadableError,
    );
  });
});

describe('chunks', () => {
  const rows = (count: number, quoteLength = 10): Observation[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `o-${i}`,
      unit: 'u',
      metric: 'm',
      period: 'p',
      value: i,
      source: 's',
      quote: 'x'.repeat(quoteLength),
    }));

  it.each([
    // rows, max rows, max bytes, ranges
    [0, 3, 1e9, [[0, 0]]],
    [1, 3, 1e9, [[0, 1]]],
    [3, 3, 1e9, [[0, 3]]],
    [
      7,
      3,
      1e9,
      [
        [0, 3],
        [3, 6],
        [6, 7],
      ],
    ],
    // each row is 2 × (3 + 10) + 96 = 122 bytes of text: two fit in 250
    [
      5,
      100,
      250,
      [
        [0, 2],
        [2, 4],
        [4, 5],
      ],
    ],
    // one row over the bound alone still makes a chunk of its own
    [
      2,
      100,
      10,
      [
        [0, 1],
        [1, 2],
      ],
    ],
  ])('%i rows, at most %i a chunk and %i bytes: %j', (count, maxRows, maxBytes, expected) => {
    expect(chunkRanges(rows(count), maxRows, maxBytes)).toEqual(expected);
  });

  it('cuts a long quote’s rows into more chunks, and puts them back together in order', () => {
    const long = rows(9, 2000);
    const chunks = encodeObservationChunks(long, 100, 3 * 4102);
    expect(chunks).toHaveLength(3);
    expect(decodeObservationChunks(chunks)).toStrictEqual(long);
  });

  it('reassembles 120,000 observations from chunks of 50,000', () => {
    const many = rows(120_000);
    const chunks = encodeObservationChunks(many);
    expect(chunks).toHaveLength(3);
    const back = decodeObservationChunks(chunks);
    expect(back).toHaveLength(120_000);
    expect(back[0]).toStrictEqual(many[0]);
    expect(back[50_000]).toStrictEqual(many[50_000]);
    expect(back.at(-1)).toStrictEqual(many.at(-1));
  });
});
