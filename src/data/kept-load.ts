import { isDatasetLayout } from '../domain/dataset-layout';
import type { Dataset, Observation } from '../domain/schema';
import type { Lang } from '../domain/url-state';
import { withWholeFacts } from '../domain/view/district-part';
import { validateDataset } from '../domain/validate';
import { keptDataset } from './kept-chunks';
import { VALIDATION_RULES } from './kept-digest';
import { keepFirstView } from './district-first';
import {
  showDistrictFirst,
  showPartFirst,
  type FirstViewAsked,
  type KeptCome,
} from './kept-first-view';
import { keptComing } from './kept-coming';
import { checkKeptInWorker } from './kept-reader';
import { readKept } from './kept-read';
import { StoredChangedError, type KeptRecord, type StoredRead } from './kept-record';
import { inBackground } from './in-background';
import { keptResolvedInTasks } from './kept-resolved';
import { observationsInTasks } from './observations-in-tasks';
import { keptLoadProgress, letFiguresGo, shareViewWork } from './share-view-work';
import { STEPS_FROM } from './view-languages';

/**
 * A kept import, read once its record is known to be there (stored-dataset.ts reads the record
 * first, as the page starts): a module of its own, loaded for a kept import alone.
 */

/**
 * A kept import of more figures than this is validated in a worker while the page reads it
 * (validating 360,000 figures on the page would be a second of one task). Smaller ones are read
 * and validated on the page, sooner than a worker could start.
 */
export const CHECK_IN_WORKER_FROM = 50_000;

/**
 * The import whose record is `record`: read and validated; a large one (more figures than
 * STEPS_FROM) has its views' shared work done in `lang` before it is returned (a step a task,
 * share-view-work.ts, before any render reads it). With `first`, a large one's view of the
 * district it names is shown first (first-view.ts), from that district's chunks alone
 * (kept-first-view.ts), before the rest is read; of the year or topic it names, from that part
 * of the chunks, before the rest are made objects.
 */
export async function loadKept(
  record: unknown,
  lang: Lang,
  first?: FirstViewAsked,
): Promise<StoredRead> {
  try {
    return await loadKeptSaid(record, lang, first);
  } finally {
    keptLoadProgress.set(null);
  }
}

/** loadKept, how far it is said as it goes (share-view-work.ts's keptLoadProgress). */
async function loadKeptSaid(
  record: unknown,
  lang: Lang,
  first?: FirstViewAsked,
): Promise<StoredRead> {
  const prepare = (dataset: Dataset) => {
    keptLoadProgress.set({ step: 'prepare', total: dataset.observations.length });
    return shareViewWork(dataset, lang);
  };
  // One district's page of a large import: that district first, from its own chunks.
  const count = (record as { observations?: unknown }).observations;
  const large = first && typeof count === 'number' && count > CHECK_IN_WORKER_FROM ? first : null;
  let shown = large && (await showDistrictFirst(record as Partial<KeptRecord>, large));
  // Validated when it was kept, by a build of the same rules: its bytes compared, not its figures.
  if ((record as Partial<KeptRecord>).validated?.rules === VALIDATION_RULES && VALIDATION_RULES) {
    // A year's or a topic's page, if no district's was shown: that part first, once the chunks
    // are known to be as validated. Either shown, the rest is read behind it.
    const showFirst = async (kept: KeptCome, asValidated: Promise<boolean>) => {
      if (large && !shown) shown = await showPartFirst(kept, asValidated, large);
      return shown != null;
    };
    const read = await readValidated(prepare, showFirst).catch(() => null);
    // The same revision as the part's, read as written: kept as the whole's view.
    if (read?.kind === 'ok' && shown && large && read.revision === shown.revision)
      keepFirstView(read.stored.dataset, shown, large.keep);
    if (read) return read;
  }
  if (typeof count === 'number' && count > CHECK_IN_WORKER_FROM) {
    const checking = startCheck();
    if (checking) {
      const read = await readWhileChecked(checking, prepare).catch(() => null);
      if (read) return read;
    }
  }
  const read = await readOnPage();
  if (read.kind === 'ok' && read.stored.dataset.observations.length > STEPS_FROM)
    await prepare(read.stored.dataset);
  return read;
}

