import type { Period } from './schema';

/**
 * What the dashboard says of a figure, and why: the one place its statuses, their rules and
 * their tones are decided. Every card, table row, slide and summary sentence shows a Judgement
 * made here, with the reason it names.
 *
 * - A complete period against its own target: đạt / vượt / chưa đạt.
 * - Part of the target's period (6 of 12 months): the share reached against the share of time
 *   elapsed (tiến độ thời gian), assuming an even pace: vượt / đúng / chậm tiến độ. Where the data
 *   does not give the target period's dates, the pace is not judged.
 * - A count out of a total (43 of 62 schools): a share, never met or not met; a total is not a
 *   target.
 */
export type Status =
  | 'exceeded'
  | 'met'
  | 'not-met'
  | 'ahead'
  | 'on-pace'
  | 'behind'
  | 'pace-unknown'
  | 'share-of-total'
  | 'no-target'
  | 'no-data';

/** How a status is coloured: good news, a warning, or no judgement. */
export type StatusTone = 'good' | 'warning' | 'neutral';

export const STATUS_TONE: Readonly<Record<Status, StatusTone>> = {
  exceeded: 'good',
  met: 'good',
  ahead: 'good',
  'on-pace': 'good',
  'not-met': 'warning',
  behind: 'warning',
  'pace-unknown': 'neutral',
  'share-of-total': 'neutral',
  'no-target': 'neutral',
  'no-data': 'neutral',
};

/**
 * How far, in percentage points, the share reached may be from the share of time elapsed and
 * still be on schedule: 2.5 points is about nine days of a year. Beyond it, ahead or behind.
 */
export const PACE_TOLERANCE_POINTS = 2.5;

/** The share of the target's period elapsed at the end of the figure's, in percent. */
export interface TimeElapsed {
  percent: number;
  /** In whole months when both periods run in whole months (6 of 12), else null. */
  months: number | null;
  ofMonths: number | null;
}

/** Why a figure has its status: what the status is judged on, with the numbers it used. */
export type StatusReason =
  | { kind: 'no-data' }
  | { kind: 'no-target' }
  | { kind: 'share-of-total'; share: number }
  | { kind: 'complete'; share: number }
  | { kind: 'pace'; share: number; elapsed: TimeElapsed }
  | { kind: 'pace-unknown'; share: number };

export interface Judgement {
  status: Status;
  reason: StatusReason;
}

export interface JudgementInput {
  value: number | null;
  /** The target (an amount's estimate) or the total (a count's): see `kind`. */
  target: number | null;
  /** A count's number is a total, not a target; a tally has neither. */
  kind: 'amount' | 'count' | 'tally';
  /**
   * Null: the target covers the figure's own period. 'unknown': it covers a longer period whose
   * dates the data does not give. Else the share of that period elapsed.
   */
  elapsed: TimeElapsed | 'unknown' | null;
}

const NO_DATA: Judgement = { status: 'no-data', reason: { kind: 'no-data' } };
const NO_TARGET: Judgement = { status: 'no-target', reason: { kind: 'no-target' } };

export function judge({ value, target, kind, elapsed }: JudgementInput): Judgement {
  if (value == null || !Number.isFinite(value)) return NO_DATA;
  if (kind === 'tally' || target == null || !Number.isFinite(target) || target <= 0) {
    return NO_TARGET;
  }
  const share = (value / target) * 100;
  if (!Number.isFinite(share)) return NO_TARGET;
  if (kind === 'count')
    return { status: 'share-of-total', reason: { kind: 'share-of-total', share } };
  if (elapsed === 'unknown')
    return { status: 'pace-unknown', reason: { kind: 'pace-unknown', share } };
  if (elapsed == null) {
    // At the precision the figures are printed with: 819 of 819 is met after floating point.
    const difference = value - target;
    const status =
      Math.abs(difference) < 1e-9 * Math.max(1, Math.abs(target))
        ? 'met'
        : difference > 0
          ? 'exceeded'
          : 'not-met';
    return { status, reason: { kind: 'complete', share } };
  }
  const gap = share - elapsed.percent;
  const status =
    gap > PACE_TOLERANCE_POINTS ? 'ahead' : gap < -PACE_TOLERANCE_POINTS ? 'behind' : 'on-pace';
  return { status, reason: { kind: 'pace', share, elapsed } };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

function wholeMonths(start: string, end: string): number | null {
  const [startYear, startMonth, startDay] = start.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const [endYear, endMonth, endDay] = end.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  if (startDay !== 1 || endDay !== lastDay) return null;
  return (endYear - startYear) * 12 + endMonth - startMonth + 1;
}

/**
 * The share of the target's period elapsed at the end of the figure's period: 6 of 12 months is
 * 50%, 9 of 12 is 75%, as Vietnamese reports count it (in months, where both periods run in whole
 * months; else in days). Null when the figure's period is not a part of the target's, or when it
 * ends with it; 'unknown' when the target's period has no start date to measure from.
 */
export function timeElapsed(
  period: Pick<Period, 'start' | 'end'>,
  targetPeriod: Pick<Period, 'start' | 'end'> | null,
): TimeElapsed | 'unknown' | null {
  if (!targetPeriod) return null;
  if (!targetPeriod.start) return 'unknown';
  const { start, end } = targetPeriod;
  if (period.end >= end) return null;
  if (period.end < start) return null;
  const months = wholeMonths(start, period.end);
  const ofMonths = wholeMonths(start, end);
  if (months != null && ofMonths != null) {
    return { percent: (months / ofMonths) * 100, months, ofMonths };
  }
  const total = dayOf(end) - dayOf(start) + 1;
  const done = dayOf(period.end) - dayOf(start) + 1;
  if (!Number.isFinite(total) || !Number.isFinite(done) || total <= 0) return 'unknown';
  return { percent: (done / total) * 100, months: null, ofMonths: null };
}
