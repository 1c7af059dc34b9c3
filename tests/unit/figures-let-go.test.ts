import { describe, expect, it } from 'vitest';
import {
  figuresInParts,
  figuresLetGo,
  FiguresLetGoError,
  FiguresNotReadBack,
  letFiguresGo,
  wholeDataset,
  withFigures,
  type ReadBack,
} from '../../src/data/share-view-work';
import { STEPS_FROM, viewShared, viewSharedIn } from '../../src/data/view-languages';
import { datasetCsvParts, datasetCsvWriter } from '../../src/domain/dataset-csv';
import { datasetJsonParts, datasetJsonWriter } from '../../src/domain/dataset-json';
import type { Dataset, Observation } from '../../src/domain/schema';
import type { Filters, Lang } from '../../src/domain/url-state';
import { buildDashboardView, filterOptions } from '../../src/domain/view/dashboard';
import { sharedViewSteps } from '../../src/domain/view/shared-steps';
import { bundledDataset } from '../fixtures/dataset';
import { withMadeUpDistricts } from '../fixtures/made-up-districts';
import { validateDataset } from '../../src/domain/validate';

// A large dataset's figures, let go by the page once its views' shared work is done: its views
// read them resolved, and a download or an import reads them back (src/data/share-view-work.ts).

/** A city's worth of figures: made-up districts, each with Cầu Giấy's, over STEPS_FROM in all. */
function city(): Dataset {
  const checked = validateDataset(withMadeUpDistricts(2_001));
  if (!checked.ok) throw new Error('the fixture is not valid');
  return checked.data;
}

/** The same dataset, a new object: its views worked out apart from the held one's. */
const copyOf = (dataset: Dataset): Dataset => structuredClone(dataset);

/** The dataset's views' shared work done in `lang`, as the page does before letting go. */
function shareIn(dataset: Dataset, lang: Lang): void {
  for (const step of sharedViewSteps(dataset, lang)) step();
  viewShared(dataset, lang);
}

/** Every filter a reader can choose, one at a time, and some together. */
function everyView(dataset: Dataset): Filters[] {
  const { years, topicIds, unitIds } = filterOptions(dataset);
  const none: Filters = { year: null, topic: null, unit: null };
  return [
    none,
    ...years.map((year) => ({ ...none, year })),
    ...topicIds.map((topic) => ({ ...none, topic })),
    ...unitIds.slice(0, 4).map((unit) => ({ ...none, unit })),
    ...unitIds.slice(-2).map((unit) => ({ ...none, unit })),
    { year: years.at(-1) ?? null, topic: topicIds[0] ?? null, unit: unitIds[1] ?? null },
  ];
}

/** The figures read back as a kept import's are: a part (here of 7,000) at a time. */
const readBackOf =
  (observations: Observation[]): ReadBack =>
  async (onPart, onRead) => {
    const figures = structuredClone(observations);
    for (let read = 0; read < figures.length; read += 7_000) {
      await Promise.resolve();
      onRead(Math.min(figures.length, read + 7_000));
      await onPart(figures.slice(read, read + 7_000));
    }
  };

