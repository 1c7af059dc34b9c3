import { memo, useState, type ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import type { AmountPanel, FigureView, Panel } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { AmountChart } from '../../charts/AmountChart';
import { BreakdownChart } from '../../charts/BreakdownChart';
import { LegendSwatch } from '../../charts/ChartPatterns';
import { CountChart } from '../../charts/CountChart';
import { PanelTable } from './DataTable';
import { useFormatters } from '../../charts/use-formatters';

/*
 * What a chart card shows below its heading: its charts, legends, notes and table. With Recharts,
 * this is half the app's script, and no part of the first view: it is a chunk of its own, fetched
 * with the page and run in a task of its own (see figure-body-module.ts).
 */

export const FigureBody = memo(function FigureBody({ figure }: { figure: FigureView }) {
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
              <Icon name="warning" />{' '}
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
          {row.elapsed && (
            <span className="muted">{t.elapsed(row.elapsed.months, row.elapsed.ofMonths)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
