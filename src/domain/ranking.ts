import type { Judgement } from './status';

/**
 * Districts ranked by their progress against time, those furthest behind first: what a leader
 * reads when there are more districts than small multiples can show at a glance.
 */

export { AT_A_GLANCE_DISTRICTS, needsRanking } from './at-a-glance';

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
