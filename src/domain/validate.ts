import * as v from 'valibot';
import { migrateDataset } from './migrate';
import type { Problem, ProblemCode } from './problem';
import { DatasetSchema, type Dataset } from './schema';

export type { Problem, ProblemCode } from './problem';

export type ParseResult =
  /** migratedFrom: the older format version the file was written in, when it was migrated. */
  { ok: true; data: Dataset; migratedFrom: number | null } | { ok: false; problems: Problem[] };

const KNOWN_CODES = new Set<string>([
  'number',
  'integer',
  'negative',
  'growth',
  'year',
  'id',
  'empty',
  'maxLength',
  'emptyList',
  'isoDate',
  'partialDate',
  'schemaVersion',
]);

/** Parses the text of a dataset file. Never throws: a bad file gives a list of problems. */
export function parseDatasetText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', code: 'invalidJson', detail: (error as Error).message }],
    };
  }
  return validateDataset(json);
}

/**
 * Validates already-parsed JSON: an older format is migrated first, then the shape is checked,
 * then the references between lists.
 */
export function validateDataset(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '', code: 'notAnObject' }] };
  }
  const migrated = migrateDataset(input);
  if (!migrated.ok) return migrated;
  const result = v.safeParse(DatasetSchema, migrated.doc, { abortPipeEarly: true });
  if (!result.success) {
    return { ok: false, problems: result.issues.map(toProblem) };
  }
  const problems = checkReferences(result.output);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, data: result.output, migratedFrom: migrated.from };
}

function toProblem(issue: v.BaseIssue<unknown>): Problem {
  const path = formatPath(issue.path);
  if (KNOWN_CODES.has(issue.message)) {
    return { path, code: issue.message as ProblemCode };
  }
  if (issue.type === 'literal') return { path, code: 'schemaVersion' };
  if (issue.type === 'picklist' || issue.message === 'kind' || issue.message === 'qualifier') {
    return { path, code: 'picklist', detail: issue.expected ?? undefined };
  }
  if (issue.input === undefined) return { path, code: 'required' };
  if (issue.kind === 'schema') {
    return { path, code: 'type', detail: describeExpected(issue.expected) };
  }
  return { path, code: 'invalid' };
}

function describeExpected(expected: string | null): string | undefined {
  if (!expected) return undefined;
  return expected.replace(/"/g, '');
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  if (!path) return '';
  let out = '';
  for (const item of path) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function checkReferences(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    units: idSet(data.units, 'units', problems),
    periods: idSet(data.periods, 'periods', problems),
    topics: idSet(data.topics, 'topics', problems),
    figures: idSet(data.figures, 'figures', problems),
    metrics: idSet(data.metrics, 'metrics', problems),
    sources: idSet(data.sources, 'sources', problems),
  };
  idSet(data.observations, 'observations', problems);
  idSet(data.notes, 'notes', problems);

  const ref = (path: string, list: keyof typeof ids, id: string | null | undefined) => {
    if (id != null && !ids[list].has(id)) {
      problems.push({ path, code: 'unknownRef', detail: `${list}:${id}` });
    }
  };

  data.periods.forEach((period, i) => {
    if (period.start && period.start > period.end) {
      problems.push({ path: `periods[${i}].end`, code: 'endBeforeStart' });
    }
  });
  data.metrics.forEach((metric, i) => {
    ref(`metrics[${i}].topic`, 'topics', metric.topic);
    ref(`metrics[${i}].figure`, 'figures', metric.figure);
  });
  const metricsById = new Map(data.metrics.map((metric) => [metric.id, metric]));
  const seenObservations = new Map<string, number>();
  data.observations.forEach((obs, i) => {
    const at = `observations[${i}]`;
    ref(`${at}.unit`, 'units', obs.unit);
    ref(`${at}.metric`, 'metrics', obs.metric);
    ref(`${at}.period`, 'periods', obs.period);
    ref(`${at}.topic`, 'topics', obs.topic);
    ref(`${at}.targetPeriod`, 'periods', obs.targetPeriod);
    ref(`${at}.statedGrowth.comparedTo`, 'periods', obs.statedGrowth?.comparedTo);
    ref(`${at}.source`, 'sources', obs.source);

    const key = [obs.unit, obs.metric, obs.period, obs.topic ?? ''].join('|');
    const first = seenObservations.get(key);
    if (first !== undefined) {
      problems.push({
        path: at,
        code: 'duplicateObservation',
        detail: `observations[${first}]`,
      });
    } else {
      seenObservations.set(key, i);
    }

    const metric = metricsById.get(obs.metric);
    if (metric?.kind === 'count' && obs.value != null && obs.target != null) {
      if (obs.value > obs.target) problems.push({ path: `${at}.value`, code: 'countAboveTotal' });
    }
    // A count cannot be more than all of its total; an amount can exceed its estimate.
    if (metric?.kind === 'count' && obs.statedShare && obs.statedShare.percent > 100) {
      problems.push({ path: `${at}.statedShare.percent`, code: 'shareOutOfRange' });
    }
    if (metric?.kind === 'tally' && obs.target != null) {
      problems.push({ path: `${at}.target`, code: 'targetOnTally' });
    }
  });
  data.notes.forEach((note, i) => {
    ref(`notes[${i}].unit`, 'units', note.unit);
    ref(`notes[${i}].topic`, 'topics', note.topic);
    ref(`notes[${i}].source`, 'sources', note.source);
  });
  return problems;
}

function idSet(list: readonly { id: string }[], name: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({ path: `${name}[${i}].id`, code: 'duplicateId', detail: item.id });
    }
    seen.add(item.id);
  });
  return seen;
}
