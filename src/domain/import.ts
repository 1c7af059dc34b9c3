import { checkStatedShare, periodLengthWarning, sharePercent } from './metrics';
import { observationKey } from './observations';
import type { Dataset, Observation } from './schema';

/** Larger files are refused before they are read: a dataset of every district for ten years is ~2 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type FileProblem = 'tooLarge' | 'empty' | 'binary' | 'unsupportedType' | 'unreadable';

export type FileCheck =
  { ok: true; kind: 'json' | 'csv'; text: string } | { ok: false; problem: FileProblem };

/**
 * What a file is, before anything is parsed: too large, empty, binary (a NUL byte, or bytes
 * that are not UTF-8), or neither JSON nor CSV. A UTF-8 byte-order mark is dropped.
 */
export function checkImportFile(name: string, bytes: Uint8Array): FileCheck {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'binary' };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return { ok: true, kind: 'json', text };
  if (lower.endsWith('.csv')) return { ok: true, kind: 'csv', text };
  return { ok: false, problem: 'unsupportedType' };
}

export type ImportMode = 'merge' | 'replace';

export interface ImportCounts {
  added: number;
  changed: number;
  unchanged: number;
  /** Figures of the current data that a replace would remove: said, never dropped silently. */
  removed: number;
}

export interface ImportPlan {
  mode: ImportMode;
  result: Dataset;
  counts: ImportCounts;
}

const keyOf = (obs: Observation) => observationKey(obs.unit, obs.metric, obs.period, obs.topic);

function mergeById<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const merged = new Map(current.map((item) => [item.id, item]));
  for (const item of incoming) merged.set(item.id, item);
  return [...merged.values()];
}

/**
 * The dataset an import would give, and how many figures it adds, changes, keeps and removes.
 * Merge: the file's entries win over entries with the same id (figures: the same district,
 * metric, period and topic); everything else stays. Replace: the file alone.
 */
export function planImport(current: Dataset, incoming: Dataset, mode: ImportMode): ImportPlan {
  const before = new Map(current.observations.map((obs) => [keyOf(obs), obs]));
  const counts: ImportCounts = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  for (const obs of incoming.observations) {
    const old = before.get(keyOf(obs));
    if (!old) counts.added += 1;
    else if (JSON.stringify(old) === JSON.stringify(obs)) counts.unchanged += 1;
    else counts.changed += 1;
  }
  if (mode === 'replace') {
    const kept = new Set(incoming.observations.map(keyOf));
    counts.removed = current.observations.filter((obs) => !kept.has(keyOf(obs))).length;
    return { mode, result: incoming, counts };
  }
  const observations = new Map(current.observations.map((obs) => [keyOf(obs), obs]));
  for (const obs of incoming.observations) observations.set(keyOf(obs), obs);
  const result: Dataset = {
    schemaVersion: incoming.schemaVersion,
    title: incoming.title,
    asOf: incoming.asOf > current.asOf ? incoming.asOf : current.asOf,
    units: mergeById(current.units, incoming.units),
    periods: mergeById(current.periods, incoming.periods),
    topics: mergeById(current.topics, incoming.topics),
    figures: mergeById(current.figures, incoming.figures),
    metrics: mergeById(current.metrics, incoming.metrics),
    sources: mergeById(current.sources, incoming.sources),
    observations: [...observations.values()],
    notes: mergeById(current.notes, incoming.notes),
  };
  return { mode, result, counts };
}

export type ImportWarning =
  | { code: 'shareDisagrees'; path: string; computed: number; stated: number }
  | { code: 'periodLengths'; metric: string; months: number[] };

/**
 * What a file may hold but a user should see before accepting it: a stated share that disagrees
 * with the one computed from its figures, and periods of different lengths side by side.
 */
export function importWarnings(dataset: Dataset): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  dataset.observations.forEach((obs, index) => {
    if (!obs.statedShare || obs.target == null) return;
    const computed = sharePercent(obs.value, obs.target);
    if (computed != null && checkStatedShare(computed, obs.statedShare) === 'disagrees') {
      warnings.push({
        code: 'shareDisagrees',
        path: `observations[${index}].statedShare`,
        computed,
        stated: obs.statedShare.percent,
      });
    }
  });
  const periods = new Map(dataset.periods.map((period) => [period.id, period]));
  for (const metric of dataset.metrics.filter((m) => m.kind === 'amount')) {
    const used = dataset.observations
      .filter((obs) => obs.metric === metric.id)
      .map((obs) => periods.get(obs.period))
      .filter((period) => period != null);
    const lengths = periodLengthWarning(used);
    if (lengths) {
      warnings.push({
        code: 'periodLengths',
        metric: metric.id,
        months: [...new Set(lengths.map((length) => length.months))],
      });
    }
  }
  return warnings;
}
