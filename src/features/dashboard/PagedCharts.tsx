import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { CHART_ROWS_PAGE, CHARTS_PAGE } from '../../domain/at-a-glance';
import type { Panel } from '../../domain/view-model';
import { useWords } from '../../i18n/words';
import { multiplesWords } from './multiples-words';
import { ShowMore, usePaged } from './ShowMore';

/*
 * A figure's charts a page at a time, for a city's districts (FigureBody draws them, this says
 * which): a page of each metric's district charts, of its parts' charts (one per district and
 * period) and of a count's rows, each with its "show more". In the chunk loaded only for a figure
 * that needs it (Rankings.tsx): never for the bundled data.
 */

/** What FigureBody draws: the groups of charts shown, and the lines that page them. */
export interface ChartsShown {
  groups: readonly Panel[][];
  /** Under the shown group at `index`: its rows' or its parts' "show more". */
  under: (index: number) => ReactNode;
  /** After every group: the district charts' "show more". */
  end: ReactNode;
  /** The small multiples that take the focus once more of them are shown. */
  listRef: (index: number) => Ref<HTMLDivElement> | undefined;
}

const countRows = (group: readonly Panel[] | undefined) =>
  group?.[0]?.kind === 'count' ? group[0].rows.length : 0;

/**
 * The pages asked for are the card's: one for its metrics' district charts (the focus, once they
 * grow, on the first added), one for its parts' charts (the same), one for its counts' rows (the
 * focus on the chart that grew). The table follows what is shown; exports, slides and the
 * download hold every chart and row.
 */
export function PagedCharts({
  groups,
  draw,
}: {
  groups: readonly Panel[][];
  draw: (shown: ChartsShown) => ReactNode;
}) {
  const words = useWords(multiplesWords);
  // Each group of parts (one chart each): its place among its metric's, and their number.
  const place: number[] = [];
  const partsOf = new Map<string, number>();
  for (const [index, group] of groups.entries()) {
    const metricId = group[0]?.kind === 'breakdown' ? group[0].metricId : null;
    if (metricId == null) continue;
    place[index] = partsOf.get(metricId) ?? 0;
    partsOf.set(metricId, (place[index] as number) + 1);
  }
  const partsTotal = (index: number) => partsOf.get(groups[index]?.[0]?.metricId ?? '') ?? 0;
  const districts = Math.max(0, ...groups.map((group) => group.length));
  const firstPaged = useRef<HTMLDivElement>(null);
  const charts = usePaged(districts, CHARTS_PAGE, firstPaged);
  const parts = usePaged(Math.max(0, ...partsOf.values()), CHARTS_PAGE);
  const rows = usePaged(Math.max(0, ...groups.map(countRows)), CHART_ROWS_PAGE);
  // After "show more" under a chart: the focus on what follows it (its metric's next part), or
  // on the chart itself (whose rows grew); rows and parts are no list of their own.
  const focusAfter = useRef<{ chart: Element | null; next: boolean } | null>(null);
  useEffect(() => {
    const asked = focusAfter.current;
    focusAfter.current = null;
    const target = (asked?.next ? asked.chart?.nextElementSibling : asked?.chart) as
      HTMLElement | null | undefined;
    if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target?.focus();
  }, [rows.shown, parts.shown]);
  // Every group but the parts past the page asked for.
  const kept = groups.flatMap((_, index) => ((place[index] ?? -1) < parts.shown ? [index] : []));
  const firstPagedGroup = kept.findIndex((index) => (groups[index]?.length ?? 0) > CHARTS_PAGE);
  const line = (
    next: boolean,
    paged: { shown: number; more: () => void; all: () => void },
    total: number,
    page: number,
    status: (shown: string, total: string) => string,
  ) => (
    <LineUnder
      onGrow={(chart) => (focusAfter.current = { chart, next })}
      shown={Math.min(paged.shown, total)}
      total={total}
      page={page}
      status={status}
      more={paged.more}
      all={paged.all}
    />
  );
  return draw({
    groups: kept.map((index) =>
      (groups[index] as Panel[])
        .slice(0, charts.shown)
        .map((panel) =>
          panel.kind === 'count' && panel.rows.length > rows.shown
            ? { ...panel, rows: panel.rows.slice(0, rows.shown) }
            : panel,
        ),
    ),
    under: (shownIndex) => {
      const index = kept[shownIndex] as number;
      const total = partsTotal(index);
      if (countRows(groups[index]) > CHART_ROWS_PAGE)
        return line(false, rows, countRows(groups[index]), CHART_ROWS_PAGE, words.chartRowsShown);
      // Under the last of a metric's parts shown.
      if (place[index] === Math.min(parts.shown, total) - 1 && total > CHARTS_PAGE)
        return line(true, parts, total, CHARTS_PAGE, words.partChartsShown);
      return null;
    },
    end: (
      <ShowMore
        shown={charts.shown}
        total={districts}
        page={CHARTS_PAGE}
        status={words.districtChartsShown}
        more={charts.more}
        all={charts.all}
      />
    ),
    listRef: (shownIndex) => (shownIndex === firstPagedGroup ? firstPaged : undefined),
  });
}

/** A "show more" line just under a chart: `onGrow` is told that chart before more are shown. */
function LineUnder({
  onGrow,
  more,
  all,
  ...props
}: Parameters<typeof ShowMore>[0] & { onGrow: (chart: Element | null) => void }) {
  const line = useRef<HTMLDivElement>(null);
  return (
    <div ref={line}>
      <ShowMore
        {...props}
        more={() => {
          onGrow(line.current?.previousElementSibling ?? null);
          more();
        }}
        all={() => {
          onGrow(line.current?.previousElementSibling ?? null);
          all();
        }}
      />
    </div>
  );
}
