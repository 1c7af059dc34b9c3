import { describe, expect, it } from 'vitest';
import { widthRanges, widthRules } from '../../scripts/prerender-widths.mjs';

// Which pre-rendered drawing of a chart shows at which chart width (scripts/prerender-page.mjs).

const parse = (range: string): [number, number] => {
  const [low, high] = range.split('-').map(Number);
  return [low ?? NaN, high ?? NaN];
};

describe('widthRanges', () => {
  it('shows each drawing at its own width, and at most one of a chart’s drawings at any width', () => {
    const widths = [679.22, 594.22, 691.22];
    const ranges: [number, number][] = widthRanges(widths).map(parse);
    widths.forEach((width, index) => {
      const [low, high] = ranges[index]!;
      expect(low).toBeLessThanOrEqual(width);
      expect(high).toBeGreaterThanOrEqual(width);
    });
    for (let width = 580; width < 720; width += 0.25) {
      const showing = ranges.filter(([low, high]) => width >= low && width <= high);
      expect(showing.length).toBeLessThanOrEqual(1);
    }
    // A scrollbar's width wider still shows the drawing; far wider, none.
    const [, high] = ranges[1]!;
    expect(high).toBeGreaterThanOrEqual(594.22 + 15);
    expect(ranges.some(([low, hi]) => 640 >= low && 640 <= hi)).toBe(false);
  });

  it('gives each chart its ranges from its own drawings, not another chart’s', () => {
    // Two charts whose widths are 2 px apart: each drawing still shows at its own width.
    const first = widthRanges([594, 1255]);
    const second = widthRanges([596, 1449]);
    const rules = widthRules([...first, ...second]);
    for (const [range, width] of [
      [first[0], 594],
      [second[0], 596],
    ] as const) {
      const [low, high] = parse(range!);
      expect(width).toBeGreaterThanOrEqual(low);
      expect(width).toBeLessThanOrEqual(high);
      expect(rules).toContain(`.prerendered-variant[data-w="${range}"]`);
    }
  });
});
