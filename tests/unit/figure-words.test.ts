import { describe, expect, it } from 'vitest';
import { buildFigureContext } from '../../src/charts/figure-context';
import {
  computedShareText,
  panelHeadingParts,
  panelLegend,
  panelNotes,
  statedShareText,
} from '../../src/charts/figure-words';
import {
  figureLegend,
  figureNotes,
  panelHeading,
  shareDisagreementNote,
} from '../../src/charts/figure-words-whole';
import type { StatedShare } from '../../src/domain/schema';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import {
  buildDashboardView,
  type BreakdownPanel,
  type FigureView,
} from '../../src/domain/view-model';
import { standaloneFigureWords } from '../../src/i18n/standalone-figure-words';
import { wordsIn } from '../../src/i18n/words';
import { withMixedPeriodLengths } from '../fixtures/mixed-period-lengths';
import { bundledDataset } from '../fixtures/dataset';

// tests/setup.ts has loaded English, so words in 'en' are English here.
const dataset = bundledDataset();
const view = (lang: Lang, filters: Partial<Filters> = {}) =>
  buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang);
const figure = (lang: Lang, id: string, filters: Partial<Filters> = {}): FigureView => {
  const found = view(lang, filters).figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

const LANGS: Lang[] = ['vi', 'en'];
const FILTER_SETS: Partial<Filters>[] = [{}, { year: 2024, unit: 'cau-giay' }, { year: 2022 }];
const FIGURE_IDS = ['budget', 'schools', 'indicators', 'progress'];
const cases = LANGS.flatMap((lang) =>
  FILTER_SETS.flatMap((filters) => FIGURE_IDS.map((id) => [lang, id, filters] as const)),
);

describe('the export and the slide say what the screen says', () => {
  it.each(cases)(
    '%s, %s, %o: the legend is the screen’s legends, each kind once',
    (lang, id, filters) => {
      const t = wordsIn(standaloneFigureWords, lang);
      const v = view(lang, filters);
      const shown = v.figures.find((f) => f.id === id);
      if (!shown) throw new Error(`no figure ${id}`);
      const onScreen = shown.panels.flatMap((panel) => panelLegend(panel, t));
      const exported = buildFigureContext(v, shown, t).legend;
      // The same items, word for word, …
      expect(new Set(exported.map((item) => JSON.stringify(item)))).toEqual(
        new Set(onScreen.map((item) => JSON.stringify(item))),
      );
      // … each once, the derived values' stripes last.
      expect(new Set(exported.map((item) => item.kind)).size).toBe(exported.length);
      const derived = exported.findIndex((item) => item.kind === 'derived');
      if (derived >= 0) expect(derived).toBe(exported.length - 1);
    },
  );

  it.each(cases)(
    '%s, %s, %o: every caveat under a chart is in the export, word for word',
    (lang, id, filters) => {
      const t = wordsIn(standaloneFigureWords, lang);
      const v = view(lang, filters);
      const shown = v.figures.find((f) => f.id === id);
      if (!shown) throw new Error(`no figure ${id}`);
      const exported = buildFigureContext(v, shown, t).notes;
      expect(exported).toEqual(figureNotes(shown, t));
      for (const note of shown.panels.flatMap((panel) => panelNotes(panel, t))) {
        const caveat = note.kind !== 'breakdown-total' || note.warning;
        expect(exported.includes(note.text), note.text).toBe(caveat);
      }
    },
  );

  it.each(LANGS)('%s: a share that disagrees is told with the screen’s own numbers', (lang) => {
    const t = wordsIn(standaloneFigureWords, lang);
    const budget = figure(lang, 'budget', { year: 2024, unit: 'cau-giay' });
    const panel = budget.panels[0];
    if (panel?.kind !== 'amount') throw new Error('expected an amount panel');
    const row = panel.rows.find((r) => r.shareCheck === 'disagrees');
    if (!row?.statedShare) throw new Error('expected a disagreeing row');
    const note = shareDisagreementNote(row, t);
    // What the share comparison and the data table show for this row.
    expect(note).toContain(computedShareText(row, t));
    expect(note).toContain(statedShareText(row.statedShare, t));
    expect(figureNotes(budget, t)).toContain(note);
  });
});

describe('the words themselves', () => {
  it.each<[Lang, string, string[]]>([
    ['vi', 'budget', ['Thực hiện', 'Dự toán cả năm', 'Giá trị suy ra (sọc chéo)']],
    ['en', 'budget', ['Result', 'Annual estimate', 'Derived value (diagonal stripes)']],
    ['vi', 'schools', ['Thực hiện', 'Phần chưa đạt']],
    ['en', 'schools', ['Result', 'Not yet met']],
  ])('%s legend of %s: %j', (lang, id, labels) => {
    expect(
      figureLegend(figure(lang, id), wordsIn(standaloneFigureWords, lang)).map(
        (item) => item.label,
      ),
    ).toEqual(labels);
  });

  it.each<[Lang, string[]]>([
    [
      'vi',
      [
        'Cầu Giấy · 6T/2024: Tỷ lệ tính được 63,90%, bài viết ghi hơn 64%. Không khớp với tỷ lệ tính được.',
      ],
    ],
    [
      'en',
      [
        'Cau Giay · 6M 2024: Computed share 63.90%, article states more than 64%. Disagrees with the computed share.',
      ],
    ],
  ])('%s notes of one budget bar: %j', (lang, notes) => {
    expect(
      figureNotes(
        figure(lang, 'budget', { year: 2024, unit: 'cau-giay' }),
        wordsIn(standaloneFigureWords, lang),
      ),
    ).toEqual(notes);
  });

  it.each<[Lang, string]>([
    ['vi', '9 tháng: 9T/2021, 9T/2022; 6 tháng: 6T/2023, 6T/2024'],
    ['en', '9 months: 9M 2021, 9M 2022; 6 months: 6M 2023, 6M 2024'],
  ])('%s: periods of different length come first, the derived note last', (lang, lengths) => {
    const t = wordsIn(standaloneFigureWords, lang);
    const budget = figure(lang, 'budget');
    // Each district's chart holds periods of one length on the bundled data; one that mixed
    // 9 months with 6 would say so before anything else.
    const mixed = withMixedPeriodLengths(
      budget,
      lang === 'vi'
        ? ['9T/2021', '9T/2022', '6T/2023', '6T/2024']
        : ['9M 2021', '9M 2022', '6M 2023', '6M 2024'],
    );
    const notes = figureNotes(mixed, t);
    expect(notes[0]).toContain(lengths);
    expect(notes.at(-1)).toBe(t.exportDerivedNote);
  });

  it.each<[Lang, StatedShare | null, string]>([
    ['vi', { percent: 64, qualifier: 'more-than' }, 'hơn 64%'],
    ['en', { percent: 64, qualifier: 'more-than' }, 'more than 64%'],
    ['vi', { percent: 70.5, qualifier: 'about' }, 'khoảng 70,5%'],
    ['vi', { percent: 50, qualifier: 'less-than', decimals: 1 }, 'dưới 50,0%'],
    ['en', { percent: 63.9, qualifier: 'exact' }, '63.9%'],
    ['en', { percent: 70.5, qualifier: 'about' }, 'about 70.5%'],
    ['vi', null, 'không nêu'],
    ['en', null, 'not stated'],
  ])('%s stated share %o reads %s', (lang, share, text) => {
    expect(statedShareText(share, wordsIn(standaloneFigureWords, lang))).toBe(text);
  });

  it.each<[number | null, number | undefined, string]>([
    [63.9012, 2, '63,90%'],
    [69.3548, undefined, '69,35%'],
    [64, 0, '64%'],
    [null, 2, 'chưa có số liệu'],
  ])('computed share %s at %s decimals reads %s', (share, shareDecimals, text) => {
    expect(computedShareText({ share, shareDecimals }, wordsIn(standaloneFigureWords, 'vi'))).toBe(
      text,
    );
  });

  it.each<[number | null, number | undefined, string]>([
    [63.9012, 2, '63.90%'],
    [69.3548, undefined, '69.35%'],
    [1234.5, 1, '1,234.5%'],
    [null, 2, 'no data'],
  ])('computed share %s at %s decimals reads %s in English', (share, shareDecimals, text) => {
    expect(computedShareText({ share, shareDecimals }, wordsIn(standaloneFigureWords, 'en'))).toBe(
      text,
    );
  });

  it.each(LANGS)(
    '%s: a breakdown whose topics do not add up warns on screen and in the export',
    (lang) => {
      const t = wordsIn(standaloneFigureWords, lang);
      const indicators = figure(lang, 'indicators');
      const breakdown = indicators.panels.find((p): p is BreakdownPanel => p.kind === 'breakdown');
      if (!breakdown) throw new Error('expected a breakdown panel');
      const agreeing = panelNotes(breakdown, t);
      expect(agreeing).toEqual([
        { kind: 'breakdown-total', text: t.breakdownTotal('39', '39'), warning: false },
      ]);
      const tampered: BreakdownPanel = { ...breakdown, statedTotal: 40, totalCheck: 'disagrees' };
      const [note] = panelNotes(tampered, t);
      expect(note).toEqual({
        kind: 'breakdown-total',
        text: `${t.breakdownTotal('39', '40')} ${t.breakdownTotalMismatch}`,
        warning: true,
      });
      const withTampered = { ...indicators, panels: [tampered] };
      expect(figureNotes(withTampered, t)).toEqual([note?.text]);
    },
  );

  it.each(LANGS)('%s: a breakdown’s heading names its district and period', (lang) => {
    const t = wordsIn(standaloneFigureWords, lang);
    const indicators = figure(lang, 'indicators');
    const [count, breakdown] = indicators.panels;
    if (!count || breakdown?.kind !== 'breakdown') throw new Error('expected two panels');
    const parts = panelHeadingParts(breakdown, indicators, t);
    // Its period is named after the programme its metric names: the programme is said once.
    expect(parts).toEqual({
      name:
        lang === 'vi'
          ? 'Chỉ tiêu chủ yếu của Chương trình hành động 12-CTr/QU (20/10/2022), chỉ tiêu đến năm 2025 và 2030'
          : 'Main indicators of Action Programme 12-CTr/QU (20/10/2022), targets to 2025 and 2030',
      detail: breakdown.unitName,
    });
    expect(panelHeading(breakdown, indicators, t)).toBe(`${parts?.name} — ${parts?.detail}`);
    // A period that does not repeat the metric's words is named after the district.
    const plain = { ...breakdown, periodLabel: '6T/2024' };
    expect(panelHeadingParts(plain, indicators, t)).toEqual({
      name: breakdown.metricName,
      detail: t.breakdownOf(breakdown.unitName, '6T/2024'),
    });
    expect(panelHeading(count, indicators, t)).toBe(count.metricName);
    // A district's chart among the small multiples is headed by its district, even alone.
    const budget = figure(lang, 'budget');
    expect(budget.panels.map((panel) => panelHeading(panel, budget, t))).toEqual(
      budget.panels.map((panel) => (panel.kind === 'amount' ? panel.unitName : null)),
    );
    const cauGiay = figure(lang, 'budget', { unit: 'cau-giay' });
    expect(cauGiay.panels.map((panel) => panelHeading(panel, cauGiay, t))).toEqual([
      lang === 'vi' ? 'Cầu Giấy' : 'Cau Giay',
    ]);
    // Any other chart alone in its figure has none: the figure's title says it.
    const schools = figure(lang, 'schools');
    const [lone] = schools.panels;
    if (!lone) throw new Error('expected a panel');
    expect(panelHeading(lone, schools, t)).toBeNull();
  });
});
