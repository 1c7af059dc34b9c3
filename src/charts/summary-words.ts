import { formatNumber, formatPercent, formatStatedShare } from '../domain/format';
import { DERIVED_DECIMALS, type KpiView } from '../domain/view-model';
import { STATUS_TONE, type StatusTone } from '../domain/status';
import type { Messages } from '../i18n';
import { elapsedText } from './status-words';

/*
 * The view's main facts as sentences in the register of a Vietnamese report, one per headline
 * card, built from the cards' own view model: what the summary shows, and what it copies as plain
 * text for a Word report. Pure: no React, no store.
 */

export type SummaryMessages = Pick<
  Messages,
  | 'summarySubject'
  | 'summaryAmount'
  | 'summaryCount'
  | 'summaryTally'
  | 'summaryNoData'
  | 'summaryEstimated'
  | 'summaryShare'
  | 'summaryStatedDisagrees'
  | 'summaryPace'
  | 'summaryComplete'
  | 'summaryPaceUnknown'
  | 'summaryGrowth'
  | 'shareFromArticle'
  | 'shareQualifier'
  | 'notStated'
  | 'noData'
  | 'numberLang'
  | 'sourceLine'
>;

/**
 * "Dự toán cả năm" → "dự toán cả năm", for the middle of a sentence; a name of two capitalised
 * words ("Action Programme 12") keeps its capital.
 */
function inSentence(text: string): string {
  const [, second] = text.split(' ');
  if (second && /^\p{Lu}/u.test(second)) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** A value as the sentence says it: "12.455,236 tỷ đồng", or "ước tính 9.158,3 tỷ đồng". */
function valueText(kpi: KpiView, t: SummaryMessages): string {
  const derived = kpi.valueDerived != null;
  const number = formatNumber(
    kpi.value,
    t.numberLang,
    t.noData,
    derived ? DERIVED_DECIMALS : kpi.decimals,
  );
  return `${derived ? `${t.summaryEstimated} ` : ''}${number} ${kpi.unitLabel}`;
}

/** "cao hơn tiến độ thời gian (50%)", "vượt chỉ tiêu": the status in the sentence's words. */
function judgementText(kpi: KpiView, t: SummaryMessages): string | null {
  const { status, reason } = kpi.judgement;
  switch (reason.kind) {
    case 'pace':
      return status === 'ahead' || status === 'on-pace' || status === 'behind'
        ? t.summaryPace[status](elapsedText(reason.elapsed, t))
        : null;
    case 'complete':
      return status === 'exceeded' || status === 'met' || status === 'not-met'
        ? t.summaryComplete[status]
        : null;
    case 'pace-unknown':
      return t.summaryPaceUnknown;
    default:
      return null;
  }
}

function growthText(kpi: KpiView, t: SummaryMessages): string | null {
  if (kpi.growthStated == null || !Number.isFinite(kpi.growthStated) || !kpi.comparedToLabel) {
    return null;
  }
  const size = formatPercent(
    Math.abs(kpi.growthStated),
    t.numberLang,
    t.noData,
    kpi.growthStated % 1 ? 1 : 0,
  );
  const direction = kpi.growthStated > 0 ? 'up' : kpi.growthStated < 0 ? 'down' : 'flat';
  return t.summaryGrowth[direction](size, inSentence(kpi.comparedToLabel));
}

/**
 * One headline card as a sentence: "Thu ngân sách nhà nước trên địa bàn (Cầu Giấy, 6 tháng đầu
 * năm 2024) đạt 12.455,236 tỷ đồng, bằng 63,90% dự toán cả năm (bài viết ghi hơn 64%, không khớp
 * với tỷ lệ tính được), cao hơn tiến độ thời gian (50%); tăng 36% so với cùng kỳ (6 tháng đầu năm
 * 2023)."
 */
export function summarySentence(kpi: KpiView, t: SummaryMessages): string {
  const subject = t.summarySubject(kpi.metricName, kpi.unitName, inSentence(kpi.periodLabel));
  if (kpi.value == null) return `${t.summaryNoData(subject)}.`;
  const parts: string[] = [];
  if (kpi.judgement.reason.kind === 'share-of-total' && kpi.target != null) {
    parts.push(
      t.summaryCount(
        subject,
        formatNumber(kpi.value, t.numberLang, t.noData, kpi.decimals),
        formatNumber(kpi.target, t.numberLang, t.noData, kpi.decimals),
        kpi.unitLabel,
      ),
    );
  } else if (kpi.targetName == null) {
    // A tally: a number with nothing to measure it against.
    parts.push(t.summaryTally(subject, valueText(kpi, t)));
  } else {
    parts.push(t.summaryAmount(subject, valueText(kpi, t)));
  }
  if (kpi.share != null && kpi.targetName) {
    let share = t.summaryShare(
      formatPercent(kpi.share, t.numberLang, t.noData, kpi.shareDecimals),
      inSentence(kpi.targetName),
    );
    if (kpi.targetDerived) share += ` (${t.shareFromArticle})`;
    else if (kpi.shareCheck === 'disagrees' && kpi.statedShare) {
      share += ` (${t.summaryStatedDisagrees(
        formatStatedShare(kpi.statedShare, t.numberLang, t.shareQualifier, t.notStated),
      )})`;
    }
    parts.push(share);
  }
  const judged = judgementText(kpi, t);
  if (judged) parts.push(judged);
  const growth = growthText(kpi, t);
  return `${parts.join(', ')}${growth ? `; ${growth}` : ''}.`;
}

/**
 * How many facts the summary states: a few short sentences a leader reads at a glance, above the
 * cards, not a second copy of them (the cards below hold every figure).
 */
export const SUMMARY_SENTENCES = 4;

const TONE_ORDER: Readonly<Record<StatusTone, number>> = { warning: 0, good: 1, neutral: 2 };

/**
 * The cards the summary speaks for: what is behind or not met first, then what is on track or
 * met, then the rest (shares of a total, figures with no target), each in the cards' order.
 */
export function summaryFacts(kpis: readonly KpiView[]): KpiView[] {
  // A pass per tone, in the cards' order, that stops at the last sentence: a city's 30,000 cards
  // are not sorted for four of them.
  const facts: KpiView[] = [];
  for (const tone of [0, 1, 2])
    for (const kpi of kpis) {
      if (facts.length === SUMMARY_SENTENCES) return facts;
      if (TONE_ORDER[STATUS_TONE[kpi.judgement.status]] === tone) facts.push(kpi);
    }
  return facts;
}

/**
 * The summary as plain text, for the clipboard: each sentence on a line of its own, followed by
 * its source, so that a paragraph pasted into a report still names where each figure comes from.
 */
export function summaryText(
  facts: readonly KpiView[],
  t: SummaryMessages,
  sourceText: (kpi: KpiView) => string,
): string {
  return facts
    .map((kpi) => `${summarySentence(kpi, t)} (${t.sourceLine}: ${sourceText(kpi)})`)
    .join('\n');
}
