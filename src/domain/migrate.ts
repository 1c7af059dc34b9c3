import { CURRENT_SCHEMA_VERSION } from './schema';
import type { Problem } from './problem';

/** One step of a format change: a document of version n in, the same content as n + 1 out. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * The steps from each older format version to the next, keyed by the version they start from.
 * Version 1 is the first format the app has published, so there is no step yet. A change to the
 * format bumps CURRENT_SCHEMA_VERSION and adds its step here (with a unit test), so that files
 * downloaded and imports kept by an older app still open.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Migrated =
  { ok: true; doc: unknown; from: number | null } | { ok: false; problems: Problem[] };

/**
 * Brings a parsed dataset file up to the current format before it is validated. A file from a
 * newer app is refused with its own message (it cannot be read safely, and saying "invalid"
 * would be wrong); one with no usable version is left for the validator to report. Never throws.
 */
export function migrateDataset(
  input: unknown,
  current: number = CURRENT_SCHEMA_VERSION,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): Migrated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: true, doc: input, from: null };
  }
  const version = (input as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: true, doc: input, from: null };
  }
  if (version > current) {
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', code: 'newerFormat', detail: String(version) }],
    };
  }
  if (version === current) return { ok: true, doc: input, from: null };
  // A step that is missing or fails: this version cannot be read.
  const unsupported: Migrated = {
    ok: false,
    problems: [{ path: 'schemaVersion', code: 'schemaVersion', detail: String(version) }],
  };
  let doc = input as Record<string, unknown>;
  for (let from = version; from < current; from += 1) {
    const step = steps[from];
    if (!step) return unsupported;
    try {
      doc = { ...step(doc), schemaVersion: from + 1 };
    } catch {
      return unsupported;
    }
  }
  return { ok: true, doc, from: version };
}
