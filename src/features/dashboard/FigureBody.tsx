import { Fragment, memo, useState, type CSSProperties, type ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import type { AmountPanel, FigureView, Panel } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { AmountChart } from '../../charts/AmountChart';
import { BreakdownChart } from '../../charts/BreakdownChart';
import { LegendSwatch } from '../../charts/ChartPatterns';
import { CountChart } from '../../charts/CountChart';
import type { DataTables } from './DataTables';
import type { ChartsShown, PagedCharts } from './PagedCharts';
import { panelGroups } from '../../domain/view/panel-groups';
import { panelKey } from './panel-key';
import { StatusBadge } from './StatusBadge';
import { assumesEvenPace, statusReason } from '../../charts/status-words';
import { useFormatters } from '../../charts/use-formatters';
import {
  computedShareText,
  panelHeadingParts,
  panelLegend,
  panelNotes,
  statedShareText,
  type FigureWordsMessages,
  type LegendItem,
  type PanelNote,
} from '../../charts/figure-words';

/*
 * What a chart card shows below its heading: its charts, legends, notes and table. With Recharts,
 * this is half the app's script, and no part of the first view: it is a chunk of its own, fetched
 * with the page and run in a task of its own (see figure-body-module.ts).
 */

export const FigureBody = memo(function FigureBody({
  figure,
  rankings,
  Tables,
  Paged,
}: {
  figure: FigureView;
  /** Above the charts: its districts ranked, for a figure of many (Rankings.tsx). */
  rankings?: ReactNode;
  /** The data tables, drawn when opened: their code comes on demand (DataTables.tsx). */
  Tables: typeof DataTables;
  /** For a figure drawn a page at a time (FigureView.paged): what decides the pages. */
  Paged?: typeof PagedCharts;
}) {
  const t = useMessages();
  if (!figure.hasData) return <p className="figure-no-data">{t.figureNoData}</p>;
  const groups = panelGroups(figure.panels);
  const panelView = (panel: Panel, ownLegend: boolean) => {
    const heading = panelHeadingParts(panel, figure, t);
    return (
      <PanelView
        key={panelKey(panel)}
        panel={panel}
        heading={heading?.name ?? null}
        headingDetail={heading?.detail ?? null}
        ownLegend={ownLegend}
      />
    );
  };
  const draw = ({ groups: shown, under, end, listRef }: Partial<ChartsShown>) => (
    <>
      {/* Many districts: ranked first, the furthest behind at the top, then each one's chart. */}
      {rankings}
      {(shown ?? groups).map((group, index) =>
        group.length === 1 && group[0]?.kind !== 'amount' ? (
          <Fragment key={panelKey(group[0] as Panel)}>
            {panelView(group[0] as Panel, true)}
            {/* Its rows' or its parts' "show more" under it, not under the charts after it. */}
            {under?.(index)}
          </Fragment>
        ) : (
          // The districts' charts share one legend, as they share their kinds of bar.
          <Fragment key={`multiples-${group[0]?.metricId}`}>
            <Legend items={groupLegend(group, t)} />
            <div
              className="small-multiples"
              style={smallMultiplesWidth(group)}
              ref={listRef?.(index)}
            >
              {group.map((panel) => panelView(panel, false))}
            </div>
          </Fragment>
        ),
      )}
      {end}
      {/* The tables of the charts shown: a city's every row is its download (CSV, Excel). */}
      <TableDetails summary={t.showTable}>
        <Tables panels={(shown ?? groups).flat()} />
      </TableDetails>
    </>
  );
  return Paged ? <Paged id={figure.id} groups={groups} draw={draw} /> : draw({});
});

/** One legend for charts side by side: every kind of bar they draw, once, derived values last. */
function groupLegend(panels: readonly Panel[], t: FigureWordsMessages): LegendItem[] {
  const items = new Map<LegendItem['kind'], LegendItem>();
  for (const panel of panels) {
    for (const item of panelLegend(panel, t)) if (!items.has(item.kind)) items.set(item.kind, item);
  }
  return [...items.values()].sort(
    (a, b) => Number(a.kind === 'derived') - Number(b.kind === 'derived'),
  );
}

/**
 * How narrow a district's chart may get before the next one goes below it: room for its bars
 * (two per period) and their labels, at most the card's width.
 */
function smallMultiplesWidth(group: readonly Panel[]): CSSProperties {
  const periods = Math.max(...group.map((panel) => panel.rows.length));
  const px = Math.min(1100, Math.max(300, periods * 120));
  return { '--panel-min-width': `${px}px` } as CSSProperties;
}

/**
 * The data table, built only once someone opens it: closed tables were most of the page's
 * elements, and each filter change rebuilt them. (Tables are not printed; the charts are.)
 */
function TableDetails({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="data-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <div className="table-scroll">{children}</div>}
    </details>
  );
}

interface PanelViewProps {
  panel: Panel;
  heading: string | null;
  headingDetail: string | null;
  /** Its legend above it; else the charts it stands beside share one (small multiples). */
  ownLegend: boolean;
}

/**
 * A panel is drawn again only when what it shows has changed: a filter that leaves a chart's
 * numbers as they were (a topic elsewhere, a district it does not show) costs it nothing.
 */
const PanelView = memo(
  PanelViewInner,
  (before, after) =>
    before.heading === after.heading &&
    before.headingDetail === after.headingDetail &&
    before.ownLegend === after.ownLegend &&
    (before.panel === after.panel || JSON.stringify(before.panel) === JSON.stringify(after.panel)),
);

function PanelViewInner({ panel, heading, headingDetail, ownLegend }: PanelViewProps) {
  const t = useMessages();
  // The words around the chart are the export's and the slide's too (charts/figure-words.ts).
  const legend = ownLegend ? panelLegend(panel, t) : [];
  const notes = panelNotes(panel, t);
  return (
    <div className="panel">
      {heading && (
        <h4>
          {heading}
          {headingDetail && (
            <>
              {' '}
              <span className="muted">— {headingDetail}</span>
            </>
          )}
        </h4>
      )}
      {legend.length > 0 && <Legend items={legend} />}
      {panel.kind === 'amount' && <AmountChart panel={panel} />}
      {panel.kind === 'count' && <CountChart panel={panel} />}
      {panel.kind === 'breakdown' && <BreakdownChart panel={panel} />}
      {notes.map((note) => (
        <PanelNoteView key={note.kind} note={note} />
      ))}
      {panel.kind === 'amount' && <ShareComparison panel={panel} />}
    </div>
  );
}

function PanelNoteView({ note }: { note: PanelNote }) {
  switch (note.kind) {
    case 'period-lengths':
      return (
        <p className="warning" role="note">
          <Icon name="warning" /> {note.text}
        </p>
      );
    case 'missing-target':
      return <p className="muted chart-note">{note.text}</p>;
    case 'breakdown-total':
      return <p className={note.warning ? 'warning' : 'muted'}>{note.text}</p>;
  }
}

function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.kind}>
          <LegendSwatch kind={item.kind} /> {item.label}
        </li>
      ))}
    </ul>
  );
}

