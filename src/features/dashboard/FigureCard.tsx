import { memo, useState, type ReactNode } from 'react';
import type { AmountPanel, FigureView, Panel } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { AmountChart } from '../../charts/AmountChart';
import { BreakdownChart } from '../../charts/BreakdownChart';
import { LegendSwatch } from '../../charts/ChartPatterns';
import { CountChart } from '../../charts/CountChart';
import { PanelTable } from './DataTable';
import { SourceCitation } from './SourceCitation';
import { useFormatters } from '../../charts/use-formatters';
import { useDeferredDrawing } from '../../components/use-deferred-drawing';

/** One chart card: title, unit and sources, the chart, its legend and warnings, and its table. */
export function FigureCard({
  figure,
  caption,
  actions,
  large = false,
}: {
  figure: FigureView;
  /** One of many figures: drawn only near the viewport (see useDeferredDrawing). */
  large?: boolean;
  /** The active filters, printed with each chart so a page makes sense on its own. */
  caption: string;
  actions?: ReactNode;
}) {
  const t = useMessages();
  const headingId = `figure-title-${figure.id}`;
  // Layout hints for the grid: a chart across periods takes the full width; a card with
  // several charts stands beside two shorter ones.
  const wide = figure.panels.some((panel) => panel.kind === 'amount');
  const drawnLines = figure.panels.reduce((sum, panel) => sum + panel.rows.length + 2, 0);
  const tall = !wide && drawnLines >= 8;
  // The card's heading is always current; its charts, legends, notes and table are drawn when
  // the card comes near the viewport or its turn comes (see useDeferredDrawing).
  const [card, setCard] = useState<HTMLElement | null>(null);
  const { shown, stale } = useDeferredDrawing(card, figure, false, { dropWhenFar: large });
  return (
    <figure
      ref={setCard}
      className="figure-card"
      id={`figure-${figure.id}`}
      aria-labelledby={headingId}
      data-wide={wide || undefined}
      data-tall={tall || undefined}
    >
      <figcaption>
        <div className="figure-heading">
          <h3 id={headingId}>{figure.title}</h3>
          {figure.hasData && actions}
        </div>
        <p className="print-only figure-print-caption">{caption}</p>
        <p className="figure-meta">
          <span>
            {t.unitLine}: {figure.units.join('; ')}
          </span>
          {figure.sources.length > 0 && (
            <span>
              {t.sourceLine}:{' '}
              {figure.sources.map((source, index) => (
                <span key={source.id}>
                  {index > 0 && '; '}
                  <SourceCitation source={source} />
                </span>
              ))}
            </span>
          )}
        </p>
      </figcaption>
      {/* Only the body waits for its turn (aria-busy): the heading above is always current. */}
      <div className="figure-body" aria-busy={stale || undefined}>
        {shown ? (
          <FigureBody figure={shown} />
        ) : (
          <div className="figure-pending" style={{ height: pendingHeight(figure) }}>
            <p className="visually-hidden">{t.figurePending}</p>
          </div>
        )}
      </div>
    </figure>
  );
}

/** What a card not yet drawn holds: about its charts' height, so the page's length is close. */
function pendingHeight(figure: FigureView): number {
  return figure.hasData ? figure.panels.length * 360 : 40;
}

const FigureBody = memo(function FigureBody({ figure }: { figure: FigureView }) {
  const t = useMessages();
  if (!figure.hasData) return <p className="figure-no-data">{t.figureNoData}</p>;
  return (
    <>
      {figure.panels.map((panel) => (
        <PanelView key={panelKey(panel)} panel={panel} showHeading={figure.panels.length > 1} />
      ))}
      <TableDetails summary={t.showTable}>
        {figure.panels.map((panel) => (
          <PanelTable key={panelKey(panel)} panel={panel} />
        ))}
      </TableDetails>
    </>
  );
});

