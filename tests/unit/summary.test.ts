import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryFacts, summarySentence, summaryText } from '../../src/charts/summary-words';
import { STATUS_TONE } from '../../src/domain/status';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import { buildDashboardView, type KpiView } from '../../src/domain/view-model';
import { messagesFor } from '../../src/i18n';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();
const kpis = (lang: Lang, filters: Partial<Filters> = {}) =>
  buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang).kpis;
const sentence = (lang: Lang, id: string, filters: Partial<Filters> = {}) => {
  const kpi = kpis(lang, filters).find((candidate) => candidate.id === id) as KpiView;
  return summarySentence(kpi, messagesFor(lang));
};

// tests/setup.ts has loaded English.
describe('the summary: one sentence per seed fact, in both languages', () => {
  it.each<[string, string, string, string]>([
    [
      'F1: ahead of the time elapsed, the stated share that disagrees, the growth',
      'cg-budget-2024-h1',
      'Thu ngân sách nhà nước trên địa bàn (Cầu Giấy, 6 tháng đầu năm 2024) đạt 12.455,236 tỷ đồng, bằng 63,90% dự toán cả năm (bài viết ghi hơn 64%, không khớp với tỷ lệ tính được), cao hơn tiến độ thời gian (50%); tăng 36% so với cùng kỳ (6 tháng đầu năm 2023).',
      'State budget revenue collected (Cau Giay, first 6 months of 2024) reached 12,455.236 billion VND, 63.90% of the annual estimate (the article says more than 64%, which disagrees with the computed share), ahead of the time elapsed (50%); up 36% on the same period (first 6 months of 2023).',
    ],
    [
      'F4: behind the time elapsed, the estimate derived from the stated share',
      'dd-budget-2022-9m',
      'Thu ngân sách nhà nước trên địa bàn (Đống Đa, 9 tháng đầu năm 2022) đạt 8.599,3 tỷ đồng, bằng 67,8% dự toán cả năm (theo bài viết; dự toán suy ra từ tỷ lệ này), thấp hơn tiến độ thời gian (75%); tăng 12,5% so với cùng kỳ (9 tháng đầu năm 2021).',
      'State budget revenue collected (Dong Da, first 9 months of 2022) reached 8,599.3 billion VND, 67.8% of the annual estimate (as the article states; the estimate is derived from it), behind the time elapsed (75%); up 12.5% on the same period (first 9 months of 2021).',
    ],
    [
      'F5: a share of all schools, no judgement',
      'dd-schools-2022-10',
      'Trường công lập đạt chuẩn quốc gia (Đống Đa, đến tháng 10/2022): 43/62 trường, bằng 69,35% tổng số trường công lập.',
      'Public schools meeting the national standard (Dong Da, as of October 2022): 43 of 62 schools, 69.35% of the public schools in total.',
    ],
    [
      'F2: indicators met, out of all the term’s indicators',
      'cg-indicators-met-2024',
      'Chỉ tiêu đạt và vượt kế hoạch (chương trình công tác toàn khóa 2020-2025) (Cầu Giấy, đến ngày 27/06/2024): 51/68 chỉ tiêu, bằng 75,00% tổng số chỉ tiêu.',
      'Indicators met or exceeded (work programmes of the 2020-2025 term) (Cau Giay, as of 27/06/2024): 51 of 68 indicators, 75.00% of the indicators in total.',
    ],
    [
      'F6: all party cells',
      'dd-party-cells-2022',
      'Chi bộ hoàn thành đại hội nhiệm kỳ 2022-2025 (Đống Đa, đến tháng 10/2022): 819/819 chi bộ, bằng 100,00% tổng số chi bộ.',
      'Party cells that held their 2022-2025 congress (Dong Da, as of October 2022): 819 of 819 party cells, 100.00% of the party cells in total.',
    ],
    [
      'F7: a tally, no target',
      'cg-programme-indicators',
      'Chỉ tiêu chủ yếu của Chương trình hành động 12-CTr/QU (Cầu Giấy, chương trình hành động 12-CTr/QU (20/10/2022), chỉ tiêu đến năm 2025 và 2030): 39 chỉ tiêu.',
      'Main indicators of Action Programme 12-CTr/QU (Cau Giay, Action Programme 12-CTr/QU (20/10/2022), targets to 2025 and 2030): 39 indicators.',
    ],
  ])('%s', (_name, id, vi, en) => {
    expect(sentence('vi', id)).toBe(vi);
    expect(sentence('en', id)).toBe(en);
  });

  it('words a derived value as an estimate', () => {
    // Only the derived 6T/2023 revenue (12.455,236 / 1,36) is left for 2023.
    const [kpi] = kpis('vi', { year: 2023 });
    expect(kpi?.valueDerived).not.toBeNull();
    expect(summarySentence(kpi as KpiView, messagesFor('vi'))).toContain(
      'đạt ước tính 9.158,3 tỷ đồng',
    );
  });

  it('follows the filters', () => {
    const shown = kpis('vi', { unit: 'dong-da' }).map((kpi) =>
      summarySentence(kpi, messagesFor('vi')),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((text) => text.includes('Đống Đa'))).toBe(true);
  });

  it('copies as plain text, each sentence with its source', () => {
    const facts = summaryFacts(kpis('vi'));
    const text = summaryText(facts, messagesFor('vi'), (kpi) => `“${kpi.source.label}”`);
    const lines = text.split('\n');
    expect(lines).toHaveLength(facts.length);
    expect(lines.every((line) => /\(Nguồn: “.+”\)$/.test(line))).toBe(true);
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('states a few facts, what is behind first, then what is on track, then the rest', () => {
    const facts = summaryFacts(kpis('vi'));
    expect(facts.map((kpi) => [kpi.id, kpi.judgement.status])).toEqual([
      ['dd-budget-2022-9m', 'behind'],
      ['cg-budget-2024-h1', 'ahead'],
      ['dd-schools-2022-10', 'share-of-total'],
      ['cg-indicators-met-2024', 'share-of-total'],
    ]);
  });

  it('picks them as sorting every card by its tone would, in the cards’ order within a tone', () => {
    const statuses = Object.keys(STATUS_TONE) as (keyof typeof STATUS_TONE)[];
    const rank = { warning: 0, good: 1, neutral: 2 } as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses), { maxLength: 30 }), (ofCards) => {
        const cards = ofCards.map((status, index) => ({ id: `k${index}`, judgement: { status } }));
        const sorted = [...cards]
          .sort(
            (a, b) => rank[STATUS_TONE[a.judgement.status]] - rank[STATUS_TONE[b.judgement.status]],
          )
          .slice(0, 4);
        expect(summaryFacts(cards as unknown as KpiView[])).toEqual(sorted);
      }),
    );
  });
});
