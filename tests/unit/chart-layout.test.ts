import { describe, expect, it } from 'vitest';
import { breakdownChartLayout } from '../../src/charts/BreakdownChart';
import {
  countScales,
  groupedBarsLayout,
  horizontalBarsLayout,
  MIN_BAR,
  smallMultiples,
  wrapText,
  type HorizontalBarsLayout,
} from '../../src/charts/chart-layout';
import { countChartLayout, countValueLabel } from '../../src/charts/CountChart';
import { amountChartLayout, amountChartRows } from '../../src/charts/AmountChart';
import type { Measure } from '../../src/charts/text-measure';
import { valueScale } from '../../src/domain/scale';
import { ALL_FILTERS } from '../../src/domain/url-state';
import {
  buildDashboardView,
  type AmountPanel,
  type BreakdownPanel,
  type CountPanel,
  type Panel,
} from '../../src/domain/view-model';
import { bundledDataset } from '../fixtures/dataset';
import { overYears } from '../fixtures/many-periods';

// Two fonts of different widths, as a narrow and a wide system font: a layout must hold in both.
const fonts: [string, Measure][] = [
  ['a narrow font', (text, px, bold) => text.length * px * (bold ? 0.56 : 0.5)],
  ['a wide font', (text, px, bold) => text.length * px * (bold ? 0.7 : 0.64)],
];
const words = {
  vi: { numberLang: 'vi', noData: 'chưa có số liệu' },
  en: { numberLang: 'en', noData: 'no data' },
} as const;

// The bundled dataset's own charts, with their real labels, in both languages.
const panelsIn = (lang: 'vi' | 'en') =>
  buildDashboardView(bundledDataset(), ALL_FILTERS, lang).figures.flatMap(
    (figure) => figure.panels,
  );
const panels = { vi: panelsIn('vi'), en: panelsIn('en') };
const ofKind = <K extends Panel['kind']>(lang: 'vi' | 'en', kind: K) =>
  panels[lang].filter((panel): panel is Extract<Panel, { kind: K }> => panel.kind === kind);
const breakdown = ofKind('vi', 'breakdown')[0] as BreakdownPanel;
const schools = ofKind('vi', 'count')[0] as CountPanel;

// A phone's chart: the screen less the page's and the card's padding (320, 360, 412 px screens).
const PHONES = [280, 320, 372];
const WIDTHS = [240, 280, 320, 360, 412, 480, 600, 768, 1024, 1366, 1920];

describe('wrapText', () => {
  const measure = fonts[0]![1];
  it.each([
    ['Xây dựng và quản lý đất đai, môi trường, đô thị', 120],
    ['Cải cách hành chính, khoa học công nghệ', 100],
    ['Đề án, kế hoạch đã ban hành và tổ chức thực hiện', 160],
    ['Công tác xây dựng Đảng', 400],
    ['Construction, land, environment and urban management', 90],
  ])('wraps “%s” into %d px lines, every word kept, nothing elided', (text, maxWidth) => {
    const lines = wrapText(text, maxWidth, 13, measure);
    expect(lines.join(' ')).toBe(text);
    expect(lines.join(' ')).not.toContain('…');
    for (const line of lines)
      if (line.includes(' ')) expect(measure(line, 13, false)).toBeLessThanOrEqual(maxWidth);
    // Greedy: no line could have taken the next one's first word.
    lines.slice(1).forEach((line, index) => {
      const joined = `${lines[index]} ${line.split(' ')[0]}`;
      expect(measure(joined, 13, false)).toBeGreaterThan(maxWidth);
    });
  });

  it('keeps a word longer than the line on a line of its own', () => {
    expect(wrapText('An 12-CTr/QU', 10, 13, measure)).toEqual(['An', '12-CTr/QU']);
  });
});

/** Every text of a horizontal bar chart inside the chart's width, and the bars long enough. */
function expectFits(
  layout: HorizontalBarsLayout,
  width: number,
  labels: readonly string[],
  measure: Measure,
  ends: readonly number[] = labels.map(() => layout.valueScale.top),
) {
  const { plotLeft, plotWidth, fontPx } = layout;
  expect(plotLeft + plotWidth + layout.margin.right).toBe(width);
  expect(plotWidth).toBeGreaterThanOrEqual(0.4 * width - 1);
  for (const lines of layout.categoryLines) {
    for (const line of lines) {
      const lineWidth = measure(line, fontPx.category, false);
      if (layout.labelsAbove) expect(plotLeft + lineWidth).toBeLessThanOrEqual(width);
      else expect(lineWidth).toBeLessThanOrEqual(layout.axisWidth);
    }
  }
  labels.forEach((label, index) => {
    const labelWidth = measure(label, fontPx.value, true);
    if (layout.places[index] === 'beside')
      // After its bar's end: within the chart.
      expect(
        plotLeft +
          ((ends[index] ?? 0) / layout.valueScale.top) * plotWidth +
          layout.offset +
          labelWidth,
      ).toBeLessThanOrEqual(width + 1);
    else if (layout.places[index] === 'inside') expect(labelWidth).toBeLessThanOrEqual(plotWidth);
    else
      for (const line of layout.valueLines[index] ?? [])
        if (line.includes(' '))
          expect(measure(line, fontPx.value, true)).toBeLessThanOrEqual(plotWidth);
  });
  // A row holds its text and its bar: the text above a bar ends before the bar begins.
  expect(layout.barSize).toBeGreaterThanOrEqual(MIN_BAR);
  expect(layout.band).toBeGreaterThanOrEqual(layout.barSize);
  if (layout.labelsAbove) {
    layout.categoryLines.forEach((lines, index) => {
      const first = layout.categoryYs[index] ?? 0;
      const last = first + (lines.length - 1) * layout.lineHeight;
      // Within its row, and ending before its bar (or its value above it) begins.
      expect(first - fontPx.category).toBeGreaterThanOrEqual(-layout.band / 2);
      expect(last + fontPx.category * 0.25).toBeLessThanOrEqual(
        layout.barShift - layout.barSize / 2,
      );
    });
  }
}

