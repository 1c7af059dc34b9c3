import type { Period, StatedShare } from './schema';

/** value as a percentage of target; null when either is missing or the target is zero. */
export function sharePercent(value: number | null, target: number | null): number | null {
  if (value == null || target == null || !Number.isFinite(value) || !Number.isFinite(target)) {
    return null;
  }
  if (target <= 0) return null;
  return finiteOrNull((value / target) * 100);
}

/** A division by a vanishingly small number overflows: no figure rather than Infinity. */
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Growth of current over previous, in percent. */
export function growthPercent(current: number | null, previous: number | null): number | null {
  if (current == null || previous == null || previous <= 0) return null;
  return finiteOrNull((current / previous - 1) * 100);
}

/** The earlier period's value implied by a stated growth: value / (1 + growth). */
export function previousFromGrowth(value: number | null, growth: number): number | null {
  if (value == null || !Number.isFinite(growth) || growth <= -100) return null;
  return finiteOrNull(value / (1 + growth / 100));
}

/** The target implied by a stated share of it: value / share. */
export function targetFromShare(value: number | null, share: number): number | null {
  if (value == null || !Number.isFinite(share) || share <= 0) return null;
  return finiteOrNull(value / (share / 100));
}

export type ShareCheck = 'agrees' | 'disagrees';

/**
 * Does the share we compute agree with the share the article states? "hơn 64%" must be above
 * 64; an exact "69,35%" must round to the printed digits; "khoảng 70%" may be a point off.
 */
export function checkStatedShare(computed: number, stated: StatedShare): ShareCheck {
  const { percent, qualifier } = stated;
  switch (qualifier) {
    case 'more-than':
      return computed > percent ? 'agrees' : 'disagrees';
    case 'less-than':
      return computed < percent ? 'agrees' : 'disagrees';
    case 'about':
      return Math.abs(computed - percent) <= 1 ? 'agrees' : 'disagrees';
    case 'exact': {
      const decimals = stated.decimals ?? decimalsOf(percent);
      const tolerance = 0.5 * 10 ** -decimals + 1e-9;
      return Math.abs(computed - percent) <= tolerance ? 'agrees' : 'disagrees';
    }
  }
}

/** Digits after the decimal mark, as printed; at most 6, because no article prints more. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days in a period, both ends included; null for a status "as of" a date. */
export function periodDays(period: Pick<Period, 'start' | 'end'>): number | null {
  if (!period.start) return null;
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null;
  return Math.round((end - start) / DAY_MS) + 1;
}

/** Length in whole months (9 for January to September). */
export function periodMonths(period: Pick<Period, 'start' | 'end'>): number | null {
  const days = periodDays(period);
  if (days == null) return null;
  return Math.max(1, Math.round(days / (365.25 / 12)));
}

export interface PeriodLength {
  periodId: string;
  months: number;
}

/**
 * Periods of different lengths compared side by side (9 months of 2022 against 6 months of
 * 2024) need a warning; returns the lengths when they differ, null when they agree.
 */
export function periodLengthWarning(periods: readonly Period[]): PeriodLength[] | null {
  const lengths: PeriodLength[] = [];
  const seen = new Set<string>();
  for (const period of periods) {
    if (seen.has(period.id)) continue;
    seen.add(period.id);
    const months = periodMonths(period);
    if (months != null) lengths.push({ periodId: period.id, months });
  }
  const distinct = new Set(lengths.map((length) => length.months));
  return distinct.size > 1 ? lengths : null;
}
