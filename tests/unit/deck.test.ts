import { read } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { valueText } from '../../src/charts/figure-words';
import { statusReason } from '../../src/charts/status-words';
import type { Measure } from '../../src/charts/text-measure';
import { buildSlides } from '../../src/domain/slides';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import { DERIVED_DECIMALS, buildDashboardView } from '../../src/domain/view-model';
import { roundTo } from '../../src/domain/workbook';
import { validateDataset } from '../../src/domain/validate';
import type { DeckElement, DeckSlide } from '../../src/features/export/deck-blocks';
import type { DeckChart } from '../../src/features/export/deck-charts';
import { patchChartXml } from '../../src/features/export/deck-chart-xml';
import { asDrawn, deckBytes } from '../../src/features/export/deck-file';
import { overlaps, SLIDE_SIZES, type DeckShape } from '../../src/features/export/deck-geometry';
import { planDeck, type DeckPlan } from '../../src/features/export/deck-plan';
import { deckWords } from '../../src/features/export/deck-words';
import { wordsIn } from '../../src/i18n/words';
import { withCityDistricts } from '../fixtures/city-districts';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();
const viewOf = (filters: Partial<Filters>, lang: Lang) =>
  buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang);

/**
 * Two fonts of different widths, as text measures in them: a narrow one (about Arial's average
 * width) and a wide one (DejaVu Sans's). Whatever the font, the plan keeps its promises.
 */
const fonts: Record<string, Measure> = {
  narrow: (text, px, bold) => text.length * px * (bold ? 0.55 : 0.5),
  wide: (text, px, bold) => text.length * px * (bold ? 0.7 : 0.63),
};

const FILTERS: [string, Partial<Filters>][] = [
  ['everything', {}],
  ['2024', { year: 2024 }],
  ['Đống Đa', { unit: 'dong-da' }],
  ['economy', { topic: 'economy' }],
  ['party building', { topic: 'party-building' }],
];

function textsOf(slide: DeckSlide): string[] {
  return slide.elements.flatMap((element) =>
    element.kind === 'text'
      ? element.paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join(''))
      : [],
  );
}

function chartsOf(plan: DeckPlan): DeckChart[] {
  return plan.slides.flatMap((slide) =>
    slide.elements.flatMap((element) => (element.kind === 'chart' ? [element.chart] : [])),
  );
}

/** Texts and charts: what must never lie on each other (a card's shapes hold its texts). */
const placed = (slide: DeckSlide) => slide.elements.filter((element) => element.kind !== 'rect');

