// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateProblem, planImport, type ImportMode } from '../../src/domain/import';
import { resultProblems } from '../../src/domain/merge-check';
import type { Dataset, Metric, Observation } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { bundledDataset, withMadeUpDistricts } from '../fixtures/dataset';
import { datasetToCsv } from '../../src/domain/dataset-csv';
import { createAnalyser } from '../../src/features/import/import-analysis';

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
      // Definitions of other lists: a unit and a topic named anew, a unit of the file's own with
      // a figure and a note of its own, the current notes dropped from the file.
      renamed: fc.boolean(),
      newUnit: fc.boolean(),
      dropNotes: fc.boolean(),
    })
    .map(({ picked, changes, other, value, redefine, renamed, newUnit, dropNotes }): Dataset => {
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
      const [firstUnit, ...otherUnits] = current.units;
      const [firstTopic, ...otherTopics] = current.topics;
      const units = [
        ...(renamed && firstUnit
          ? [{ ...firstUnit, name: { vi: 'Phường mới' } }]
          : current.units.slice(0, 1)),
        ...otherUnits,
        ...(newUnit
          ? [{ id: 'phuong-moi', name: { vi: 'Phường mới' }, city: { vi: 'Hà Nội' } }]
          : []),
      ];
      const topics =
        renamed && firstTopic
          ? [{ ...firstTopic, name: { vi: 'Lĩnh vực mới' } }, ...otherTopics]
          : current.topics;
      const own = observations[0];
      const notes = [
        ...(dropNotes ? [] : current.notes),
        ...(newUnit && own
          ? [
              {
                id: 'ghi-chu-moi',
                unit: 'phuong-moi',
                year: null,
                topic: null,
                text: { vi: 'Ghi chú.' },
                source: own.source,
              },
            ]
          : []),
      ];
      return {
        ...current,
        units,
        topics,
        metrics,
        notes,
        observations: [
          ...observations,
          ...(newUnit && own ? [{ ...own, id: 'moi-phuong', unit: 'phuong-moi' }] : []),
        ],
      };
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
      { numRuns: 200 },
    );
    // The property saw merges that break a rule, not only clean ones.
    expect(clashes).toBeGreaterThan(10);
  });
});

describe('a CSV merged into the data shown', () => {
  it('names the file’s row and column of a figure whose id a kept current figure has', async () => {
    const current = city.data;
    const [first, second] = current.observations;
    if (!first || !second) throw new Error('the city has figures');
    // A figure of the file, for a period no current figure of its district has, with the id of
    // another current figure, which the merge keeps.
    const period = current.periods.find(
      (p) =>
        !current.observations.some(
          (o) => o.unit === first.unit && o.metric === first.metric && o.period === p.id,
        ),
    );
    if (!period) throw new Error('a free period');
    const file: Dataset = {
      ...current,
      observations: [{ ...first, period: period.id, id: second.id }],
    };
    const { analysis } = await createAnalyser({
      name: 'so-lieu.csv',
      kind: 'csv',
      text: datasetToCsv(file),
      encoding: 'utf-8',
    })(current, { mode: 'merge' });
    if (analysis.state !== 'ready') throw new Error(`not ready: ${analysis.state}`);
    expect(analysis.resultProblems).toEqual([
      { path: '2:Mã số liệu', code: 'duplicateId', detail: second.id },
    ]);
  });
});