/** The share we compute beside the share the article states, flagged where they disagree. */
function ShareComparison({ panel }: { panel: AmountPanel }) {
  const t = useMessages();
  const format = useFormatters();
  const rows = panel.rows.filter(
    (row) => row.share != null || row.statedShare != null || row.growthStated != null,
  );
  if (rows.length === 0) return null;
  return (
    <ul className="share-comparison">
      {rows.map((row) => (
        <li key={row.id} className={row.shareCheck === 'disagrees' ? 'disagrees' : undefined}>
          {/* In its district's chart: the period, as on the bar's axis. */}
          <strong>{row.categoryLines[0]}</strong>
          <span>
            {t.computedShare}: {computedShareText(row, t)}
          </span>
          <span>
            {t.statedShare}: {statedShareText(row.statedShare, t)}
            {row.targetDerived && row.statedShare && (
              <span className="muted"> ({t.shareFromArticle})</span>
            )}
          </span>
          {row.shareCheck === 'disagrees' && (
            <span className="flag-warning">
              <Icon name="warning" /> {t.shareDisagrees}
            </span>
          )}
          {row.shareCheck === 'agrees' && (
            <span className="flag-ok">
              <Icon name="check" /> {t.shareAgrees}
            </span>
          )}
          {row.growthComputed != null && (
            <span>
              {t.growthComputed}: {format.growth(row.growthComputed)}
            </span>
          )}
          {row.growthStated != null && (
            <span>
              {t.growthStated}: {format.growth(row.growthStated)}
              {row.comparedToLabel && ` (${row.comparedToLabel})`}
            </span>
          )}
          {row.share != null && (
            <span>
              <StatusBadge status={row.judgement.status} />{' '}
              {statusReason(
                row.judgement,
                { targetName: panel.targetName, shareDecimals: row.shareDecimals },
                t,
              )}
              {assumesEvenPace(row.judgement) && <span className="muted"> {t.evenPace}</span>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