function startCheck(): ReturnType<typeof checkKeptInWorker> {
  try {
    return checkKeptInWorker();
  } catch {
    return null;
  }
}

/**
 * A large import: the worker validates it while the page reads the same records (one
 * transaction), makes its observations a chunk a task and does its views' shared work; shown
 * only once the worker has found that very revision valid. Null when the two read different
 * revisions (another tab saved between them) or the worker failed: then it is read on the page.
 */
async function readWhileChecked(
  checking: NonNullable<ReturnType<typeof checkKeptInWorker>>,
  prepare: (dataset: Dataset) => Promise<void>,
): Promise<StoredRead | null> {
  // Marked handled now: it is awaited after the page's own reading.
  checking.catch(() => undefined);
  const kept = await readKept();
  const { revision } = kept;
  const made = kept.record == null ? null : await keptInTasks(kept);
  if (made) await prepare(made.stored.dataset);
  const verdict = await checking;
  if (verdict.type === 'failed' || verdict.revision !== revision) return null;
  if (verdict.type === 'none' || kept.record == null) return { kind: 'none', revision };
  if (!verdict.valid || !made) return { kind: 'unreadable', revision };
  letKeptFiguresGo(made);
  return made;
}

/**
 * An import validated when it was kept: shown if every chunk's digest, and its other parts', is
 * still the one written with it (what is read is what the validator accepted), its observations
 * made a slice a task; `showFirst` shows a part first, once the digests agree, or says one is
 * shown already: then the rest is read behind it. Its chunks are read, and hashed, by a worker
 * (kept-coming.ts), and made the page's views as they come: its digests are compared once all
 * have come, before anything of them is shown.
 * Null otherwise (a chunk changed, other rules, no Web Crypto): then it is validated.
 */
async function readValidated(
  prepare: (dataset: Dataset) => Promise<void>,
  showFirst: (kept: KeptCome, asValidated: Promise<boolean>) => Promise<boolean>,
): Promise<StoredRead | null> {
  const kept = await keptComing();
  const validated = (kept.record as Partial<KeptRecord> | null)?.validated;
  if (!validated || validated.rules !== VALIDATION_RULES) {
    kept.stop();
    return null;
  }
  const asValidated = kept.digests.then(
    (digests) =>
      digests != null &&
      digests.length === validated.digests.length &&
      digests.every((digest, index) => digest === validated.digests[index]),
    () => false,
  );
  const shown = await showFirst(kept, asValidated);
  const rest = async () => {
    // Behind a part shown first, made objects and resolved apart, as the part's first view came
    // later when the rest was resolved as read (docs/performance.md, "Resolved as read").
    const made = await keptInTasks(kept, true, undefined, !shown);
    if (!(await asValidated)) return null;
    if (made) {
      await prepare(made.stored.dataset);
      letKeptFiguresGo(made);
    }
    return made;
  };
  // With a part of it shown, the rest behind whatever the page does to draw it.
  return shown ? inBackground(rest) : rest();
}

/**
 * A large import's figures as read let go once its views' shared work is done: its views read
 * them resolved, and a download or an import reads them back from the same revision of what is
 * kept (share-view-work.ts). A smaller one's are held: its views are worked out with the first.
 */
function letKeptFiguresGo(read: StoredRead & { kind: 'ok' }): void {
  const { dataset } = read.stored;
  if (dataset.observations.length > STEPS_FROM)
    letFiguresGo(dataset, (onPart, onRead) => keptFiguresAt(read.revision, onPart, onRead));
}

/**
 * The figures of what is kept at `revision`, made objects a slice a task, as they were read when
 * shown, a chunk's at a time to `onPart` (awaited before the next is made). Rejects with
 * StoredChangedError once another save or a clear has replaced them (every write raises the
 * revision, in the same transaction: one revision, one set of bytes).
 */
async function keptFiguresAt(
  revision: number,
  onPart: (figures: Observation[]) => Promise<void> | void,
  onRead: (read: number) => void,
): Promise<void> {
  const kept = await readKept();
  const chunks = kept.revision === revision ? chunksOf(kept) : null;
  if (!chunks) throw new StoredChangedError(kept.revision);
  let read = 0;
  for (const chunk of chunks) {
    const figures = await observationsInTasks([chunk], undefined, (made) => onRead(read + made));
    read += figures.length;
    await onPart(figures);
  }
}

