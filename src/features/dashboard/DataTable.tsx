import type {
  AmountPanel,
  BreakdownPanel,
  CountPanel,
  Panel,
  SourceRef,
} from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { Icon } from '../../components/Icon';
import { DerivedBadge, DerivedFormula } from './DerivedBadge';
import { SourceCitation } from './SourceCitation';
import { StatusBadge } from './StatusBadge';
import { useFormatters } from '../../charts/use-formatters';
import { computedShareText, statedShareText } from '../../charts/figure-words';
import { assumesEvenPace, statusReason, type ReasonSubject } from '../../charts/status-words';
import type { Judgement } from '../../domain/status';

/** Exactly the numbers the chart draws, with their sources, as a real table. */
export function PanelTable({ panel }: { panel: Panel }) {
  switch (panel.kind) {
    case 'amount':
      return <AmountTable panel={panel} />;
    case 'count':
      return <CountTable panel={panel} />;
    case 'breakdown':
      return <BreakdownTable panel={panel} />;
  }
}

/** The article, and the sentence in it the figure comes from, word for word. */
function SourceCell({ source, quote }: { source: SourceRef; quote: string }) {
  const t = useMessages();
  return (
    <td className="source-cell">
      <SourceCitation source={source} />
      <q className="quote" aria-label={`${t.colQuote}: ${quote}`}>
        {quote}
      </q>
    </td>
  );
}

function AmountTable({ panel }: { panel: AmountPanel }) {
  const t = useMessages();
  const format = useFormatters();
  return (
    <table>
      <caption>{t.tableCaption(panel.metricName)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colUnit}</th>
          <th scope="col">{t.colPeriod}</th>
          <th scope="col" className="num">
            {t.legendActual} {t.unitColumn(panel.unitLabel)}
          </th>
          <th scope="col" className="num">
            {panel.targetName} {t.unitColumn(panel.unitLabel)}
          </th>
          <th scope="col" className="num">
            {t.computedShare}
          </th>
          <th scope="col">{t.statedShare}</th>
          <th scope="col">{t.growthStated}</th>
          <th scope="col">{t.statusLabel}</th>
          <th scope="col">{t.colSource}</th>
        </tr>
      </thead>
      <tbody>
        {panel.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.unitName}</th>
            <td>{row.periodLabel}</td>
            <td className="num">
              {format.value(row.value, panel.decimals, row.valueDerived)}{' '}
              <DerivedBadge mark={row.valueDerived} />
              <DerivedFormula mark={row.valueDerived} />
            </td>
            <td className="num">
              {format.value(row.target, panel.decimals, row.targetDerived)}{' '}
              <DerivedBadge mark={row.targetDerived} />
              <DerivedFormula mark={row.targetDerived} />
            </td>
            <td className="num">{computedShareText(row, t)}</td>
            <td>
              {statedShareText(row.statedShare, t)}
              {row.shareCheck === 'disagrees' && (
                <span className="flag-warning">
                  {' '}
                  <Icon name="warning" /> {t.shareDisagrees}
                </span>
              )}
              {row.targetDerived && row.statedShare && (
                <span className="muted"> ({t.shareFromArticle})</span>
              )}
            </td>
            <td>
              {row.growthStated == null ? t.notStated : format.growth(row.growthStated)}
              {row.comparedToLabel && (
                <span className="muted">
                  {' '}
                  ({t.comparedTo}: {row.comparedToLabel})
                </span>
              )}
            </td>
            <StatusCell
              judgement={row.judgement}
              subject={{ targetName: panel.targetName, shareDecimals: row.shareDecimals }}
            />
            <SourceCell source={row.source} quote={row.quote} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CountTable({ panel }: { panel: CountPanel }) {
  const t = useMessages();
  const format = useFormatters();
  return (
    <table>
      <caption>{t.tableCaption(panel.metricName)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colUnit}</th>
          <th scope="col">{t.colPeriod}</th>
          <th scope="col" className="num">
            {t.colValue} {t.unitColumn(panel.unitLabel)}
          </th>
          <th scope="col" className="num">
            {panel.targetName || t.colTotal}
          </th>
          <th scope="col" className="num">
            {t.colRemaining}
          </th>
          <th scope="col" className="num">
            {t.computedShare}
          </th>
          <th scope="col">{t.statedShare}</th>
          <th scope="col">{t.statusLabel}</th>
          <th scope="col">{t.colSource}</th>
        </tr>
      </thead>
      <tbody>
        {panel.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.unitName}</th>
            <td>{row.periodLabel}</td>
            <td className="num">
              {format.value(row.value, 0, row.valueDerived)}{' '}
              <DerivedBadge mark={row.valueDerived} />
            </td>
            <td className="num">{format.number(row.total, 0)}</td>
            <td className="num">{format.number(row.remaining, 0)}</td>
            <td className="num">{computedShareText(row, t)}</td>
            <td>
              {statedShareText(row.statedShare, t)}
              {row.shareCheck === 'disagrees' && (
                <span className="flag-warning">
                  {' '}
                  <Icon name="warning" /> {t.shareDisagrees}
                </span>
              )}
            </td>
            <StatusCell
              judgement={row.judgement}
              subject={{ targetName: panel.targetName, shareDecimals: 2 }}
            />
            <SourceCell source={row.source} quote={row.quote} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BreakdownTable({ panel }: { panel: BreakdownPanel }) {
  const t = useMessages();
  const format = useFormatters();
  return (
    <table>
      <caption>
        {t.tableCaption(panel.metricName)} — {t.breakdownOf(panel.unitName, panel.periodLabel)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.colTopic}</th>
          <th scope="col" className="num">
            {t.colValue} {t.unitColumn(panel.unitLabel)}
          </th>
          <th scope="col">{t.colSource}</th>
        </tr>
      </thead>
      <tbody>
        {panel.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.topicName}</th>
            <td className="num">{format.number(row.value, 0)}</td>
            <SourceCell source={row.source} quote={row.quote} />
          </tr>
        ))}
      </tbody>
      {panel.statedTotal != null && (
        <tfoot>
          <tr>
            <th scope="row">{t.colTotalAllTopics}</th>
            <td className="num">{format.number(panel.statedTotal, 0)}</td>
            <td>
              {panel.totalCheck === 'disagrees' && (
                <>
                  <Icon name="warning" /> {t.breakdownTotalMismatch}
                </>
              )}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** The status, the reason it names, and, where it compares with time, that it assumes an even pace. */
function StatusCell({ judgement, subject }: { judgement: Judgement; subject: ReasonSubject }) {
  const t = useMessages();
  return (
    <td className="status-cell">
      <StatusBadge status={judgement.status} />{' '}
      <span className="status-reason">
        {statusReason(judgement, subject, t)}
        {assumesEvenPace(judgement) && ` ${t.evenPace}`}
      </span>
    </td>
  );
}
