import { describe, expect, it } from 'vitest';
import { elapsedText, statusReason } from '../../src/charts/status-words';
import type { TimeElapsed } from '../../src/domain/status';
import { ALL_FILTERS, type Lang } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import {
  commonShareDecimals,
  SHARE_DECIMALS,
  withCommonShareDecimals,
} from '../../src/domain/view/share-precision';
import { messagesFor } from '../../src/i18n';
import { bundledDataset } from '../fixtures/dataset';

describe('one precision for the shares of a card or a table', () => {
  it.each<[number[], number]>([
    [[], SHARE_DECIMALS],
    [[2], 2],
    [[2, 2, 2], 2],
    // Đống Đa's 67,8% (the article's precision) beside Cầu Giấy's 63,90%: one decimal for both.
    [[2, 1], 1],
    [[1, 2, 0], 0],
    [[3, 2], 2],
    // Nothing that is not a count of decimals counts.
    [[Number.NaN, -1, 1.5, 2], 2],
  ])('decimals %j → %s', (decimals, common) => {
    expect(commonShareDecimals(decimals)).toBe(common);
  });

  it('gives every row of a table the precision of the rows that have a share', () => {
    const rows = [
      { id: 'a', share: 63.9012, shareDecimals: 2 },
      { id: 'b', share: 67.8, shareDecimals: 1 },
      // No share: its precision is only a default, and does not count.
      { id: 'c', share: null, shareDecimals: 0 },
    ];
    expect(withCommonShareDecimals(rows).map((row) => row.shareDecimals)).toEqual([1, 1, 1]);
    // Rows already alike are given back as they are.
    const alike = [rows[0]!, { ...rows[1]!, shareDecimals: 2 }];
    expect(withCommonShareDecimals(alike)[0]).toBe(alike[0]);
  });

  it.each<[Lang, string[][]]>([
    [
      'vi',
      [
        ['63,90%', '50,00%'],
        ['67,8%', '75,0%'],
      ],
    ],
    [
      'en',
      [
        ['63.90%', '50.00%'],
        ['67.8%', '75.0%'],
      ],
    ],
  ])('%s: a card’s reason writes its time elapsed at its share’s precision', (lang, pairs) => {
    const t = messagesFor(lang);
    const kpis = buildDashboardView(bundledDataset(), ALL_FILTERS, lang).kpis;
    const paced = kpis.filter((kpi) => kpi.judgement.reason.kind === 'pace');
    const reasons = paced.map((kpi) => statusReason(kpi.judgement, kpi, t));
    for (const [share, elapsed] of pairs) {
      const reason = reasons.find((each) => each.includes(share as string));
      expect(reason, share).toContain(elapsed);
    }
  });

  it.each<[number, number | undefined, string]>([
    // Alone (a sentence of the summary), as precise as it is …
    [50, undefined, '50%'],
    [49.72, undefined, '49,7%'],
    // … beside a share, at that share's precision.
    [50, 2, '50,00%'],
    [75, 1, '75,0%'],
  ])('time elapsed %s at %s decimals reads %s', (percent, decimals, text) => {
    const elapsed: TimeElapsed = { percent, months: null, ofMonths: null };
    expect(elapsedText(elapsed, messagesFor('vi'), decimals)).toBe(text);
  });
});
