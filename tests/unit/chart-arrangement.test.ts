import { describe, expect, it } from 'vitest';
import {
  arrangeCharts,
  arrangeLarge,
  chartColumns,
  MAX_BAR_STRETCH,
  maxChartHeight,
  MIN_COLUMN_WIDTH,
  stackedHeights,
  type ChartAtScales,
  type ChartAtWidths,
  type ChartToPlace,
} from '../../src/domain/chart-arrangement';

const amount: ChartToPlace = { kind: 'amount', naturalHeight: 340 };
const oneBar: ChartToPlace = { kind: 'count', naturalHeight: 104 };
const sixTopics: ChartToPlace = { kind: 'breakdown', naturalHeight: 304 };
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('chartColumns', () => {
  it.each<[string, ChartToPlace[], number, number]>([
    // charts, width, columns (gap 48, type scale 2)
    ['one chart', [amount], 1760, 1],
    ['two districts on a 16:9 slide', [amount, amount], 1760, 2],
    ['two districts on a 4:3 slide', [amount, amount], 1280, 2],
    ['three districts on a 16:9 slide', [amount, amount, amount], 1760, 3],
    ['three districts on a 4:3 slide: two columns', [amount, amount, amount], 1280, 2],
    ['three districts in a narrow frame: stacked', [amount, amount, amount], 700, 1],
    ['four districts: stacked', [amount, amount, amount, amount], 1760, 1],
    ['bars of counts: stacked', [oneBar, oneBar], 1760, 1],
    ['a count and a breakdown: stacked', [oneBar, sixTopics], 1760, 1],
  ])('%s', (_, charts, width, columns) => {
    expect(chartColumns(charts, width, 48, 2)).toBe(columns);
  });

  it('keeps each column at least its least width', () => {
    const width = 2 * MIN_COLUMN_WIDTH * 2 + 48;
    expect(chartColumns([amount, amount], width, 48, 2)).toBe(2);
    expect(chartColumns([amount, amount], width - 1, 48, 2)).toBe(1);
  });
});

describe('stackedHeights', () => {
  it('gives a chart with one bar no more than its rows need, leaving the rest to centre in', () => {
    const [height = 0] = stackedHeights([oneBar], 700, 2, 120);
    expect(height).toBe(maxChartHeight(oneBar, 2));
    expect(height).toBe(Math.round(104 * 2 * MAX_BAR_STRETCH));
    expect(height).toBeLessThan(700);
  });

  it('lets a chart of amounts fill the room', () => {
    expect(stackedHeights([amount], 700, 2, 120)).toEqual([700]);
  });

  it.each<[string, ChartToPlace[], number]>([
    ['two one-bar charts', [oneBar, oneBar], 900],
    ['a count and a breakdown', [oneBar, sixTopics], 600],
    ['a count and a breakdown, room to spare', [oneBar, sixTopics], 2000],
    ['two districts stacked', [amount, amount], 500],
  ])('%s: within the room, in proportion, none above its largest', (_, charts, room) => {
    const heights = stackedHeights(charts, room, 2, 120);
    expect(sum(heights)).toBeLessThanOrEqual(room);
    charts.forEach((chart, index) => {
      expect(heights[index]).toBeLessThanOrEqual(maxChartHeight(chart, 2));
      expect(heights[index]).toBeGreaterThanOrEqual(120);
    });
  });

  it('gives a small chart its minimum first, and the rest to the others', () => {
    // In proportion, the one-bar chart would get 94 px of 368: under its minimum of 120.
    const heights = stackedHeights([oneBar, sixTopics], 368, 2, 120);
    expect(heights).toEqual([120, 248]);
  });

  it('shares in proportion to the natural heights when no bound applies', () => {
    const heights = stackedHeights([oneBar, sixTopics], 612, 2, 120);
    expect(heights).toEqual([156, 456]);
  });

  it('gives a chart at least what it was measured to need, however its rows compare', () => {
    // Six topics whose wrapped names took 700 px when drawn: the one-bar chart keeps its share.
    const measured = { ...sixTopics, leastHeight: 700 };
    const heights = stackedHeights([oneBar, measured], 1000, 2, 120);
    expect(heights[1]).toBeGreaterThanOrEqual(700);
    expect(heights[0]).toBeGreaterThanOrEqual(120);
    expect(sum(heights)).toBeLessThanOrEqual(1000);
    // A measured need above its usual largest raises the largest too.
    expect(maxChartHeight({ ...oneBar, leastHeight: 400 }, 2)).toBe(400);
  });

  it('needs more than the room only when the minimums alone do', () => {
    expect(stackedHeights([oneBar, oneBar, oneBar], 200, 2, 120)).toEqual([120, 120, 120]);
  });
});

