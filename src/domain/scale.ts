/**
 * A value axis that starts at zero and ends on a round number at or above the largest value,
 * with evenly spaced round ticks: steps of 1, 2, 2.5 or 5 times a power of ten, at most
 * `intervals` of them (fewer when a round top comes sooner).
 */
export interface ValueScale {
  top: number;
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

export function valueScale(largest: number, intervals = 4): ValueScale {
  if (!Number.isFinite(largest) || largest <= 0) return { top: 1, ticks: [0, 1] };
  const rough = largest / intervals;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (STEPS.find((candidate) => candidate * power >= rough) ?? 10) * power;
  // Beyond what doubles resolve (a denormal, where the power of ten is 0): the value itself.
  if (!(step > 0) || !Number.isFinite(step)) return { top: largest, ticks: [0, largest] };
  let count = Math.ceil(largest / step - 1e-9);
  if (count * step < largest) count += 1;
  // Each tick computed from its index, rounded to the step's own decimals: no 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks = Array.from({ length: count + 1 }, (_, index) =>
    decimals <= 20 ? Number((index * step).toFixed(decimals)) : index * step,
  );
  const top = ticks[ticks.length - 1] as number;
  // At the ends of what doubles hold, a round top may overflow: then the value itself.
  return Number.isFinite(top) && top >= largest
    ? { top, ticks }
    : { top: largest, ticks: [0, largest] };
}
