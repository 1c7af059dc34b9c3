import { locateProblem, type ImportPlan, type LocatedPath } from './import';
import type { Dataset, Observation } from './schema';
import { validateDataset, type Problem } from './validate';

/** A problem of an import's result, and where the user finds it: the file, or the data shown. */
export interface LocatedProblem {
  problem: Problem;
  path: LocatedPath;
  detail: LocatedPath | null;
}

/**
 * The problems of an import's result (planImport), each located (locateProblem): what checking
 * the whole result finds, without checking again the file's figures, which were checked with the
 * file. A replace's result is the file's dataset itself: nothing to find. A merge's can break a
 * rule only where its two parts meet: its definitions (the file's win over the current ones of
 * the same id), the current figures it keeps, now read against those definitions (a metric the
 * file redefines as a count), and an id a kept current figure shares with one of the file's.
 * Every figure of the file keeps the definitions it was checked with, since those it names are
 * the file's own. So the result is checked as its definitions and the current figures it keeps,
 * and the file's figures' ids against theirs: a city's file merged into a few figures is checked
 * once, not twice (tests/unit/merge-check.test.ts holds this equal to the whole result checked).
 */
export function resultProblems(
  plan: ImportPlan,
  incoming: Dataset,
  current: Dataset,
): LocatedProblem[] {
  if (plan.result === incoming) return [];
  // The current figures a merge keeps, told by identity, as planImport keeps them (and as
  // locateProblem finds them): a checked file's figures are objects of their own, never the
  // current data's.
  const fromCurrent = new Set<Observation>(current.observations);
  const kept = plan.result.observations.filter((obs) => fromCurrent.has(obs));
  const rest: Dataset = { ...plan.result, observations: kept };
  const checked = validateDataset(rest);
  const located: LocatedProblem[] = checked.ok
    ? []
    : checked.problems.map((problem) => ({
        problem,
        ...locateProblem(problem, rest, incoming, current),
      }));
  const keptIds = new Set(kept.map((obs) => obs.id));
  incoming.observations.forEach((obs, index) => {
    if (!keptIds.has(obs.id)) return;
    const path = `observations[${index}].id`;
    located.push({
      problem: { path, code: 'duplicateId', detail: obs.id },
      path: { inFile: true, path },
      detail: null,
    });
  });
  return located;
}
