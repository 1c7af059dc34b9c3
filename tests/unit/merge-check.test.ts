// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateProblem, planImport, type ImportMode } from '../../src/domain/import';
import { resultProblems } from '../../src/domain/merge-check';
import type { Dataset, Metric, Observation } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';

fc.configureGlobal(process.env.CI ? { seed: 20261206 } : {});

const city = validateDataset(withMadeUpDistricts(3));
if (!city.ok) throw new Error('the made-up districts are valid');

/** What checking the whole result finds, each problem located: what resultProblems spares. */
function wholeResultProblems(incoming: Dataset, current: Dataset, mode: ImportMode) {
  const plan = planImport(current, incoming, mode);
  const checked = validateDataset(plan.result);
  if (checked.ok) return [];
  return checked.problems.map((problem) => ({
    problem,
    ...locateProblem(problem, plan.result, incoming, current),
  }));
}

/** As the report words them: where, what, and what it names. */
const worded = (problems: ReturnType<typeof resultProblems>) =>
  problems
    .map(({ problem, path, detail }) =>
      JSON.stringify([
        path,
        problem.code,
        detail ?? (/\[\d+\]/.test(problem.detail ?? '') ? null : problem.detail),
      ]),
    )
    .sort();

type Change = 'same' | 'value' | 'idOfAnother' | 'otherPeriod' | 'newId';

/** A file made from the current data: some of its figures, each changed or not, a metric redefined. */
const fileFrom = (current: Dataset) =>
  fc
    .record({
      picked: fc.subarray(
        current.observations.map((_, index) => index),
        { minLength: 1 },
      ),
      changes: fc.array(
        fc.constantFrom<Change>('same', 'value', 'idOfAnother', 'otherPeriod', 'newId'),
        { minLength: current.observations.length, maxLength: current.observations.length },
      ),
      other: fc.nat(),
      value: fc.double({ min: 0, max: 1e6, noNaN: true }),
      redefine: fc.option(
        fc.record({
          metric: fc.nat({ max: current.metrics.length - 1 }),
          kind: fc.constantFrom<Metric['kind']>('amount', 'count', 'tally'),
        }),
        { nil: null },
      ),
    })
    .map(({ picked, changes, other, value, redefine }): Dataset => {
      const { observations: all, periods } = current;
      const observations = picked.map((index, n): Observation => {
        const obs = all[index]!;
        switch (changes[index]) {
          case 'value':
            return { ...obs, value };
          case 'idOfAnother':
            return { ...obs, id: all[(index + 1 + other) % all.length]!.id };
          case 'otherPeriod':
            return { ...obs, period: periods[(other + n) % periods.length]!.id };
          case 'newId':
            return { ...obs, id: `moi-${n}` };
          default:
            return obs;
        }
      });
      const metrics = current.metrics.map((metric, index) =>
        redefine && index === redefine.metric ? { ...metric, kind: redefine.kind } : metric,
      );
      return { ...current, metrics, observations };
    });

describe('the problems of an import’s result', () => {
  it.each([
    ['a city of made-up districts', city.data],
    ['the bundled data', bundledDataset()],
  ])('are what checking the whole result finds, over %s', (_, current) => {
    let clashes = 0;
    fc.assert(
      fc.property(
        fileFrom(current),
        fc.constantFrom<ImportMode>('merge', 'replace'),
        (file, mode) => {
          const checked = validateDataset(file);
          // Only a file that passed its own check is ever merged.
          fc.pre(checked.ok);
          if (!checked.ok) return;
          const incoming = checked.data;
          const plan = planImport(current, incoming, mode);
          const fast = resultProblems(plan, incoming, current);
          if (fast.length > 0) clashes += 1;
          expect(worded(fast)).toEqual(worded(wholeResultProblems(incoming, current, mode)));
        },
      ),
      { numRuns: 300 },
    );
    // The property saw merges that break a rule, not only clean ones.
    expect(clashes).toBeGreaterThan(10);
  });
});
