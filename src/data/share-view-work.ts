import type { Dataset, Observation } from '../domain/schema';
import type { Lang } from '../domain/url-state';
import { sharedViewSteps } from '../domain/view/shared-steps';
import { nextTask } from './next-task';
import { viewShared } from './view-languages';

/**
 * What every view of a dataset shares (domain/view/shared-steps.ts), worked out a step a task:
 * a large kept import's before it is handed over (kept-load.ts), a dataset opened from an
 * address's (remote-dataset.ts), an import's before it is shown (the import dialog), and a
 * large dataset's in another language before the page changes to it (dataset-query.ts's
 * prepareViewIn), so before any render reads it (360,000 figures would otherwise be a second of
 * one task). Loaded with those, never for the bundled data.
 */
export async function shareViewWork(dataset: Dataset, lang: Lang): Promise<void> {
  for (const step of sharedViewSteps(dataset, lang)) {
    await nextTask();
    step();
  }
  viewShared(dataset, lang);
}

/**
 * How far a kept import is being read back (kept-load.ts): its figures made objects, then its
 * views' shared work (above). Said by whoever waits on it with nothing else to show, the import
 * dialog that has just kept a large import and shows it from storage. Null when none is being
 * read. Kept here, in a chunk both load already, rather than in a chunk of its own, which the
 * page's first script would have to name.
 */
export type KeptLoadProgress =
  { step: 'read'; read: number; total: number } | { step: 'prepare'; total: number };

let current: KeptLoadProgress | null = null;
const listeners = new Set<() => void>();

export const keptLoadProgress = {
  get: (): KeptLoadProgress | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(progress: KeptLoadProgress | null): void {
    current = progress;
    for (const listener of listeners) listener();
  },
};

/**
 * A large dataset's figures, held by the page once. Its views read its figures resolved
 * (domain/observations.ts: each with its district, indicator, period and source looked up), which
 * every view shares; the figures as read are needed again only to write every one out (a
 * download, the Parquet file, the base an import is compared with). A kept import's are let go
 * once its views' shared work is done (kept-load.ts) and read back from the browser's store when
 * one of those asks (`wholeDataset`): for the country's 3.6 million figures, 140 MB of the page's
 * heap. Kept in this module, whose chunk the page's first script names already (a module of its
 * own would add its name there, over that script's budget).
 *
 * The dataset stays the same object (every cache of its views is keyed by it); its `observations`
 * once they are let go are a list of which only the length can be read: a figure or a pass over
 * them throws `FiguresLetGoError`, so that no code reads an empty list as the data. What reads
 * them goes through `wholeDataset`.
 */

/** A dataset's figures were read after they were let go: a mistake of the code, not the data's. */
export class FiguresLetGoError extends Error {
  constructor() {
    super("The dataset's figures were let go: read them back with wholeDataset");
    this.name = 'FiguresLetGoError';
  }
}

/**
 * Reads a dataset's figures back, in their order, a part at a time (a kept chunk's), each handed
 * to `onPart` and awaited before the next is read; `onRead`: how many so far, as it goes.
 */
export type ReadBack = (
  onPart: (figures: Observation[]) => Promise<void> | void,
  onRead: (read: number) => void,
) => Promise<void>;

/** The figures let go could not be read back (what they were read from changed, or failed). */
export class FiguresNotReadBack extends Error {
  constructor(cause: unknown) {
    super('The figures let go could not be read back', { cause });
    this.name = 'FiguresNotReadBack';
  }
}

interface LetGo {
  count: number;
  /** The dataset's keys in their order, `observations` among them: the whole is written as held. */
  keys: string[];
  readBack: ReadBack;
}

const letGo = new WeakMap<Dataset, LetGo>();

/**
 * Lets the dataset's figures go; `readBack` gives them again, in their order (or rejects, when
 * what they were read from has changed). Its views must have what they share worked out first:
 * a view reads the resolved figures, never the list itself.
 */
export function letFiguresGo(dataset: Dataset, readBack: ReadBack): void {
  if (letGo.has(dataset)) return;
  const count = dataset.observations.length;
  letGo.set(dataset, { count, keys: Object.keys(dataset), readBack });
  // A list of which only the length is known: anything else read of it is an error.
  const list = new Proxy([], {
    get(_, key) {
      if (key === 'length') return count;
      throw new FiguresLetGoError();
    },
  });
  Object.defineProperty(dataset, 'observations', {
    get: () => list,
    // Not copied by a spread, nor by a structured clone (a worker given it would get none).
    enumerable: false,
    configurable: true,
  });
}

/** Whether the dataset's figures are let go (then `wholeDataset` reads them back). */
export const figuresLetGo = (dataset: Dataset): boolean => letGo.has(dataset);

/**
 * The dataset with every figure: itself while the page holds them, else a copy with them read
 * back (a new object, held only by the caller; its keys in the order they were held, so that
 * its JSON is the same text), `onRead` told how many as they come. Rejects
 * with FiguresNotReadBack when they cannot be, or are not as many as were let go.
 */
export async function wholeDataset(
  dataset: Dataset,
  onRead: (read: number) => void = () => undefined,
): Promise<Dataset> {
  if (!letGo.has(dataset)) return dataset;
  const observations: Observation[] = [];
  await figuresInParts(
    dataset,
    (part) => {
      for (const obs of part) observations.push(obs);
    },
    onRead,
  );
  return withFigures(dataset, observations);
}

/**
 * Every figure of the dataset, in order, a part at a time to `onPart` (awaited before the next):
 * all at once while the page holds them, else read back a kept chunk at a time, so that no more
 * than a part is made objects beside what the page holds (a download of the country's 3.6
 * million figures, written as they come). Rejects as `wholeDataset` does; a part already handed
 * over is not taken back.
 */
export async function figuresInParts(
  dataset: Dataset,
  onPart: (figures: Observation[]) => Promise<void> | void,
  onRead: (read: number) => void = () => undefined,
): Promise<void> {
  const held = letGo.get(dataset);
  if (!held) return onPart(dataset.observations);
  let read = 0;
  try {
    await held.readBack(async (part) => {
      read += part.length;
      if (read > held.count) throw new Error(`more than the ${held.count} figures let go`);
      await onPart(part);
    }, onRead);
  } catch (error) {
    throw error instanceof FiguresNotReadBack ? error : new FiguresNotReadBack(error);
  }
  if (read !== held.count)
    throw new FiguresNotReadBack(new Error(`${read} of ${held.count} figures`));
}

/**
 * The dataset with these figures in place of its own, its keys in the order they were held (the
 * same JSON text): what a download writes with its figures read back, or none yet.
 */
export function withFigures(dataset: Dataset, observations: Observation[]): Dataset {
  const held = letGo.get(dataset);
  if (!held) return { ...dataset, observations };
  const fields = dataset as unknown as Record<string, unknown>;
  return Object.fromEntries(
    held.keys.map((key) => [key, key === 'observations' ? observations : fields[key]]),
  ) as unknown as Dataset;
}
