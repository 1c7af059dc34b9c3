import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { CHART_ROWS_PAGE, CHARTS_PAGE } from '../../domain/at-a-glance';
import type { Panel } from '../../domain/view-model';
import { groupsShown, pageTotals } from '../../domain/view/paging';
import { useWords } from '../../i18n/words';
import { multiplesWords } from './multiples-words';
import { ShowMore } from './ShowMore';
import { usePaged } from './use-paged';

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

/**
 * The pages asked for are the card's: one for its metrics' district charts (the focus, once they
 * grow, on the first added), one for its parts' charts (the same), one for its counts' rows (the
 * focus on the chart that grew). Which charts and rows that shows is the domain's
 * (domain/view/paging.ts). The table follows what is shown; exports, slides and the download hold
 * every chart and row.
 */
export function PagedCharts({
  id,
  groups,
  draw,
}: {
  /** The figure's: what was asked for of its charts is kept by it (the store's pages). */
  id: string;
  groups: readonly Panel[][];
  draw: (shown: ChartsShown) => ReactNode;
}) {
  const words = useWords(multiplesWords);
  const totals = pageTotals(groups);
  const firstPaged = useRef<HTMLDivElement>(null);
  const charts = usePaged(`${id}/charts`, totals.charts, CHARTS_PAGE, firstPaged);
  const parts = usePaged(`${id}/parts`, totals.parts, CHARTS_PAGE);
  const rows = usePaged(`${id}/rows`, totals.rows, CHART_ROWS_PAGE);
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
  const shown = groupsShown(groups, {
    charts: charts.shown,
    parts: parts.shown,
    rows: rows.shown,
  });
  const firstPagedGroup = shown.findIndex((group) => group.cut);
  return draw({
    groups: shown.map((group) => group.group),
    under: (index) => {
      const under = shown[index]?.under;
      if (!under) return null;
      const [next, paged, page, status] =
        under.kind === 'rows'
          ? ([
              false,
              rows,
              CHART_ROWS_PAGE,
              under.latestFirst ? words.chartRowsLatestShown : words.chartRowsShown,
            ] as const)
          : ([true, parts, CHARTS_PAGE, words.partChartsShown] as const);
      return (
        <LineUnder
          onGrow={(chart) => (focusAfter.current = { chart, next })}
          shown={Math.min(paged.shown, under.total)}
          total={under.total}
          page={page}
          status={status}
          more={paged.more}
          all={paged.all}
        />
      );
    },
    end: (
      <ShowMore
        shown={charts.shown}
        total={totals.charts}
        page={CHARTS_PAGE}
        status={words.districtChartsShown}
        more={charts.more}
        all={charts.all}
      />
    ),
    listRef: (index) => (index === firstPagedGroup ? firstPaged : undefined),
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