describe.each(fonts)('horizontal bars in %s', (_font, measure) => {
  const at = (width: number) => ({ width, typeScale: 1, measure });

  it.each(WIDTHS)('the topics chart at %d px: every label and bar fits', (width) => {
    const layout = breakdownChartLayout(breakdown, words.vi, at(width));
    const labels = breakdown.rows.map((row) => `${row.value} ${breakdown.unitLabel}`);
    expectFits(
      layout,
      width,
      labels,
      measure,
      breakdown.rows.map((row) => row.value ?? 0),
    );
  });

  it.each(WIDTHS)(
    'every count chart at %d px, in both languages: every label and bar fits',
    (width) => {
      for (const lang of ['vi', 'en'] as const) {
        for (const panel of ofKind(lang, 'count')) {
          const layout = countChartLayout(panel, words[lang], at(width));
          const labels = panel.rows.map((row) => countValueLabel(row, panel, words[lang]));
          expectFits(layout, width, labels, measure);
        }
      }
    },
  );

  it.each(PHONES)(
    'on a phone (%d px), the names go above their bars, over the full width',
    (width) => {
      const layout = breakdownChartLayout(breakdown, words.vi, at(width));
      expect(layout.labelsAbove).toBe(true);
      expect(layout.axisWidth).toBeLessThanOrEqual(1);
    },
  );

  it.each([1024, 1366, 1920])(
    'on a laptop (%d px), the names are an axis beside the bars',
    (width) => {
      const layout = breakdownChartLayout(breakdown, words.vi, at(width));
      expect(layout.labelsAbove).toBe(false);
      expect(layout.axisWidth).toBeLessThanOrEqual(0.4 * width);
      expect(layout.places.every((place) => place === 'beside')).toBe(true);
    },
  );

  it('has one breakpoint: above it the names are an axis, below it above the bars', () => {
    const modes = Array.from({ length: 200 }, (_, step) => 240 + step * 10).map(
      (width) => breakdownChartLayout(breakdown, words.vi, at(width)).labelsAbove,
    );
    const first = modes.indexOf(false);
    expect(first).toBeGreaterThan(0);
    expect(modes.slice(first).every((above) => !above)).toBe(true);
  });

  it('the height follows the rows and the lines the names wrap to', () => {
    const wide = breakdownChartLayout(breakdown, words.vi, at(1366));
    const phone = breakdownChartLayout(breakdown, words.vi, at(320));
    expect(wide.height).toBe(
      Math.ceil(
        wide.margin.top + wide.margin.bottom + wide.xAxisHeight + breakdown.rows.length * wide.band,
      ),
    );
    // On a phone each row also holds its name's lines.
    expect(phone.band).toBeGreaterThan(wide.band);
    const one = countChartLayout(schools, words.vi, at(1366));
    const many = countChartLayout(
      { ...schools, rows: [...schools.rows, ...schools.rows] },
      words.vi,
      at(1366),
    );
    expect(many.height - one.height).toBe(one.band);
  });

  it.each(PHONES)(
    'a share that leaves no room after its bar is written inside it, or above it, at %d px',
    (width) => {
      const layout = countChartLayout(schools, words.vi, at(width));
      const [place] = layout.places;
      expect(['inside', 'above']).toContain(place);
      // Inside where it fits in the part met, with room to spare; else on a line above the bar.
      const label = countValueLabel(schools.rows[0]!, schools, words.vi);
      const met = ((schools.rows[0]!.metPercent ?? 0) / 100) * layout.plotWidth;
      expect(measure(label, layout.fontPx.value, true) + 12 <= met).toBe(place === 'inside');
    },
  );

  it('a given height is shared out by the rows, with bars never thinner than the least', () => {
    const squeezed = breakdownChartLayout(breakdown, words.vi, { ...at(960), height: 120 });
    expect(squeezed.barSize).toBeGreaterThanOrEqual(2 * MIN_BAR);
    // Too small for the rows' names: the chart takes the height they need, rather than overlap.
    expect(squeezed.band).toBeGreaterThanOrEqual(squeezed.lineHeight);
    expect(squeezed.height).toBeGreaterThan(120);
    const roomy = breakdownChartLayout(breakdown, words.vi, {
      ...at(1600),
      height: 900,
      typeScale: 1.6,
    });
    expect(roomy.height).toBe(900);
    expect(roomy.fontPx.category).toBe(Math.round(13 * 1.6));
  });
});

