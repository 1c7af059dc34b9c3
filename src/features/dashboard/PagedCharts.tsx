import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { CHART_ROWS_PAGE, CHARTS_PAGE } from '../../domain/at-a-glance';
import type { Panel } from '../../domain/view-model';
import { useWords } from '../../i18n/words';
import { multiplesWords } from './multiples-words';
import { ShowMore, usePaged } from './ShowMore';

/*
 * A figure's charts a page at a time, for a city's districts (FigureBody draws them, this says
 * which): a page of each metric's district charts, and of a count's rows, each with its "show
 * more". In the chunk loaded only for a figure that needs it (Rankings.tsx): never for the
 * bundled data.
 */

/** What FigureBody draws: each group of charts as shown, and the lines that page them. */
export interface ChartsShown {
  groups: readonly Panel[][];
  /** Under the group at `index`: its rows' "show more". */
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
 * grow, on the first added), one for its counts' rows. The table follows what is shown; exports,
 * slides and the download hold every chart and row.
 */
export function PagedCharts({
  groups,
  draw,
}: {
  groups: readonly Panel[][];
  draw: (shown: ChartsShown) => ReactNode;
}) {
  const words = useWords(multiplesWords);
  const districts = Math.max(0, ...groups.map((group) => group.length));
  const firstPaged = useRef<HTMLDivElement>(null);
  const charts = usePaged(districts, CHARTS_PAGE, firstPaged);
  const rows = usePaged(Math.max(0, ...groups.map(countRows)), CHART_ROWS_PAGE);
  const firstPagedGroup = groups.findIndex((group) => group.length > CHARTS_PAGE);
  return draw({
    groups: groups.map((group) =>
      group
        .slice(0, charts.shown)
        .map((panel) =>
          panel.kind === 'count' && panel.rows.length > rows.shown
            ? { ...panel, rows: panel.rows.slice(0, rows.shown) }
            : panel,
        ),
    ),
    under: (index) =>
      countRows(groups[index]) > CHART_ROWS_PAGE && (
        <RowsMore
          shown={Math.min(rows.shown, countRows(groups[index]))}
          total={countRows(groups[index])}
          status={words.chartRowsShown}
          more={rows.more}
          all={rows.all}
        />
      ),
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
    listRef: (index) => (index === firstPagedGroup ? firstPaged : undefined),
  });
}

/**
 * The line under a count's chart drawn a page of rows at a time; once the chart has grown, the
 * focus goes to it (its rows are no elements of their own), to read on from there.
 */
function RowsMore({
  shown,
  total,
  status,
  more,
  all,
}: {
  shown: number;
  total: number;
  status: (shown: string, total: string) => string;
  more: () => void;
  all: () => void;
}) {
  const line = useRef<HTMLDivElement>(null);
  const focusChart = useRef(false);
  useEffect(() => {
    if (!focusChart.current) return;
    focusChart.current = false;
    const chart = line.current?.previousElementSibling as HTMLElement | null | undefined;
    if (chart && !chart.hasAttribute('tabindex')) chart.setAttribute('tabindex', '-1');
    chart?.focus();
  }, [shown]);
  const grown = (then: () => void) => () => {
    focusChart.current = true;
    then();
  };
  return (
    <div ref={line}>
      <ShowMore
        shown={shown}
        total={total}
        page={CHART_ROWS_PAGE}
        status={status}
        more={grown(more)}
        all={grown(all)}
      />
    </div>
  );
}