describe('arrangeCharts', () => {
  const options = { columnGap: 48, rowGap: 12, typeScale: 2, minHeight: 120 };
  // Heights in the frame's pixels at a width: six topics whose long names take two lines in
  // the axis below 1400 px, and go above the bars (one line each) in a column.
  const oneBarAt = {
    kind: 'count' as const,
    at: () => ({ natural: 133, least: 133, heading: 35 }),
  };
  const sixTopicsAt = {
    kind: 'breakdown' as const,
    at: (width: number) =>
      width >= 1400
        ? { natural: 560, least: 338, heading: 35 }
        : width >= 1000
          ? { natural: 700, least: 536, heading: 70 }
          : { natural: 850, least: 422, heading: 105 },
  };

  it('stacks a count and a breakdown when they fit stacked', () => {
    const arrangement = arrangeCharts(
      [oneBarAt, sixTopicsAt],
      { width: 1760, height: 580 },
      options,
    );
    expect(arrangement.columns).toBe(1);
    expect(arrangement.fits).toBe(true);
    expect(arrangement.used).toBeLessThanOrEqual(580);
    expect(arrangement.heights[1]).toBeGreaterThanOrEqual(338);
  });

  it('puts them side by side when stacked they do not fit, each at least its least there', () => {
    const arrangement = arrangeCharts(
      [oneBarAt, sixTopicsAt],
      { width: 1360, height: 564 },
      options,
    );
    expect(arrangement.columns).toBe(2);
    expect(arrangement.widths).toEqual([656, 656]);
    expect(arrangement.fits).toBe(true);
    expect(arrangement.heights[1]).toBeGreaterThanOrEqual(422);
    // The one bar keeps its own height beside the taller chart, not stretched to it.
    expect(arrangement.heights[0]).toBe(133);
    expect(arrangement.headings).toEqual([105, 105]);
  });

  it('when nothing fits, takes the arrangement that needs least', () => {
    const arrangement = arrangeCharts(
      [oneBarAt, sixTopicsAt],
      { width: 1360, height: 300 },
      options,
    );
    expect(arrangement.fits).toBe(false);
    expect(arrangement.columns).toBe(2);
  });

  it('keeps districts’ amounts side by side, one height', () => {
    const amountAt = {
      kind: 'amount' as const,
      at: () => ({ natural: 680, least: 0, heading: 35 }),
    };
    const arrangement = arrangeCharts([amountAt, amountAt], { width: 1760, height: 480 }, options);
    expect(arrangement.columns).toBe(2);
    expect(arrangement.heights).toEqual([445, 445]);
  });

  it('stacks in a frame too narrow for two columns', () => {
    const arrangement = arrangeCharts(
      [oneBarAt, sixTopicsAt],
      { width: 600, height: 300 },
      options,
    );
    expect(arrangement.columns).toBe(1);
  });
});

describe('arrangeLarge', () => {
  const options = { columnGap: 48, rowGap: 12, typeScale: 2, minHeight: 120 };
  // A chart of bars whose heights grow with its type: `rows` rows of 60 px at type scale 1, a
  // 46 px axis and margins; its least, the text of each row and a thin bar.
  const bars = (rows: number): ChartAtScales => ({
    kind: 'count',
    at: (_width, typeScale) => ({
      natural: Math.round((46 + 60 * rows) * typeScale),
      least: Math.round((46 + 36 * rows) * typeScale),
      heading: 0,
    }),
  });
  const amounts: ChartAtScales = {
    kind: 'amount',
    at: (_width, typeScale) => ({ natural: 340 * typeScale, least: 0, heading: 0 }),
  };

  it.each<[string, ChartAtScales[], number, number]>([
    ['one bar in a slide’s room: the largest type', [bars(1)], 800, 3],
    ['two single bars: the largest type that keeps both whole', [bars(1), bars(1)], 800, 3],
    ['six rows that fill the room already: the frame’s type', [bars(6)], 800, 2],
    ['six rows with room for a little more: the next size', [bars(6)], 1100, 2.5],
    ['a chart of amounts fills any room: the frame’s type', [amounts], 800, 2],
    ['nothing to place: the frame’s type', [], 800, 2],
  ])('%s', (_case, charts, height, typeScale) => {
    const arrangement = arrangeLarge(charts, { width: 1800, height }, options);
    expect(arrangement.typeScale).toBe(typeScale);
    // Whatever the type, every chart has at least its least height, and all of it fits.
    charts.forEach((chart, index) => {
      expect(arrangement.heights[index]).toBeGreaterThanOrEqual(
        chart.at(arrangement.widths[index % arrangement.columns] ?? 0, typeScale).least,
      );
    });
    if (charts.length > 0) expect(arrangement.used).toBeLessThanOrEqual(height);
  });
});

describe('two charts side by side share the width unevenly when evenly they do not fit', () => {
  const options = { columnGap: 48, rowGap: 12, typeScale: 2, minHeight: 120 };
  // A short count, and a breakdown whose long names wrap onto a second line above each bar
  // below 800 px wide (each row then 88 px at least, else 55).
  const count: ChartAtWidths = {
    kind: 'count',
    at: () => ({ natural: 150, least: 120, heading: 65 }),
  };
  const breakdown: ChartAtWidths = {
    kind: 'breakdown',
    at: (width) => {
      const row = width < 800 ? 88 : 55;
      return { natural: 76 + 6 * row * 1.3, least: 76 + 6 * row, heading: width < 800 ? 98 : 65 };
    },
  };

  it('a third for the count, two thirds for the breakdown, both whole', () => {
    const room = { width: 1360, height: 564 };
    const arrangement = arrangeCharts([count, breakdown], room, options);
    expect(arrangement.columns).toBe(2);
    expect(arrangement.fits).toBe(true);
    const [left = 0, right = 0] = arrangement.widths;
    expect(right).toBeGreaterThan(left);
    expect(left + right + options.columnGap).toBeLessThanOrEqual(room.width);
  });

  it('stacked, each the room’s width, where that fits', () => {
    const arrangement = arrangeCharts([count, breakdown], { width: 2000, height: 800 }, options);
    expect(arrangement.fits).toBe(true);
    expect(arrangement.columns).toBe(1);
    expect(arrangement.widths).toEqual([2000]);
  });
});
