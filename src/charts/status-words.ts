import { formatPercent } from '../domain/format';
import type { Judgement, TimeElapsed } from '../domain/status';
import type { Messages } from '../i18n';

/*
 * A status's reason in words: one function that the card, the data table, the slide and the
 * summary all call, so that no two of them can say it differently. Pure: no React, no store.
 */

export type StatusWordsMessages = Pick<
  Messages,
  | 'reasonComplete'
  | 'reasonPace'
  | 'elapsedMonths'
  | 'reasonPaceUnknown'
  | 'reasonShareOfTotal'
  | 'reasonNoTarget'
  | 'reasonNoData'
  | 'noData'
  | 'numberLang'
>;

/** What a reason is about: the target's (or total's) name and its shares' one precision. */
export interface ReasonSubject {
  targetName: string | null;
  shareDecimals: number;
}

/** "dự toán cả năm" inside a sentence, from "Dự toán cả năm". */
function inSentence(name: string | null): string {
  if (!name) return '';
  return name.charAt(0).toLocaleLowerCase() + name.slice(1);
}

/**
 * The share of time elapsed. Beside a figure's share, at that share's precision (a card or a
 * table writes its shares alike, domain/view/share-precision.ts): "50,00%" beside "63,90%".
 * Alone, as precise as it is: "50%", "49,7%" (one decimal where it is not a whole number).
 */
export function elapsedText(
  elapsed: TimeElapsed,
  t: Pick<Messages, 'noData' | 'numberLang'>,
  decimals?: number,
): string {
  const whole = Math.abs(elapsed.percent - Math.round(elapsed.percent)) < 0.05;
  return formatPercent(elapsed.percent, t.numberLang, t.noData, decimals ?? (whole ? 0 : 1));
}

/** "50,00% (6/12 tháng)": the share of time elapsed, with the months it counts where it has them. */
function elapsedWithMonths(elapsed: TimeElapsed, decimals: number, t: StatusWordsMessages): string {
  const share = elapsedText(elapsed, t, decimals);
  return elapsed.months != null && elapsed.ofMonths != null
    ? `${share} (${t.elapsedMonths(elapsed.months, elapsed.ofMonths)})`
    : share;
}

/**
 * Why a figure has its status, in one sentence, its shares at the subject's one precision: "Đạt
 * 63,90% dự toán cả năm, so với tiến độ thời gian 50,00% (6/12 tháng)."
 */
export function statusReason(
  judgement: Judgement,
  subject: ReasonSubject,
  t: StatusWordsMessages,
): string {
  const { reason } = judgement;
  const target = inSentence(subject.targetName);
  const share = (value: number) =>
    formatPercent(value, t.numberLang, t.noData, subject.shareDecimals);
  switch (reason.kind) {
    case 'no-data':
      return t.reasonNoData;
    case 'no-target':
      return t.reasonNoTarget;
    case 'share-of-total':
      return t.reasonShareOfTotal(share(reason.share), target);
    case 'complete':
      return t.reasonComplete(share(reason.share), target);
    case 'pace':
      return t.reasonPace(
        share(reason.share),
        target,
        elapsedWithMonths(reason.elapsed, subject.shareDecimals, t),
      );
    case 'pace-unknown':
      return t.reasonPaceUnknown(share(reason.share), target);
  }
}

/** Whether the reason compares with time elapsed, and so assumes an even pace. */
export const assumesEvenPace = (judgement: Judgement): boolean => judgement.reason.kind === 'pace';
