import { memo, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import type { KpiView } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { DerivedBadge } from './DerivedBadge';
import { SourceCitation } from './SourceCitation';
import { ShowMore, useFocusFirstAdded } from './ShowMore';
import { StatusBadge } from './StatusBadge';
import { useFormatters } from '../../charts/use-formatters';
import { assumesEvenPace, elapsedText, statusReason } from '../../charts/status-words';
import { KPI_PAGE, useDashboardActions, useDashboardStore } from '../../state/dashboard-store';
import { BuildDrawnSlot, partsDrawnWithFirstPaint, useDrawnPart } from '../../rendering';

/**
 * The headline cards. A dashboard of many districts has thousands (one per district and
 * indicator): it shows a page of them, and more on request, so that a filter change does not
 * redraw thousands of cards nobody scrolls through; the charts and tables still hold every figure.
 */
export function KpiCards({ kpis }: { kpis: KpiView[] }) {
  const t = useMessages();
  // How many were asked for: kept in the store, as every long list's is (usePaged's rule, written
  // here again because that hook in the first script costs it 1.3 kB: use-paged.ts).
  const asked = useDashboardStore((state) => state.pagesShown?.kpis) ?? KPI_PAGE;
  const { pageAsked } = useDashboardActions();
  const shown = asked === 'all' ? kpis.length : Math.min(kpis.length, asked);
  // After "show more", the focus goes to the first card it added (ShowMore.tsx).
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useFocusFirstAdded(list, shown);
  if (kpis.length === 0) return null;
  const eager = partsDrawnWithFirstPaint({ screen: EAGER_KPIS, phone: EAGER_KPIS_PHONE });
  return (
    <section className="kpi-section" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading">{t.kpiHeading}</h2>
      <ul className="kpi-grid" ref={list}>
        {kpis.slice(0, shown).map((kpi, index) => (
          <KpiItem key={kpi.id} kpi={kpi} eager={index < eager} />
        ))}
      </ul>
      <ShowMore
        shown={shown}
        total={kpis.length}
        page={KPI_PAGE}
        status={t.kpisShown}
        more={() => {
          focusFrom(shown);
          pageAsked('kpis', shown + KPI_PAGE);
        }}
        all={() => {
          focusFrom(shown);
          pageAsked('kpis', 'all');
        }}
      />
    </section>
  );
}

/**
 * As many cards as the screen shows above the fold: they are drawn with the first paint, the
 * others when their turn comes. Fewer on a phone, where the first render is a long task and the
 * cards past them keep what the build drew until their turn (see partsDrawnWithFirstPaint).
 */
const EAGER_KPIS = 10;
const EAGER_KPIS_PHONE = 2;

/**
 * A card out of view is drawn (or, after a filter change, redrawn) when its turn comes; until
 * then it keeps what it showed, marked aria-busy, or what the build drew for it, or a placeholder,
 * each saying to screen readers what it holds (see useDrawnPart).
 */
function KpiItem({ kpi, eager }: { kpi: KpiView; eager: boolean }) {
  const t = useMessages();
  const [item, setItem] = useState<HTMLLIElement | null>(null);
  const part = useDrawnPart(item, kpi, { eager });
  return (
    <li ref={setItem} tabIndex={-1} {...part.marks}>
      {part.kind === 'drawn' ? (
        <KpiCard kpi={part.content} />
      ) : part.kind === 'build-drawn' ? (
        <>
          {/* The drawn card is inert, so hidden from screen readers: they are told it is coming. */}
          <BuildDrawnSlot node={part.node} className="kpi-prerendered-slot" />
          <p className="visually-hidden">{t.kpiPending(kpi.metricName)}</p>
        </>
      ) : (
        <div className="kpi-card kpi-card-pending">
          <p className="visually-hidden">{t.kpiPending(kpi.metricName)}</p>
        </div>
      )}
    </li>
  );
}

const KpiCard = memo(function KpiCard({ kpi }: { kpi: KpiView }) {
  const t = useMessages();
  const format = useFormatters();
  const elapsed = kpi.judgement.reason.kind === 'pace' ? kpi.judgement.reason.elapsed : null;
  return (
    <article className="kpi-card" aria-label={`${kpi.metricName}, ${kpi.unitName}`}>
      <header>
        <h3>{kpi.metricName}</h3>
        <p className="kpi-context">
          {kpi.unitName}
          {kpi.unitInferred && (
            <>
              {' '}
              <span className="inferred-badge" title={t.inferredTitle}>
                ({t.inferredBadge})
              </span>
            </>
          )}{' '}
          · {kpi.periodLabel}
        </p>
      </header>
      <p className="kpi-value">
        <span className="kpi-number">
          {format.value(kpi.value, kpi.decimals, kpi.valueDerived)}
        </span>{' '}
        {kpi.value != null && <span className="kpi-unit">{kpi.unitLabel}</span>}{' '}
        <DerivedBadge mark={kpi.valueDerived} />
      </p>
      {kpi.target != null && kpi.targetName && (
        <p className="kpi-target">
          {t.ofTarget(format.value(kpi.target, kpi.decimals, kpi.targetDerived), kpi.targetName)}{' '}
          <DerivedBadge mark={kpi.targetDerived} />
        </p>
      )}
      {kpi.share != null && (
        <div className="kpi-progress">
          <div className="kpi-progress-track" aria-hidden="true">
            <div className="kpi-progress-fill" style={{ width: `${kpi.barPercent}%` }} />
            {/* The time elapsed, as a bullet chart's marker: the bar should reach it. */}
            {elapsed && (
              <div
                className="kpi-progress-elapsed"
                style={{ left: `${Math.min(100, elapsed.percent)}%` }}
                title={t.elapsedMark(elapsedText(elapsed, t, kpi.shareDecimals))}
              />
            )}
          </div>
          <p>
            {t.reachedShare}: <strong>{format.percent(kpi.share, kpi.shareDecimals)}</strong>
            {kpi.targetDerived && <span className="muted"> ({t.shareFromArticle})</span>}
            {kpi.statedShare && kpi.shareCheck && (
              <>
                {' · '}
                {t.statedShare}: {format.statedShare(kpi.statedShare)}
                {kpi.shareCheck === 'disagrees' && (
                  <span className="flag-warning" role="note">
                    {' '}
                    <Icon name="warning" /> {t.shareDisagrees}
                  </span>
                )}
              </>
            )}
          </p>
        </div>
      )}
      <p className="kpi-status">
        <StatusBadge status={kpi.judgement.status} />{' '}
        <span className="kpi-reason">
          {statusReason(kpi.judgement, kpi, t)}
          {assumesEvenPace(kpi.judgement) && <span className="muted"> {t.evenPace}</span>}
        </span>
      </p>
      <footer>
        <span className="kpi-source">
          {t.sourceLine}: <SourceCitation source={kpi.source} />
        </span>
      </footer>
    </article>
  );
});