describe('the value axis of counts', () => {
  it.each([
    [12, [0, 5, 10, 15]],
    [10, [0, 5, 10]],
    [4, [0, 1, 2, 3, 4]],
    [819, [0, 250, 500, 750, 1000]],
  ])('for a largest count of %d: whole ticks %j first', (largest, ticks) => {
    const scales = countScales(largest, valueScale);
    expect(scales[0]?.ticks).toEqual(ticks);
    for (const scale of scales) expect(scale.ticks.every(Number.isInteger)).toBe(true);
  });

  it('a narrow chart gets fewer ticks, each label clear of the next', () => {
    const measure = fonts[1]![1];
    const layout = horizontalBarsLayout({
      width: 200,
      categories: ['Phát triển kinh tế'],
      valueLabels: ['1.250 chỉ tiêu'],
      ends: [1250],
      scales: countScales(1250, valueScale),
      tickLabel: (tick) => tick.toLocaleString('vi'),
      bar: { size: 24, gap: 20 },
      scale: 1,
      measure,
    });
    expect(layout.valueScale.ticks.length).toBeLessThan(5);
  });
});

describe.each(fonts)('grouped upright bars in %s', (_font, measure) => {
  const budget = ofKind('vi', 'amount') as AmountPanel[];

  it.each([[600], [900]])('at %d px, each value over its own bar', (width) => {
    for (const panel of budget) {
      const layout = amountChartLayout(panel, words.vi, { width, typeScale: 1, measure });
      expect(layout.stacked).toBe(false);
    }
  });

  it.each([[280], [320]])(
    'at %d px, where they would run together, stacked over the pair',
    (width) => {
      const panel = budget[0]!;
      const layout = amountChartLayout(panel, words.vi, { width, typeScale: 1, measure });
      expect(layout.stacked).toBe(true);
      // Each label within its category's width, one line each above the taller bar.
      for (const row of panel.rows) {
        const label = row.value?.toLocaleString('vi') ?? '';
        expect(measure(label, layout.fontPx.value, true)).toBeLessThanOrEqual(layout.band);
      }
      expect(layout.margin.top).toBeGreaterThanOrEqual(2 * layout.lineHeight);
    },
  );

  it('the value axis is as wide as its widest tick label', () => {
    const layout = groupedBarsLayout({
      width: 400,
      labels: [['1', '2']],
      tickLabels: ['0', '5.000', '10.000', '15.000', '20.000'],
      barGap: 6,
      maxBar: 72,
      scale: 1,
      measure,
    });
    expect(layout.axisWidth).toBe(Math.ceil(measure('10.000', 12, false) + 10));
  });
});

describe('smallMultiples', () => {
  const fitsUpTo = (most: number) => (chunk: readonly number[]) => chunk.length <= most;
  it.each<[number, number, number[][]]>([
    [0, 3, [[]]],
    [1, 1, [[0]]],
    [4, 4, [[0, 1, 2, 3]]],
    [
      4,
      2,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    [
      7,
      3,
      [
        [0, 1, 2],
        [3, 4],
        [5, 6],
      ],
    ],
    [
      8,
      3,
      [
        [0, 1, 2],
        [3, 4, 5],
        [6, 7],
      ],
    ],
    [3, 0, [[0], [1], [2]]],
  ])('%d items, at most %d a chart: %j', (count, most, expected) => {
    const items = Array.from({ length: count }, (_, index) => index);
    expect(smallMultiples(items, fitsUpTo(most))).toEqual(expected);
  });
});

describe.each(fonts)('periods as small multiples in %s', (_font, measure) => {
  const budget = ofKind('vi', 'amount') as AmountPanel[];
  const base = budget[0]!;
  // A district's budget over eight half-years (its bundled rows, periods renamed).
  const eight = overYears(base);

  it.each(PHONES)('at %d px, the bundled districts keep one chart each', (width) => {
    for (const panel of budget) {
      expect(amountChartRows(panel, words.vi, { width, typeScale: 1, measure })).toHaveLength(1);
    }
  });

  it.each(PHONES)(
    'at %d px, eight periods are split into charts whose values keep (nearly) their size',
    (width) => {
      const charts = amountChartRows(eight, words.vi, { width, typeScale: 1, measure });
      expect(charts.length).toBeGreaterThan(1);
      // Every period once, in order.
      expect(charts.flat()).toEqual(eight.rows);
      for (const rows of charts) {
        const layout = amountChartLayout(eight, words.vi, { width, typeScale: 1, measure }, rows);
        expect(layout.valueShare).toBeGreaterThanOrEqual(0.85);
      }
    },
  );

  it.each([[1024], [1366], [1920]])('at %d px, eight periods stay one chart', (width) => {
    expect(amountChartRows(eight, words.vi, { width, typeScale: 1, measure })).toHaveLength(1);
  });
});
