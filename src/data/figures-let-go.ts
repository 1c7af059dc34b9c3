import type { Dataset, Observation } from '../domain/schema';
import { viewOfLetGo } from './view-languages';

/**
 * A large dataset's figures, held by the page once. Its views read its figures resolved
 * (domain/observations.ts: each with its district, indicator, period and source looked up), which
 * every view shares; the figures as read are needed again only to write every one out (a download,
 * the Parquet file, the base an import is compared with). A kept import's are let go once its
 * views' shared work is done (kept-load.ts) and read back from the browser's store when one of
 * those asks (`wholeDataset`): for the country's 3.6 million figures, 140 MB of the page's heap.
 *
 * The dataset stays the same object (every cache of its views is keyed by it); reading its
 * `observations` once they are let go throws `FiguresLetGoError`, so that no code reads an empty
 * list as the data. What reads them goes through `figureCount` and `wholeDataset`.
 */

/** A dataset's figures were read after they were let go: a mistake of the code, not the data's. */
export class FiguresLetGoError extends Error {
  constructor() {
    super("The dataset's figures were let go: read them back with wholeDataset");
    this.name = 'FiguresLetGoError';
  }
}

/** Reads a dataset's figures back; `onRead`: how many so far, as it goes. */
export type ReadBack = (onRead: (read: number) => void) => Promise<Observation[]>;

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
  letGo.set(dataset, { count: dataset.observations.length, keys: Object.keys(dataset), readBack });
  viewOfLetGo(dataset);
  Object.defineProperty(dataset, 'observations', {
    get() {
      throw new FiguresLetGoError();
    },
    // Not copied by a spread, nor by a structured clone (a worker given it would get none).
    enumerable: false,
    configurable: true,
  });
}

/** Whether the dataset's figures are let go (then `wholeDataset` reads them back). */
export const figuresLetGo = (dataset: Dataset): boolean => letGo.has(dataset);

/** How many figures the dataset holds, whether or not they are let go. */
export const figureCount = (dataset: Dataset): number =>
  letGo.get(dataset)?.count ?? dataset.observations.length;

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
  const held = letGo.get(dataset);
  if (!held) return dataset;
  let observations: Observation[];
  try {
    observations = await held.readBack(onRead);
  } catch (error) {
    throw new FiguresNotReadBack(error);
  }
  if (observations.length !== held.count)
    throw new FiguresNotReadBack(new Error(`${observations.length} of ${held.count} figures`));
  const fields = dataset as unknown as Record<string, unknown>;
  return Object.fromEntries(
    held.keys.map((key) => [key, key === 'observations' ? observations : fields[key]]),
  ) as unknown as Dataset;
}