/** A format 2 import's chunks, as many as its record says; null for anything else. */
function chunksOf(kept: KeptCome): Uint8Array[] | null {
  const record = kept.record as Partial<KeptRecord>;
  return record.format === 2 &&
    record.chunks === kept.chunks.length &&
    kept.chunks.every((chunk) => chunk instanceof Uint8Array)
    ? (kept.chunks as Uint8Array[])
    : null;
}

/**
 * A format 2 import's dataset from its chunks, one chunk a task; null for anything else.
 * `asValidated`: its bytes are those it was validated as (compared by digest); a large one's
 * figures are then resolved as they are made and never held as read (kept-resolved.ts), unless
 * `resolveAsRead` is false. `onRead`: how many are made so far (said by default as the load's
 * progress).
 */
async function keptInTasks(
  kept: KeptCome,
  asValidated = false,
  onRead?: (read: number) => void,
  resolveAsRead = true,
): Promise<(StoredRead & { kind: 'ok' }) | null> {
  const record = kept.record as Partial<KeptRecord>;
  const { fileName, importedAt, dataset } = record;
  if (
    record.format !== 2 ||
    record.chunks !== kept.chunks.length ||
    typeof fileName !== 'string' ||
    typeof importedAt !== 'string' ||
    typeof dataset !== 'object'
  )
    return null;
  let observations: Observation[];
  const total = typeof record.observations === 'number' ? record.observations : 0;
  const said = onRead ?? ((read: number) => keptLoadProgress.set({ step: 'read', read, total }));
  const { layout } = record;
  if (resolveAsRead && asValidated && isDatasetLayout(layout) && total > STEPS_FROM) {
    // A large one: resolved as it is made, none of its figures held as read (kept-resolved.ts),
    // unless told not to (`resolveAsRead`).
    const { revision } = kept;
    const resolved = await keptResolvedInTasks(
      dataset as Omit<Dataset, 'observations'>,
      layout.whole,
      kept.chunks as readonly Promise<unknown>[],
      total,
      (onPart, onFiguresRead) => keptFiguresAt(revision, onPart, onFiguresRead),
      said,
    );
    return (
      resolved && { kind: 'ok', revision, stored: { dataset: resolved, fileName, importedAt } }
    );
  }
  const chunks = await Promise.all(kept.chunks).then(
    (read) => chunksOf({ ...kept, chunks: read }),
    () => null,
  );
  if (!chunks) return null;
  try {
    observations = await observationsInTasks(chunks, undefined, said);
  } catch {
    return null;
  }
  if (observations.length !== record.observations) return null;
  // Read as it was validated: the whole's facts are its layout's, not worked out again.
  return {
    kind: 'ok',
    revision: kept.revision,
    stored: {
      dataset:
        asValidated && isDatasetLayout(layout)
          ? withWholeFacts(dataset, observations, layout.whole)
          : { ...dataset, observations },
      fileName,
      importedAt,
    },
  };
}

/**
 * Reads the kept import on the page: its record and chunks again, in one transaction (so they
 * agree, whatever another tab saved since the record was read), put back together and validated.
 */
async function readOnPage(): Promise<StoredRead> {
  let kept;
  try {
    kept = await readKept();
  } catch {
    return { kind: 'none', revision: 0 };
  }
  const { revision } = kept;
  if (kept.record == null) return { kind: 'none', revision };
  const record = kept.record as { fileName?: unknown; importedAt?: unknown; format?: number };
  const { fileName, importedAt } = record;
  if (typeof fileName !== 'string' || typeof importedAt !== 'string')
    return { kind: 'unreadable', revision };
  const dataset = keptDataset(record, kept.chunks);
  const checked = dataset === null ? null : validateDataset(dataset);
  if (!checked?.ok) return { kind: 'unreadable', revision };
  return { kind: 'ok', revision, stored: { dataset: checked.data, fileName, importedAt } };
}
