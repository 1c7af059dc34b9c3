import type { Panel } from './types';

// Apart from paging.ts: the chart cards' chunk needs this one, and the pages only a figure of many
// districts (a module both chunks shared would be a chunk of its own, fetched with the first view).

/**
 * The panels as drawn: a metric's amount charts, one per district, side by side as small
 * multiples; every other chart on its own.
 */
export function panelGroups(panels: readonly Panel[]): Panel[][] {
  const groups: Panel[][] = [];
  for (const panel of panels) {
    const last = groups.at(-1);
    const previous = last?.at(-1);
    if (
      panel.kind === 'amount' &&
      previous?.kind === 'amount' &&
      previous.metricId === panel.metricId
    )
      (last as Panel[]).push(panel);
    else groups.push([panel]);
  }
  return groups;
}