describe('a large dataset’s figures let go', () => {
  const held = city();
  /** A copy of it as the page holds a kept import: its Vietnamese shared work done, then let go. */
  const letGoCopy = () => {
    const letGo = copyOf(held);
    shareIn(letGo, 'vi');
    letFiguresGo(letGo, readBackOf(held.observations));
    return letGo;
  };

  it('is a dataset of more figures than are worked out with its first view', () => {
    expect(held.observations.length).toBeGreaterThan(STEPS_FROM);
  });

  it('gives every view, in either language, exactly as when they are held', () => {
    const letGo = letGoCopy();
    expect(figuresLetGo(letGo)).toBe(true);
    expect(filterOptions(letGo)).toEqual(filterOptions(held));
    // English was never worked out ahead: its views read the resolved figures all the same.
    for (const lang of ['vi', 'en'] as const)
      for (const filters of everyView(held)) {
        // Written whole, every chart of it built (its panels), every word and number.
        expect(JSON.stringify(buildDashboardView(letGo, filters, lang))).toBe(
          JSON.stringify(buildDashboardView(held, filters, lang)),
        );
      }
  });

  it('cannot be read as an empty list: a figure or a pass over them is an error, their count stays known', () => {
    const letGo = letGoCopy();
    expect(() => letGo.observations[0]).toThrow(FiguresLetGoError);
    expect(() => [...letGo.observations]).toThrow(FiguresLetGoError);
    expect(() => letGo.observations.map((obs) => obs.id)).toThrow(FiguresLetGoError);
    expect(() => [...datasetCsvParts(letGo)]).toThrow(FiguresLetGoError);
    expect(() => JSON.stringify(letGo.observations)).toThrow(FiguresLetGoError);
    expect(letGo.observations.length).toBe(held.observations.length);
    // Neither copied by a spread nor sent to a worker without them.
    expect(Object.keys({ ...letGo })).not.toContain('observations');
    expect(structuredClone(letGo)).not.toHaveProperty('observations');
  });

  it('is read back whole for a download: the same JSON and CSV, byte for byte', async () => {
    const letGo = letGoCopy();
    const said: number[] = [];
    const whole = await wholeDataset(letGo, (read) => said.push(read));
    expect(said.at(-1)).toBe(held.observations.length);
    expect(whole).not.toBe(letGo);
    expect([...datasetJsonParts(whole, 5_000)].join('')).toBe(`${JSON.stringify(held, null, 2)}\n`);
    expect([...datasetCsvParts(whole)].join('')).toBe([...datasetCsvParts(held)].join(''));
    // Still let go: the copy read back is the caller's alone.
    expect(() => letGo.observations[0]).toThrow(FiguresLetGoError);
  });

  it('is read back a part at a time, in order, and written as it comes: the same JSON and CSV', async () => {
    const letGo = letGoCopy();
    const parts: Observation[][] = [];
    const said: number[] = [];
    const shape = withFigures(letGo, []);
    const json = datasetJsonWriter(shape, letGo.observations.length);
    const csv = datasetCsvWriter(shape);
    let jsonText = json.head;
    let csvText = csv.head;
    await figuresInParts(
      letGo,
      (part) => {
        parts.push(part);
        jsonText += json.rows(part);
        csvText += csv.rows(part);
      },
      (read) => said.push(read),
    );
    // No more than a part made at a time; every figure once, in order.
    expect(parts.length).toBe(Math.ceil(held.observations.length / 7_000));
    expect(Math.max(...parts.map((part) => part.length))).toBe(7_000);
    expect(parts.flat()).toEqual(held.observations);
    expect(said.at(-1)).toBe(held.observations.length);
    expect(jsonText + json.tail).toBe(`${JSON.stringify(held, null, 2)}\n`);
    expect(csvText).toBe([...datasetCsvParts(held)].join(''));
    // Held, they are handed over at once, as they are.
    const small = bundledDataset();
    const once: Observation[][] = [];
    await figuresInParts(small, (part) => void once.push(part));
    expect(once).toEqual([small.observations]);
    expect(once[0]).toBe(small.observations);
  });

  it('says when more come back than were let go, having handed over no more than were', async () => {
    const long = copyOf(held);
    letFiguresGo(long, readBackOf([...held.observations, ...held.observations.slice(0, 7_001)]));
    let handed = 0;
    await expect(
      figuresInParts(long, (part) => void (handed += part.length)),
    ).rejects.toBeInstanceOf(FiguresNotReadBack);
    expect(handed).toBeLessThanOrEqual(held.observations.length);
  });

  it('is the dataset itself while it is held', async () => {
    const small = bundledDataset();
    expect(await wholeDataset(small)).toBe(small);
    expect(figuresLetGo(small)).toBe(false);
  });

  it('says when they cannot be read back, or not all of them', async () => {
    const failing = copyOf(held);
    letFiguresGo(failing, () => Promise.reject(new Error('changed in another tab')));
    await expect(wholeDataset(failing)).rejects.toBeInstanceOf(FiguresNotReadBack);
    const short = copyOf(held);
    letFiguresGo(short, readBackOf(held.observations.slice(1)));
    await expect(wholeDataset(short)).rejects.toBeInstanceOf(FiguresNotReadBack);
  });

  it('changes language only once what its views share is worked out in that language', () => {
    const letGo = letGoCopy();
    expect(viewSharedIn(letGo, 'vi')).toBe(true);
    // Its list's length says it is large; nothing else of the list is read.
    expect(viewSharedIn(letGo, 'en')).toBe(false);
    shareIn(letGo, 'en');
    expect(viewSharedIn(letGo, 'en')).toBe(true);
  });
});
