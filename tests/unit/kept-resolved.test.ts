import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptResolvedInTasks, withoutLaterStated } from '../../src/data/kept-resolved';
import { figuresLetGo, FiguresLetGoError, wholeDataset } from '../../src/data/share-view-work';
import { resolveObservations, type ResolvedObservation } from '../../src/domain/observations';
import type { Filters } from '../../src/domain/url-state';
import { buildDashboardView, filterOptions } from '../../src/domain/view/dashboard';
import { city, kept, readAsKept, readBackOf, wholeOf } from '../fixtures/kept-city';

// A large kept import read as it was validated: its figures resolved as they are made from its
// chunks, none held as read (src/data/kept-resolved.ts). What its views read must be what the
// resolution of the whole list gives, and what they show what the held dataset's views show.

describe('a large kept import resolved as it is read', () => {
  const held = city();

  it('gives the very resolution of the whole list, a growth’s companion decided by every chunk', async () => {
    const said: number[] = [];
    const { dataset, chunks } = await readAsKept(held, 5_000, (read) => said.push(read));
    expect(chunks.length).toBeGreaterThan(3);
    const resolved = resolveObservations(dataset);
    const whole = resolveObservations(held);
    expect(resolved).toStrictEqual(whole);
    // The fixture holds both cases: derived where that half is not stated, not where it is
    // (stated in a later chunk than the growth).
    const ids = new Set(resolved.map((obs) => obs.id));
    expect(ids.has('thu-nghiem-2-cg-budget-2024-h1~previous')).toBe(true);
    expect(ids.has('thu-nghiem-3-cg-budget-2024-h1~previous')).toBe(false);
    expect(ids.has('thu-nghiem-1800-cg-budget-2024-h1~previous')).toBe(false);
    // Said as it goes, up to every figure.
    expect(said.length).toBeGreaterThanOrEqual(chunks.length);
    expect(said.at(-1)).toBe(held.observations.length);
  });

  it('holds none of its figures as read, and reads them back whole when asked', async () => {
    const { dataset } = await readAsKept(held, 20_000);
    expect(figuresLetGo(dataset)).toBe(true);
    expect(() => dataset.observations[0]).toThrow(FiguresLetGoError);
    expect(dataset.observations.length).toBe(held.observations.length);
    // Its figures after its other parts, as a kept import's dataset has always had them.
    const { observations, ...rest } = held;
    expect(JSON.stringify(await wholeDataset(dataset))).toBe(
      JSON.stringify({ ...rest, observations }),
    );
  });

  it('shows every view the held dataset shows, word for word', async () => {
    const { dataset } = await readAsKept(held, 7_000);
    expect(filterOptions(dataset)).toEqual(filterOptions(held));
    const none: Filters = { year: null, topic: null, unit: null };
    for (const filters of [
      none,
      { ...none, year: 2024 },
      { ...none, topic: 'economy' },
      { ...none, unit: 'thu-nghiem-3' },
      { year: 2023, topic: null, unit: 'thu-nghiem-900' },
    ])
      for (const lang of ['vi', 'en'] as const)
        expect(JSON.stringify(buildDashboardView(dataset, filters, lang))).toBe(
          JSON.stringify(buildDashboardView(held, filters, lang)),
        );
  });

  it('is null when its chunks do not hold as many figures as it was kept with, or cannot be read', async () => {
    const { parts, chunks } = kept(held, 20_000);
    const read = (given: Uint8Array[], count: number) =>
      keptResolvedInTasks(
        parts,
        wholeOf(held),
        given,
        count,
        readBackOf(held.observations),
        () => undefined,
      );
    expect(await read(chunks.slice(1), held.observations.length)).toBeNull();
    expect(await read(chunks, held.observations.length + 1)).toBeNull();
    expect(
      await read([chunks[0]!, new Uint8Array([1, 2, 3, 4])], held.observations.length),
    ).toBeNull();
  });
});

describe('the resolution in one pass, its companions settled at the end', () => {
  it('is the two passes’ resolution for figures in any order, in chunks of any size', async () => {
    // A small city, the half-year stated for some of its districts: every figure in a random
    // order, so a stated half comes before its growth or after it, in its chunk or a later one.
    const small = city(4, ['thu-nghiem-1', 'thu-nghiem-3']);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(small.observations, { minLength: small.observations.length }),
        fc.integer({ min: 1, max: 400 }),
        async (observations, size) => {
          const held = { ...small, observations };
          const { dataset } = await readAsKept(held, size);
          expect(resolveObservations(dataset)).toStrictEqual(resolveObservations(held));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('drops the companions whose figure came later, and keeps the rest in order', () => {
    const stated = new Set([10, 30]);
    const cases: [number[], { at: number; key: number }[], number[]][] = [
      // No companion, or none whose figure came: nothing moves.
      [[0, 1, 2], [], [0, 1, 2]],
      [[0, 1, 2], [{ at: 1, key: 20 }], [0, 1, 2]],
      // The first, the last, two side by side, and one kept between two dropped.
      [[0, 1, 2, 3], [{ at: 0, key: 10 }], [1, 2, 3]],
      [[0, 1, 2, 3], [{ at: 3, key: 30 }], [0, 1, 2]],
      [
        [0, 1, 2, 3, 4],
        [
          { at: 1, key: 10 },
          { at: 2, key: 30 },
        ],
        [0, 3, 4],
      ],
      [
        [0, 1, 2, 3, 4],
        [
          { at: 1, key: 10 },
          { at: 2, key: 20 },
          { at: 3, key: 30 },
        ],
        [0, 2, 4],
      ],
    ];
    for (const [list, companions, expected] of cases) {
      const resolved = list.map((at) => ({ id: String(at) }) as ResolvedObservation);
      withoutLaterStated(resolved, companions, stated);
      expect(resolved.map((obs) => Number(obs.id))).toEqual(expected);
    }
  });
});
