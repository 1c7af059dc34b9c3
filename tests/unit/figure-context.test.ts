import { describe, expect, it } from 'vitest';
import { chartHeightsAt, panelHeading } from '../../src/charts/figure-context';
import { joinedOnce } from '../../src/charts/figure-words';
import { ALL_FILTERS, type Lang } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import { messagesFor } from '../../src/i18n';
import { standaloneFigureWords } from '../../src/i18n/standalone-figure-words';
import { wordsIn } from '../../src/i18n/words';
import { bundledDataset } from '../fixtures/dataset';

// tests/setup.ts has loaded English, so words in 'en' are English here.
const dataset = bundledDataset();
const indicators = (lang: Lang) => {
  const found = buildDashboardView(dataset, ALL_FILTERS, lang).figures.find(
    (figure) => figure.id === 'indicators',
  );
  if (!found) throw new Error('no indicators figure');
  return found;
};
/** A stand-in for canvas text measurement: every character half as wide as the type is high. */
const measure = (text: string, fontPx: number) => text.length * fontPx * 0.5;

describe('joinedOnce', () => {
  it.each<[string, string, string | null]>([
    [
      'Chỉ tiêu chủ yếu của Chương trình hành động 12-CTr/QU',
      'Chương trình hành động 12-CTr/QU (20/10/2022), chỉ tiêu đến năm 2025 và 2030',
      'Chỉ tiêu chủ yếu của Chương trình hành động 12-CTr/QU (20/10/2022), chỉ tiêu đến năm 2025 và 2030',
    ],
    [
      'Main indicators of Action Programme 12-CTr/QU',
      'Action Programme 12-CTr/QU (20/10/2022), targets to 2025 and 2030',
      'Main indicators of Action Programme 12-CTr/QU (20/10/2022), targets to 2025 and 2030',
    ],
    // The label is all repeated: the name alone.
    ['Chỉ tiêu của Nghị quyết 15', 'Nghị quyết 15', 'Chỉ tiêu của Nghị quyết 15'],
    // One shared word is no repetition.
    ['Thu ngân sách năm', 'năm 2024', null],
    ['Trường đạt chuẩn', '6 tháng đầu năm 2024', null],
  ])('%s + %s', (name, label, joined) => {
    expect(joinedOnce(name, label)).toBe(joined);
  });
});

describe('panelHeading on a slide and an exported image', () => {
  it.each<[Lang, string]>([
    [
      'vi',
      'Chỉ tiêu chủ yếu của Chương trình hành động 12-CTr/QU (20/10/2022), chỉ tiêu đến năm 2025 và 2030 — Cầu Giấy',
    ],
    [
      'en',
      'Main indicators of Action Programme 12-CTr/QU (20/10/2022), targets to 2025 and 2030 — Cau Giay',
    ],
  ])('%s: the breakdown names its programme once', (lang, heading) => {
    const figure = indicators(lang);
    const t = wordsIn(standaloneFigureWords, lang);
    const [count, breakdown] = figure.panels;
    if (!count || !breakdown) throw new Error('expected two panels');
    expect(panelHeading(breakdown, figure, t)).toBe(heading);
    const programme = lang === 'vi' ? 'Chương trình hành động 12-CTr/QU' : 'Action Programme';
    expect(heading.split(programme)).toHaveLength(2);
    // Every other heading as figure-words-whole.ts writes it.
    expect(panelHeading(count, figure, t)).toBe(count.metricName);
  });
});

describe('chartHeightsAt', () => {
  it('gives a chart of bars a least height under its natural one, taller when narrower', () => {
    const figure = indicators('vi');
    const words = messagesFor('vi');
    const [, breakdown] = figure.panels;
    if (!breakdown) throw new Error('expected a breakdown');
    const wide = chartHeightsAt(breakdown, { width: 1760, typeScale: 2, words, measure });
    const narrow = chartHeightsAt(breakdown, { width: 500, typeScale: 2, words, measure });
    expect(wide.least).toBeGreaterThan(0);
    expect(wide.least).toBeLessThanOrEqual(wide.natural);
    expect(narrow.least).toBeGreaterThan(wide.least);
  });
});
