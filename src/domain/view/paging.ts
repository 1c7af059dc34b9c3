import { CHART_ROWS_PAGE, CHARTS_PAGE } from '../at-a-glance';
import type { CountRow, Panel } from './types';

/*
 * Which of a figure's charts (grouped as a card draws them: panel-groups.ts) and rows a page
 * shows: pure, so that what a card draws is the rule its tests read (tests/unit/paging.test.ts),
 * and PagedCharts only draws it. Loaded with it, for a figure that pages.
 */

/**
 * How many are shown, or how many there are at most: of a metric's district charts (small
 * multiples), of a metric's charts of parts by topic (one per district and period), and of a
 * count's rows.
 */
export interface PageCounts {
  charts: number;
  parts: number;
  rows: number;
}

/** The first page of each: what a card draws before "show more". */
export const FIRST_PAGES: PageCounts = {
  charts: CHARTS_PAGE,
  parts: CHARTS_PAGE,
  rows: CHART_ROWS_PAGE,
};

/** A group of charts as shown: cut to the page, and the "show more" that goes under it. */
export interface GroupShown {
  group: Panel[];
  /** Small multiples of more districts than a page: the first such takes the focus as they grow. */
  cut: boolean;
  /**
   * Under it: its rows' line (a count; `latestFirst` when its rows span periods, the latest shown
   * first), or its metric's parts' line (the last part shown).
   */
  under:
    { kind: 'rows'; total: number; latestFirst: boolean } | { kind: 'parts'; total: number } | null;
}

const countRowsOf = (group: readonly Panel[]) => (group[0]?.kind === 'count' ? group[0].rows : []);
const countRows = (group: readonly Panel[]) => countRowsOf(group).length;

/** Each group's place among its metric's parts' charts, and how many each metric has. */
function partPlaces(groups: readonly Panel[][]) {
  const place: (number | undefined)[] = [];
  const partsOf = new Map<string, number>();
  for (const [index, group] of groups.entries()) {
    const first = group[0];
    if (first?.kind !== 'breakdown') continue;
    place[index] = partsOf.get(first.metricId) ?? 0;
    partsOf.set(first.metricId, (place[index] as number) + 1);
  }
  return { place, partsOf };
}

/**
 * A count's rows a page shows: the latest period's first, each period's districts in their order
 * (a leader asks about now, not the first period on record), drawn in the chart's own order (by
 * period, then district). All of them when they fit.
 */
export function countRowsShown(rows: readonly CountRow[], shown: number): readonly CountRow[] {
  if (rows.length <= shown) return rows;
  const chosen = rows
    .map((row, index) => ({ end: row.periodEnd, index }))
    // A stable sort: within one period's end, the rows keep their districts' order.
    .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0))
    .slice(0, Math.max(0, shown))
    .map(({ index }) => index)
    .sort((a, b) => a - b);
  return chosen.map((index) => rows[index] as CountRow);
}

/** Whether a count's rows span more than one period (its page then says the latest come first). */
export function spansPeriods(rows: readonly CountRow[]): boolean {
  return rows.some((row) => row.periodEnd !== rows[0]?.periodEnd);
}

/** The most there are of each, in one card (each is paged across the card's metrics alike). */
export function pageTotals(groups: readonly Panel[][]): PageCounts {
  return {
    charts: Math.max(0, ...groups.map((group) => group.length)),
    parts: Math.max(0, ...partPlaces(groups).partsOf.values()),
    rows: Math.max(0, ...groups.map(countRows)),
  };
}

/**
 * The groups a card shows with `shown` of each: a metric's district charts and parts' charts cut
 * to it, a count's rows too; with the line under a count of more rows than a page, and under the
 * last part shown of a metric of more parts than a page.
 */
export function groupsShown(groups: readonly Panel[][], shown: PageCounts): GroupShown[] {
  const { place, partsOf } = partPlaces(groups);
  const out: GroupShown[] = [];
  for (const [index, group] of groups.entries()) {
    const at = place[index];
    if (at !== undefined && at >= shown.parts) continue;
    const rows = countRows(group);
    const parts = partsOf.get(group[0]?.metricId ?? '') ?? 0;
    out.push({
      group: group
        .slice(0, shown.charts)
        .map((panel) =>
          panel.kind === 'count' && panel.rows.length > shown.rows
            ? { ...panel, rows: [...countRowsShown(panel.rows, shown.rows)] }
            : panel,
        ),
      cut: group.length > CHARTS_PAGE,
      under:
        rows > CHART_ROWS_PAGE
          ? { kind: 'rows', total: rows, latestFirst: spansPeriods(countRowsOf(group)) }
          : at === Math.min(shown.parts, parts) - 1 && parts > CHARTS_PAGE
            ? { kind: 'parts', total: parts }
            : null,
    });
  }
  return out;
}
