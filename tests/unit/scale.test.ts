import { describe, expect, it } from 'vitest';
import { valueScale } from '../../src/domain/scale';

describe('valueScale', () => {
  it.each([
    // The budget chart's largest figures: Cầu Giấy's estimate, Đống Đa's derived estimate.
    [19_492.8, 20_000, [0, 5_000, 10_000, 15_000, 20_000]],
    [12_683.3, 15_000, [0, 5_000, 10_000, 15_000]],
    [20_000, 20_000, [0, 5_000, 10_000, 15_000, 20_000]],
    [68, 80, [0, 20, 40, 60, 80]],
    [62, 80, [0, 20, 40, 60, 80]],
    [100, 100, [0, 25, 50, 75, 100]],
    [7, 8, [0, 2, 4, 6, 8]],
    [1, 1, [0, 0.25, 0.5, 0.75, 1]],
    [0.3, 0.3, [0, 0.1, 0.2, 0.3]],
    [0.0007, 0.0008, [0, 0.0002, 0.0004, 0.0006, 0.0008]],
  ])('the largest value %d gives a top of %d with ticks %j', (largest, top, ticks) => {
    expect(valueScale(largest)).toEqual({ top, ticks });
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'gives an axis from 0 to 1 when there is nothing to scale (%d)',
    (largest) => {
      expect(valueScale(largest)).toEqual({ top: 1, ticks: [0, 1] });
    },
  );

  it.each([5e-324, 1e-310, 1e-30, Number.MAX_VALUE, 1e300])(
    'gives a finite axis, up to at least the value, at the ends of what numbers hold (%d)',
    (largest) => {
      const { top, ticks } = valueScale(largest);
      expect(ticks.every(Number.isFinite)).toBe(true);
      expect(ticks[0]).toBe(0);
      expect(top).toBeGreaterThanOrEqual(largest);
      expect(ticks.length).toBeLessThanOrEqual(5);
    },
  );

  it('never ends below the largest value, nor a whole step above it', () => {
    for (let largest = 0.01; largest < 1e7; largest *= 1.37) {
      const { top, ticks } = valueScale(largest);
      const step = (ticks[1] as number) - (ticks[0] as number);
      expect(top).toBeGreaterThanOrEqual(largest);
      expect(top - largest).toBeLessThan(step * 1.000001);
      expect(ticks.length - 1).toBeLessThanOrEqual(4);
      expect(ticks.length - 1).toBeGreaterThanOrEqual(2);
    }
  });
});