function panelKey(panel: Panel): string {
  return panel.kind === 'breakdown' ? panel.key : `${panel.kind}-${panel.metricId}`;
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

/**
 * A panel is drawn again only when what it shows has changed: a filter that leaves a chart's
 * numbers as they were (a topic elsewhere, a district it does not show) costs it nothing.
 */
const PanelView = memo(
  PanelViewInner,
  (before, after) =>
    before.showHeading === after.showHeading &&
    (before.panel === after.panel || JSON.stringify(before.panel) === JSON.stringify(after.panel)),
);

function PanelViewInner({ panel, showHeading }: { panel: Panel; showHeading: boolean }) {
  const t = useMessages();
  const format = useFormatters();
  switch (panel.kind) {
    case 'amount':
      return (
        <div className="panel">
          {showHeading && <h4>{panel.metricName}</h4>}
          <Legend
            kinds={['actual', 'target', ...(hasDerived(panel) ? (['derived'] as const) : [])]}
            targetName={panel.targetName}
          />
          <AmountChart panel={panel} />
          {panel.periodLengths && (
            <p className="warning" role="note">
              <span aria-hidden="true">⚠ </span>
              {t.periodLengthWarning(
                panel.periodLengths
                  .map((length) => `${t.months(length.months)}: ${length.periods.join(', ')}`)
                  .join('; '),
              )}
            </p>
          )}
          {panel.missingTargets.length > 0 && (
            <p className="muted chart-note">
              {t.missingTarget(panel.targetName, panel.missingTargets.join('; '))}
            </p>
          )}
          <ShareComparison panel={panel} />
        </div>
      );
    case 'count':
      return (
        <div className="panel">
          {showHeading && <h4>{panel.metricName}</h4>}
          <Legend kinds={['actual', 'remaining']} targetName={panel.targetName} />
          <CountChart panel={panel} />
        </div>
      );
    case 'breakdown':
      return (
        <div className="panel">
          <h4>
            {panel.metricName}{' '}
            <span className="muted">— {t.breakdownOf(panel.unitName, panel.periodLabel)}</span>
          </h4>
          <BreakdownChart panel={panel} />
          {panel.statedTotal != null && panel.isSubset && (
            <p className="muted">
              {t.breakdownSubset(format.number(panel.statedTotal, 0), panel.unitLabel)}
            </p>
          )}
          {panel.statedTotal != null && !panel.isSubset && (
            <p className={panel.totalCheck === 'disagrees' ? 'warning' : 'muted'}>
              {t.breakdownTotal(
                format.number(panel.sumOfRows, 0),
                format.number(panel.statedTotal, 0),
              )}
              {panel.totalCheck === 'disagrees' && ` ${t.breakdownTotalMismatch}`}
            </p>
          )}
        </div>
      );
  }
}

function hasDerived(panel: AmountPanel): boolean {
  return panel.rows.some((row) => row.valueDerived != null || row.targetDerived != null);
}

function Legend({
  kinds,
  targetName,
}: {
  kinds: readonly ('actual' | 'target' | 'derived' | 'remaining')[];
  targetName: string;
}) {
  const t = useMessages();
  const labels = {
    actual: t.legendActual,
    target: targetName || t.legendTarget,
    derived: t.legendDerived,
    remaining: t.legendRemaining,
  };
  return (
    <ul className="legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <LegendSwatch kind={kind} /> {labels[kind]}
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
          <strong>{row.category}</strong>
          <span>
            {t.computedShare}: {format.percent(row.share, row.shareDecimals)}
          </span>
          <span>
            {t.statedShare}: {row.statedShare ? format.statedShare(row.statedShare) : t.notStated}
            {row.targetDerived && row.statedShare && (
              <span className="muted"> ({t.shareFromArticle})</span>
            )}
          </span>
          {row.shareCheck === 'disagrees' && (
            <span className="flag-warning">⚠ {t.shareDisagrees}</span>
          )}
          {row.shareCheck === 'agrees' && <span className="flag-ok">✓ {t.shareAgrees}</span>}
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
          {row.elapsed && (
            <span className="muted">{t.elapsed(row.elapsed.months, row.elapsed.ofMonths)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
