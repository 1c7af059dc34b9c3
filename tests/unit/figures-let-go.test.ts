import { describe, expect, it } from 'vitest';
import {
  figuresLetGo,
  FiguresLetGoError,
  FiguresNotReadBack,
  letFiguresGo,
  wholeDataset,
} from '../../src/data/share-view-work';
import { STEPS_FROM, viewShared, viewSharedIn } from '../../src/data/view-languages';
import { datasetCsvParts } from '../../src/domain/dataset-csv';
import { datasetJsonParts } from '../../src/domain/dataset-json';
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

const readBackOf =
  (observations: Observation[]) =>
  async (onRead: (read: number) => void): Promise<Observation[]> => {
    await Promise.resolve();
    onRead(observations.length);
    return structuredClone(observations);
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
    expect(said).toEqual([held.observations.length]);
    expect(whole).not.toBe(letGo);
    expect([...datasetJsonParts(whole, 5_000)].join('')).toBe(`${JSON.stringify(held, null, 2)}\n`);
    expect([...datasetCsvParts(whole)].join('')).toBe([...datasetCsvParts(held)].join(''));
    // Still let go: the copy read back is the caller's alone.
    expect(() => letGo.observations[0]).toThrow(FiguresLetGoError);
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