describe.each(FILTERS)('the deck of %s', (_name, filters) => {
  describe.each<[Lang, DeckShape, string]>([
    ['vi', '16:9', 'narrow'],
    ['vi', '4:3', 'wide'],
    ['en', '16:9', 'wide'],
    ['en', '4:3', 'narrow'],
  ])('in %s, %s, a %s font', (lang, shape, font) => {
    const view = viewOf(filters, lang);
    const t = wordsIn(deckWords, lang);
    const plan = planDeck(view, shape, t, fonts[font]!);
    const size = SLIDE_SIZES[shape];

    it('follows the presentation: title, each topic’s headline figures and charts, sources', () => {
      const expected = buildSlides(view).map((slide) =>
        slide.kind === 'figure' ? `figure:${slide.figure.title}` : slide.kind,
      );
      // A figure may take several slides (its charts at a legible size): said once each here.
      const kinds = plan.slides
        .map((slide) =>
          slide.kind === 'figure'
            ? `figure:${slide.title.replace(/ \(\d+\/\d+\)$/, '')}`
            : slide.kind,
        )
        .filter((kind, index, all) => !(kind.startsWith('figure:') && all[index - 1] === kind));
      expect(kinds.filter((kind) => kind !== 'sources')).toEqual(
        expected.filter((kind) => kind !== 'sources'),
      );
      expect(plan.slides[0]?.kind).toBe('title');
      expect(plan.slides.at(-1)?.kind).toBe('sources');
    });

    it('has a title slide with the districts, the period and the date of the data', () => {
      const texts = textsOf(plan.slides[0]!);
      expect(texts).toContain(t.appName);
      expect(texts.some((text) => text.startsWith(`${t.titleSlideUnits}: `))).toBe(true);
      expect(texts).toContain(t.asOf('27/06/2024'));
    });

    it('keeps everything inside the slide, nothing over anything else', () => {
      for (const slide of plan.slides) {
        for (const element of slide.elements) {
          const { x, y, w, h } = element.box;
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(x + w).toBeLessThanOrEqual(size.w + 1e-9);
          expect(y + h, `${slide.title}: an element runs off the slide`).toBeLessThanOrEqual(
            size.h + 1e-9,
          );
          expect(w).toBeGreaterThan(0);
        }
        const shown = placed(slide);
        for (const [index, a] of shown.entries())
          for (const b of shown.slice(index + 1))
            expect(overlaps(a.box, b.box), `${slide.title}: two elements overlap`).toBe(false);
      }
    });

    it('writes no NaN, Infinity, undefined or -0', () => {
      const text = JSON.stringify(plan);
      expect(text).not.toMatch(/NaN|Infinity|undefined|"-0"|\(-0\b| -0[,.%]/);
    });

    it('names each headline’s status and its reason, as the cards on screen do', () => {
      const cards = view.kpis;
      const all = plan.slides.filter((slide) => slide.kind === 'kpis').flatMap(textsOf);
      for (const kpi of cards) {
        expect(all).toContain(t.status[kpi.judgement.status]);
        expect(all).toContain(statusReason(kpi.judgement, kpi, t));
      }
    });

    it('draws every chart with the numbers of its rows, as the table shows them', () => {
      for (const figure of view.figures.filter((one) => one.hasData)) {
        const charts = plan.slides
          .filter((slide) => slide.kind === 'figure' && slide.title.startsWith(figure.title))
          .flatMap((slide) => slide.elements)
          .flatMap((element) => (element.kind === 'chart' ? [element.chart] : []));
        const drawn = (direction: DeckChart['direction'], overlap: boolean, series: number) =>
          charts
            .filter((chart) => chart.direction === direction && chart.overlap === overlap)
            .flatMap((chart) => chart.series[series]?.values ?? []);
        const rows = figure.panels.flatMap((panel) =>
          panel.rows.map((row) => ({ kind: panel.kind, panel, row })),
        );
        expect(drawn('column', false, 0)).toEqual(
          rows.flatMap(({ kind, panel, row }) =>
            kind === 'amount' && panel.kind === 'amount' && 'valueDerived' in row
              ? [
                  row.value == null
                    ? null
                    : roundTo(row.value, row.valueDerived ? DERIVED_DECIMALS : panel.decimals),
                ]
              : [],
          ),
        );
        // A count: its total behind, its part met in front.
        expect(drawn('bar', true, 0)).toEqual(
          rows.flatMap(({ kind, row }) => (kind === 'count' && 'total' in row ? [row.total] : [])),
        );
        expect(drawn('bar', true, 1)).toEqual(
          rows.flatMap(({ kind, row }) => (kind === 'count' ? [row.value] : [])),
        );
        expect(drawn('bar', false, 0)).toEqual(
          rows.flatMap(({ kind, row }) => (kind === 'breakdown' ? [row.value] : [])),
        );
        for (const chart of charts) {
          const rowCount = chart.categories[0]!.length;
          for (let index = 0; index < rowCount; index += 1) {
            const labelled = chart.series.filter((series) => series.labels[index] != null);
            const valued = chart.series.filter((series) => series.values[index] != null);
            // Each value its label; a count's row one label, beyond its longer bar.
            if (chart.overlap) expect(labelled.length).toBe(valued.length > 0 ? 1 : 0);
            else expect(labelled).toEqual(valued);
          }
        }
      }
    });

    it('labels a derived value “≈ … ước tính” with a lighter fill, and explains it in the notes', () => {
      for (const slide of plan.slides.filter((one) => one.kind === 'figure'))
        for (const element of slide.elements) {
          if (element.kind !== 'chart' || element.chart.direction !== 'column') continue;
          for (const series of element.chart.series)
            for (const [index, fill] of series.pointFills.entries()) {
              const label = series.labels[index];
              if (!fill || !label) continue;
              expect(label.text).toMatch(/^≈ /);
              expect(label.text).toContain(t.derivedBadge);
              expect(slide.notes.join('\n')).toContain(label.text.split('\n')[0]!);
            }
        }
    });
  });
});

describe('a deck’s derived values and notes', () => {
  const view = viewOf({ unit: 'dong-da' }, 'vi');
  const t = wordsIn(deckWords, 'vi');
  const plan = planDeck(view, '16:9', t, fonts.narrow!);
  const budget = plan.slides.find((slide) => slide.title.startsWith('Thu ngân sách'))!;

  it('gives the formula and the article’s sentence of the derived estimate (Đống Đa 9T/2022)', () => {
    const panel = view.figures.flatMap((figure) => figure.panels).find((p) => p.kind === 'amount');
    const row = panel?.kind === 'amount' ? panel.rows.find((r) => r.targetDerived) : undefined;
    expect(row?.targetDerived).toBeTruthy();
    const notes = budget.notes.join('\n');
    expect(notes).toContain(row!.targetDerived!.formula);
    expect(notes).toContain(valueText(row!.target, 1, row!.targetDerived, t));
    expect(notes).toContain(row!.quote);
    // And the screen's stated value is not marked.
    const chart = budget.elements.find(
      (e): e is Extract<DeckElement, { kind: 'chart' }> => e.kind === 'chart',
    )!;
    const stated = chart.chart.series[0]!.labels.find(
      (label) => label && !label.text.startsWith('≈'),
    );
    expect(stated?.text).toBe('8.599,3');
  });
});

describe('a city of thirty districts', () => {
  const city = validateDataset(withCityDistricts(30));
  if (!city.ok) throw new Error('the city fixture is invalid');
  const view = buildDashboardView(city.data, ALL_FILTERS, 'vi');
  const t = wordsIn(deckWords, 'vi');

  it.each<[DeckShape, string]>([
    ['16:9', 'narrow'],
    ['4:3', 'wide'],
  ])('splits the budget over slides, every district drawn once (%s, %s font)', (shape, font) => {
    const plan = planDeck(view, shape, t, fonts[font]!);
    const budget = view.figures.find((figure) => figure.title.startsWith('Thu ngân sách'))!;
    const charts = plan.slides
      .filter((slide) => slide.title.startsWith(budget.title))
      .flatMap((slide) => slide.elements)
      .flatMap((element) => (element.kind === 'chart' ? [element.chart] : []));
    expect(charts.length).toBeGreaterThan(1);
    const drawn = charts.flatMap((chart) => chart.series[0]!.values);
    expect(drawn).toEqual(
      budget.panels.flatMap((panel) =>
        panel.kind === 'amount'
          ? panel.rows.map((r) =>
              r.value == null
                ? null
                : roundTo(r.value, r.valueDerived ? DERIVED_DECIMALS : panel.decimals),
            )
          : [],
      ),
    );
    // Every label no wider than its bar's place: half a period's share of the plot.
    for (const chart of charts) expect(chart.categories[0]!.length).toBeLessThanOrEqual(12);
  });
});

describe('a city’s whole view, long names and all', () => {
  const city = validateDataset(withCityDistricts(126));
  if (!city.ok) throw new Error('the city fixture is invalid');
  const view = buildDashboardView(city.data, ALL_FILTERS, 'vi');

  it.each<[DeckShape, string]>([
    ['16:9', 'narrow'],
    ['4:3', 'wide'],
  ])(
    'keeps every slide whole (%s, %s font): the title slide names as many districts as fit',
    (shape, font) => {
      const t = wordsIn(deckWords, 'vi');
      const plan = planDeck(view, shape, t, fonts[font]!);
      const size = SLIDE_SIZES[shape];
      for (const slide of plan.slides) {
        for (const element of slide.elements)
          expect(element.box.y + element.box.h, slide.title).toBeLessThanOrEqual(size.h + 1e-9);
        const shown = placed(slide);
        for (const [index, a] of shown.entries())
          for (const b of shown.slice(index + 1))
            expect(overlaps(a.box, b.box), slide.title).toBe(false);
      }
      const title = textsOf(plan.slides[0]!).find((text) => text.startsWith(t.titleSlideUnits))!;
      expect(title).toMatch(/và [\d.]+ đơn vị khác$/);
      // Every one of them in the notes.
      expect(plan.slides[0]!.notes[0]!.split(', ')).toHaveLength(view.units.length);
    },
  );
});

describe('the PowerPoint file', async () => {
  const lang: Lang = 'vi';
  const view = viewOf({}, lang);
  const plan = planDeck(view, '16:9', wordsIn(deckWords, lang), fonts.wide!);
  const files = unzipSync(await deckBytes(plan, lang));
  const text = (name: string) => strFromU8(files[name]!);
  const numbered = (prefix: string) =>
    Object.keys(files)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.xml'))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const charts = chartsOf(plan);

  it('has a slide for each slide planned, 13.333 × 7.5 in', () => {
    expect(numbered('ppt/slides/slide')).toHaveLength(plan.slides.length);
    expect(text('ppt/presentation.xml')).toContain('<p:sldSz cx="12191695" cy="6858000"');
  });

  it('has a native chart part, with its embedded sheet, for each chart planned', () => {
    expect(numbered('ppt/charts/chart')).toHaveLength(charts.length);
    expect(
      Object.keys(files).filter((name) => /^ppt\/embeddings\/.+\.xlsx$/.test(name)),
    ).toHaveLength(charts.length);
  });

  it('caches each chart’s numbers as the view model has them, a missing one blank', () => {
    for (const [index, name] of numbered('ppt/charts/chart').entries()) {
      const chart = asDrawn(charts[index]!);
      const xml = text(name);
      const series = [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((match) => {
        const points = new Map(
          [...match[1]!.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((pt) => [
            Number(pt[1]),
            Number(pt[2]),
          ]),
        );
        const count = Number(/<c:ptCount val="(\d+)"/.exec(match[1]!)![1]);
        return Array.from({ length: count }, (_, i) => points.get(i) ?? null);
      });
      expect(series).toEqual(chart.series.map((one) => one.values));
    }
  });

  it('writes each label as the screen does, in Vietnamese, intact', () => {
    const all = numbered('ppt/charts/chart').map(text).join('');
    expect(all).toContain('<a:t>12.455,236</a:t>');
    expect(all).toContain('<a:t>≈ 12.683,3</a:t><');
    expect(all).toContain('<a:t>ước tính</a:t>');
    expect(all).toContain('Thực hiện');
    const slides = numbered('ppt/slides/slide').map(text).join('');
    expect(slides).toContain('Thu ngân sách nhà nước so với dự toán');
    expect(slides).toContain('Số liệu đến ngày 27/06/2024');
    expect(slides).toContain('lang="vi-VN"');
    expect(slides).toContain('typeface="Arial"');
  });

  it('leaves a missing value empty in the chart’s sheet, not 0', () => {
    const budget = charts.findIndex((chart) => chart.series[1]?.values.includes(null));
    expect(budget).toBeGreaterThanOrEqual(0);
    const sheetName = Object.keys(files)
      .filter((name) => /^ppt\/embeddings\/.+\.xlsx$/.test(name))
      .sort((a, b) => Number(/(\d+)\.xlsx$/.exec(a)![1]) - Number(/(\d+)\.xlsx$/.exec(b)![1]))[
      budget
    ]!;
    const sheet = read(files[sheetName]!).Sheets.Sheet1!;
    const missing = charts[budget]!.series[1]!.values.indexOf(null);
    // Column A the district, B the period, C the result, D the estimate; row 1 the names.
    expect(sheet[`D${missing + 2}`]).toBeUndefined();
    expect(sheet[`C${missing + 2}`]?.t).toBe('n');
  });

  it('writes the notes a line a paragraph', () => {
    const notes = numbered('ppt/notesSlides/notesSlide').map(text);
    const budget = plan.slides.findIndex((slide) => slide.title.startsWith('Thu ngân sách'));
    const paragraphs = [...notes[budget]!.matchAll(/<a:p>/g)].length;
    expect(paragraphs).toBeGreaterThanOrEqual(plan.slides[budget]!.notes.length);
    // The budget's slides (one, or one a district in a wide font): Đống Đa's derived estimate.
    const budgetNotes = plan.slides
      .map((slide, index) => (slide.title.startsWith('Thu ngân sách') ? notes[index] : ''))
      .join('');
    expect(budgetNotes).toContain('8.599,3 / 67,8%');
  });
});

/** The children of each `<c:ser>`, in order, by name: what the chart schema orders. */
function seriesChildren(xml: string): string[][] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((match) => {
    const names: string[] = [];
    let depth = 0;
    for (const tag of match[1]!.matchAll(/<(\/?)c:(\w+)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = tag;
      if (closing) depth -= 1;
      else {
        if (depth === 0) names.push(name!);
        if (!selfClosing) depth += 1;
      }
    }
    return names;
  });
}

describe('the chart parts, as PowerPoint’s schema orders them', async () => {
  const view = viewOf({}, 'vi');
  const plan = planDeck(view, '4:3', wordsIn(deckWords, 'vi'), fonts.wide!);
  const files = unzipSync(await deckBytes(plan, 'vi'));
  const charts = Object.keys(files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .map((name) => strFromU8(files[name]!));
  const order = ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'dPt', 'dLbls', 'cat', 'val'];

  it('has each series’ parts in the schema’s order, its points before its labels', () => {
    for (const xml of charts)
      for (const children of seriesChildren(xml)) {
        const ranks = children.map((name) => order.indexOf(name));
        expect(ranks.every((rank) => rank >= 0)).toBe(true);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
  });

  it('places labels only where the chart’s grouping allows', () => {
    for (const xml of charts) {
      const grouping = /<c:grouping val="(\w+)"\/>/.exec(xml)?.[1];
      const places = [...xml.matchAll(/<c:dLblPos val="(\w+)"\/>/g)].map((m) => m[1]);
      // A stacked bar's labels may not stand outside its end.
      if (grouping !== 'clustered') expect(places).not.toContain('outEnd');
      expect(places.every((place) => ['outEnd', 'inEnd', 'inBase', 'ctr'].includes(place!))).toBe(
        true,
      );
    }
  });
});

describe('patchChartXml', () => {
  const chart: DeckChart = {
    direction: 'column',
    overlap: false,
    categories: [['a', 'b']],
    series: [
      {
        name: 's',
        colour: '000000',
        values: [1, null],
        labels: [
          { text: "≈ 1 & 2 US$'000 $&", place: 'outEnd', colour: '111111', bold: true },
          null,
        ],
        pointFills: [{ fill: 'AAAAAA', dashedLine: '000000' }, null],
      },
    ],
    axis: { max: 2, step: 1 },
    showLegend: false,
  };
  const xml =
    '<c:ser><c:idx val="0"/><c:spPr/><c:invertIfNegative val="0"/><c:dLbls><c:numFmt/></c:dLbls>' +
    '<c:val><c:numRef><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>';
  const patched = patchChartXml(xml, chart, 'vi-VN');

  it('gives each point its label, escaped, and deletes the label of a missing one', () => {
    // Written as it is: "$'" and "$&" are text, not replacement patterns.
    expect(patched).toContain("<a:t>≈ 1 &amp; 2 US$'000 $&amp;</a:t>");
    expect(patched.match(/<c:val>/g)).toHaveLength(1);
    expect(patched).toContain('<c:dLbl><c:idx val="1"/><c:delete val="1"/></c:dLbl>');
    expect(patched.indexOf('<c:dLbl>')).toBeGreaterThan(patched.indexOf('<c:dLbls>'));
  });

  it('fills a derived point lighter, before the labels as the schema orders them', () => {
    expect(patched).toMatch(/<c:dPt><c:idx val="0"\/>.*AAAAAA.*prstDash val="dash"/);
    expect(patched.indexOf('<c:dPt>')).toBeLessThan(patched.indexOf('<c:dLbls>'));
  });

  it('drops the empty cached value of a missing point', () => {
    expect(patched).not.toContain('<c:v></c:v>');
    expect(patched).toContain('<c:pt idx="0"><c:v>1</c:v></c:pt>');
  });
});
