import { promisifyRequest } from 'idb-keyval';
import { isDatasetLayout } from '../domain/dataset-layout';
import { openObservations } from '../domain/observation-columns';
import type { Dataset, Observation } from '../domain/schema';
import { withWholeFacts, type WholeFacts } from '../domain/view/district-part';
import { viewPart } from '../domain/view/view-part';
import { datasetStore } from './dataset-database';
import { showDistrict, showPart, type DistrictFirstAsked } from './district-first';
import type { FirstView } from './first-view';
import { openedChunk } from './kept-compression';
import { chunkDigests, digestedParts, keptDigests, VALIDATION_RULES } from './kept-digest';
import { CHUNKS_KEY, REVISION_KEY, type KeptRead, type KeptRecord } from './kept-record';
import { chunkBytes } from './kept-read';
import { nextTask } from './next-task';
import { shareViewWork } from './share-view-work';
import { viewSharedIn } from './view-languages';

/**
 * The district's page a visit opened, asked for first (district-first.ts), with the revision of
 * what is kept its record was read at.
 */
export interface FirstViewAsked extends DistrictFirstAsked {
  revision: number;
}

/**
 * Shows the district's view from its own chunks (keptDistrict, below), built by the domain's own
 * functions from its part (domain/view/district-part.ts), and returns it; null when it cannot be
 * had so, or its view cannot be built (never in the way of the whole, which is read as ever).
 */
export async function showDistrictFirst(
  record: Partial<KeptRecord>,
  first: FirstViewAsked,
): Promise<FirstView | null> {
  const { asked, revision } = first;
  if (asked.unit == null) return null;
  try {
    const district = await keptDistrict(record, revision, asked.unit);
    if (!district) return null;
    const { fileName, importedAt } = district;
    return showDistrict(district, first, { kind: 'imported', fileName, importedAt }, revision);
  } catch {
    return null;
  }
}

/** What is kept as read (kept-record.ts's KeptRead), or as it comes (kept-coming.ts's KeptComing). */
export type KeptCome = Omit<KeptRead, 'chunks'> & { chunks: readonly unknown[] };

/**
 * A year's or a topic's page of a large kept import (domain/view/view-part.ts), every district of
 * it: shown from that part of the chunks, each passed over a task at a time as it comes, once
 * all of them are found to be the bytes that were validated (`asValidated`: kept-load.ts),
 * before every figure is made an object. Returned, or null when the page asks for no year or
 * topic the data holds, the record has no layout, or its view cannot be built (never in the way
 * of the whole).
 */
export async function showPartFirst(
  kept: KeptCome,
  asValidated: Promise<boolean>,
  first: FirstViewAsked,
): Promise<FirstView | null> {
  const { layout, dataset, fileName, importedAt } = kept.record as Partial<KeptRecord>;
  if (
    !isDatasetLayout(layout) ||
    typeof dataset !== 'object' ||
    typeof fileName !== 'string' ||
    typeof importedAt !== 'string'
  )
    return null;
  try {
    const asked = viewPart(dataset, layout.whole, first.asked);
    if (!asked) return null;
    // Two passes: the periods the year's figures compare with are known only after the first.
    const opened = [];
    // Each as it comes (read by a worker: kept-coming.ts), the first passed over while the rest
    // are read and hashed.
    for (const coming of kept.chunks) {
      const chunk = await coming;
      if (!(chunk instanceof Uint8Array)) return null;
      await nextTask();
      const chunkOpened = openObservations(chunk);
      chunkOpened.notePlaces((row) => asked.note(row));
      opened.push(chunkOpened);
    }
    const observations: Observation[] = [];
    for (const chunkOpened of opened) {
      await nextTask();
      for (const row of chunkOpened.readPart(asked)) observations.push(row);
    }
    const part = withWholeFacts(dataset, observations, layout.whole);
    // What its views share worked out a step a task, as the whole's is (a year of a city is
    // a third of its figures).
    if (!viewSharedIn(part, first.lang)) await shareViewWork(part, first.lang);
    // Shown only once every byte read is known to be what was validated.
    if (!(await asValidated)) return null;
    return showPart(
      part,
      first,
      { kind: 'imported', fileName, importedAt },
      kept.revision,
      (filters) => asked.covers(filters),
      asked.filters,
    );
  } catch {
    return null;
  }
}

/** One district's figures of a kept import, with what its view shows of the whole. */
interface KeptDistrict {
  parts: Omit<Dataset, 'observations'>;
  observations: Observation[];
  whole: WholeFacts;
  fileName: string;
  importedAt: string;
}

/**
 * One district's figures of a large kept import from that district's chunks alone, while the
 * rest is still to be read (kept-load.ts): the chunks the record's layout lists for it
 * (domain/dataset-layout.ts), each checked against the digest written with it, and its figures
 * among them made objects, for its view (domain/view/district-part.ts, whose view is the
 * whole's for that district). Null when it cannot be had so: a record of another build's rules
 * or without a layout, a district the layout does not list, another revision kept meanwhile,
 * bytes that differ from what was validated.
 */
async function keptDistrict(
  record: Partial<KeptRecord>,
  revision: number,
  unit: string,
): Promise<KeptDistrict | null> {
  const { layout, validated, dataset, fileName, importedAt } = record;
  if (
    !VALIDATION_RULES ||
    validated?.rules !== VALIDATION_RULES ||
    !isDatasetLayout(layout) ||
    typeof dataset !== 'object' ||
    typeof fileName !== 'string' ||
    typeof importedAt !== 'string'
  )
    return null;
  const indexes = Object.hasOwn(layout.unitChunks, unit) ? layout.unitChunks[unit] : undefined;
  if (!indexes || indexes.some((index) => index >= validated.digests.length - 1)) return null;
  const read = await readChunks(indexes);
  if (read.revision !== revision || !read.chunks.every((chunk) => chunk instanceof Uint8Array))
    return null;
  const kept = read.chunks as Uint8Array[];
  const [digests, partsDigest] = await Promise.all([
    chunkDigests(kept),
    keptDigests([], digestedParts(record)),
  ]);
  if (
    !digests ||
    !partsDigest ||
    partsDigest[0] !== validated.digests.at(-1) ||
    digests.some((digest, at) => digest !== validated.digests[indexes[at] as number])
  )
    return null;
  // Opened once known to be the bytes kept (undone from gzip: kept-compression.ts).
  const chunks = await Promise.all(kept.map((chunk) => openedChunk(record, chunk)));
  const observations: Observation[] = [];
  for (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) return null;
    for (const row of openObservations(chunk).readUnit(unit)) observations.push(row);
  }
  return { parts: dataset, observations, whole: layout.whole, fileName, importedAt };
}

/** Some chunks, and the revision of what is kept, in one transaction. */
function readChunks(indexes: number[]): Promise<{ chunks: unknown[]; revision: number }> {
  return datasetStore('readonly', async (store) => {
    const [revision, ...chunks] = await Promise.all([
      promisifyRequest(store.get(REVISION_KEY)),
      ...indexes.map((index) => promisifyRequest(store.get([CHUNKS_KEY, index])).then(chunkBytes)),
    ]);
    return { chunks, revision: typeof revision === 'number' ? revision : 0 };
  });
}
