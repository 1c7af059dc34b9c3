import type { Dataset } from '../domain/schema';
import { textFingerprint } from '../domain/fingerprint';
import type { ParseResult } from '../domain/validate';

/**
 * The fingerprint of the bundled dataset file as `npm run build` found it: valid, and read by the
 * validator exactly as written (scripts/vite-plugins/checked-dataset.ts). Absent in development
 * and when the build found the file invalid.
 */
declare const __CHECKED_DATASET__: string | null | undefined;
const checkedByBuild = typeof __CHECKED_DATASET__ === 'string' ? __CHECKED_DATASET__ : null;

/**
 * The validator (src/domain/validate.ts, with valibot): a chunk of its own, fetched only for data
 * the build did not check, so the first view of the bundled data does not wait for its code.
 * Should it fail to load, the promise rejects, and the data is not shown unchecked.
 */
const validator = () => import('../domain/validate');

/**
 * Every dataset file is validated before it is shown: the very bytes the build validated are not
 * validated again; any other text (a file edited after the build, one served by someone else, the
 * single-file build's embedded copy) is. Never throws for bad data: a bad file gives problems.
 */
export async function parseDatasetText(
  text: string,
  checked: string | null = checkedByBuild,
): Promise<ParseResult> {
  if (checked !== null && textFingerprint(text) === checked) {
    return { ok: true, data: JSON.parse(text) as Dataset, migratedFrom: null };
  }
  return (await validator()).parseDatasetText(text);
}

/** Validates already-parsed data (an import kept in this browser), always. */
export async function validateDataset(input: unknown): Promise<ParseResult> {
  return (await validator()).validateDataset(input);
}
