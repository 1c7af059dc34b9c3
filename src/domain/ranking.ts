import type { Judgement } from './status';

/**
 * Districts ranked by their progress against time, those furthest behind first: what a leader
 * reads when there are more districts than small multiples can show at a glance.
 */

/**
 * More districts than this, and a figure also shows its districts ranked. Six charts are what a
 * reader compares by eye in one look: two rows of three on a laptop, and about the number of
 * things one holds in mind at once (Cowan 2001 puts it at four, Miller 1956 at seven). Beyond
 * six, a reader hunts through the charts for the ones behind; the ranking names them first.
 */
export const AT_A_GLANCE_DISTRICTS = 6;

/** Whether a figure of `districts` districts needs the ranking. */
export const needsRanking = (districts: number): boolean => districts > AT_A_GLANCE_DISTRICTS;

/**
 * How far ahead of (positive) or behind (negative) the figure is, in percentage points: the
 * share reached less the share of time elapsed for part of the target's period, less 100 for
 * a complete period. Null when its status judges no progress (no target, no data, a share of a
 * total, a pace the data cannot date).
 */
export function progressGap(judgement: Judgement): number | null {
  const { reason } = judgement;
  switch (reason.kind) {
    case 'pace':
      return reason.share - reason.elapsed.percent;
    case 'complete':
      return reason.share - 100;
    case 'share-of-total':
    case 'pace-unknown':
    case 'no-target':
    case 'no-data':
      return null;
  }
}

/**
 * The items by their gap, the furthest behind first; those with no gap last. Ties, and the items
 * with no gap, keep the order they come in (a stable sort), which is the districts' order.
 */
export function rankByProgress<T extends { judgement: Judgement }>(
  items: readonly T[],
): (T & { gap: number | null })[] {
  return items
    .map((item) => ({ ...item, gap: progressGap(item.judgement) }))
    .sort((a, b) => (a.gap == null ? (b.gap == null ? 0 : 1) : b.gap == null ? -1 : a.gap - b.gap));
}

/**
 * Which of a district's figures it is ranked by, given in time order: the latest whose progress
 * can be judged, else the latest (ranked last, with the status it has).
 */
export function rankedFigure<T extends { judgement: Judgement }>(
  inTimeOrder: readonly T[],
): T | undefined {
  for (let index = inTimeOrder.length - 1; index >= 0; index -= 1) {
    const item = inTimeOrder[index] as T;
    if (progressGap(item.judgement) != null) return item;
  }
  return inTimeOrder[inTimeOrder.length - 1];
}
