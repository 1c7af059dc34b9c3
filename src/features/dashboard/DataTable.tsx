import type { ReactNode } from 'react';
import type {
  AmountPanel,
  AmountRow,
  BreakdownPanel,
  BreakdownRow,
  CountPanel,
  CountRow,
  Panel,
  SourceRef,
} from '../../domain/view-model';
import { useWords, type WordsOf } from '../../i18n/words';
import { tableWords } from './table-words';

type TableWords = WordsOf<typeof tableWords>;
import { Icon } from '../../components/Icon';
import { DerivedBadge, DerivedFormula } from './DerivedBadge';
import { SourceCitation } from './SourceCitation';
import { StatusBadge } from './StatusBadge';
import { useFormatters, type Formatters } from '../../charts/use-formatters';
import { computedShareText, statedShareText } from '../../charts/figure-words';
import { assumesEvenPace, statusReason, type ReasonSubject } from '../../charts/status-words';
import type { Judgement } from '../../domain/status';
import './data-table.css';

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

/**
 * A column: its header, said once above the table and, where the card is too narrow for the
 * table and each row is a block of its own (data-table.css), again beside each value.
 */
interface Column<Row> {
  header: string;
  /** Numbers align right in the table; the status and the source are its long cells. */
  className?: 'num' | 'status-cell' | 'source-cell';
  cell: (row: Row) => ReactNode;
}

/**
 * A table of one row per district and period, or per topic, under a header row. The roles are
 * written out: in a narrow card its rows are laid out as blocks (CSS display), and a browser
 * may then no longer tell a screen reader that this is a table.
 */
function RowsTable<Row extends { id: string }>({
  caption,
  rowHeader,
  columns,
  rows,
  footer,
}: {
  caption: ReactNode;
  /** The first column, which names each row. */
  rowHeader: Column<Row>;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  footer?: ReactNode;
}) {
  return (
    <table role="table" className="rows-table">
      <caption>{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {[rowHeader, ...columns].map((column) => (
            <th
              key={column.header}
              scope="col"
              role="columnheader"
              className={column.className === 'num' ? 'num' : undefined}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row) => (
          <tr key={row.id} role="row">
            <th scope="row" role="rowheader">
              {rowHeader.cell(row)}
            </th>
            {columns.map((column) => (
              <Cell key={column.header} column={column}>
                {column.cell(row)}
              </Cell>
            ))}
          </tr>
        ))}
      </tbody>
      {footer}
    </table>
  );
}

/** A cell, with its column's header for when its row is laid out as a block. */
function Cell({
  column,
  children,
}: {
  column: Pick<Column<never>, 'header' | 'className'>;
  children: ReactNode;
}) {
  return (
    <td role="cell" className={column.className}>
      {children != null && children !== false && (
        // Seen only in a narrow card; a screen reader has the column header already.
        <span className="cell-label" aria-hidden="true">
          {column.header}
        </span>
      )}
      {children}
    </td>
  );
}

/** The article, and the sentence in it the figure comes from, word for word. */
function SourceQuote({ source, quote }: { source: SourceRef; quote: string }) {
  const t = useWords(tableWords);
  return (
    <>
      <SourceCitation source={source} />
      <q className="quote" aria-label={`${t.colQuote}: ${quote}`}>
        {quote}
      </q>
    </>
  );
}

/** The status, the reason it names, and, where it compares with time, that it assumes an even pace. */
function StatusText({ judgement, subject }: { judgement: Judgement; subject: ReasonSubject }) {
  const t = useWords(tableWords);
  return (
    <>
      <StatusBadge status={judgement.status} />{' '}
      <span className="status-reason">
        {statusReason(judgement, subject, t)}
        {assumesEvenPace(judgement) && ` ${t.evenPace}`}
      </span>
    </>
  );
}

function ShareDisagrees({ row }: { row: { shareCheck: string | null } }) {
  const t = useWords(tableWords);
  if (row.shareCheck !== 'disagrees') return null;
  return (
    <span className="flag-warning">
      {' '}
      <Icon name="warning" /> {t.shareDisagrees}
    </span>
  );
}

const unitColumn = <Row extends { unitName: string }>(t: TableWords): Column<Row> => ({
  header: t.colUnit,
  cell: (row) => row.unitName,
});

const periodColumn = <Row extends { periodLabel: string }>(t: TableWords): Column<Row> => ({
  header: t.colPeriod,
  cell: (row) => row.periodLabel,
});

const sourceColumn = <Row extends { source: SourceRef; quote: string }>(
  t: TableWords,
): Column<Row> => ({
  header: t.colSource,
  className: 'source-cell',
  cell: (row) => <SourceQuote source={row.source} quote={row.quote} />,
});

function amountColumns(panel: AmountPanel, t: TableWords, format: Formatters): Column<AmountRow>[] {
  return [
    periodColumn(t),
    {
      header: `${t.legendActual} ${t.unitColumn(panel.unitLabel)}`,
      className: 'num',
      cell: (row) => (
        <>
          {format.value(row.value, panel.decimals, row.valueDerived)}{' '}
          <DerivedBadge mark={row.valueDerived} />
          <DerivedFormula mark={row.valueDerived} />
        </>
      ),
    },
    {
      header: `${panel.targetName} ${t.unitColumn(panel.unitLabel)}`,
      className: 'num',
      cell: (row) => (
        <>
          {format.value(row.target, panel.decimals, row.targetDerived)}{' '}
          <DerivedBadge mark={row.targetDerived} />
          <DerivedFormula mark={row.targetDerived} />
        </>
      ),
    },
    { header: t.computedShare, className: 'num', cell: (row) => computedShareText(row, t) },
    {
      header: t.statedShare,
      cell: (row) => (
        <>
          {statedShareText(row.statedShare, t)}
          <ShareDisagrees row={row} />
          {row.targetDerived && row.statedShare && (
            <span className="muted"> ({t.shareFromArticle})</span>
          )}
        </>
      ),
    },
    {
      header: t.growthStated,
      cell: (row) => (
        <>
          {row.growthStated == null ? t.notStated : format.growth(row.growthStated)}
          {row.comparedToLabel && (
            <span className="muted">
              {' '}
              ({t.comparedTo}: {row.comparedToLabel})
            </span>
          )}
        </>
      ),
    },
    {
      header: t.statusLabel,
      className: 'status-cell',
      cell: (row) => (
        <StatusText
          judgement={row.judgement}
          subject={{ targetName: panel.targetName, shareDecimals: row.shareDecimals }}
        />
      ),
    },
    sourceColumn(t),
  ];
}

function AmountTable({ panel }: { panel: AmountPanel }) {
  const t = useWords(tableWords);
  const format = useFormatters();
  return (
    <RowsTable
      caption={t.tableCaption(panel.metricName)}
      rowHeader={unitColumn(t)}
      columns={amountColumns(panel, t, format)}
      rows={panel.rows}
    />
  );
}

function countColumns(panel: CountPanel, t: TableWords, format: Formatters): Column<CountRow>[] {
  return [
    periodColumn(t),
    {
      header: `${t.colValue} ${t.unitColumn(panel.unitLabel)}`,
      className: 'num',
      cell: (row) => (
        <>
          {format.value(row.value, 0, row.valueDerived)} <DerivedBadge mark={row.valueDerived} />
        </>
      ),
    },
    {
      header: panel.targetName || t.colTotal,
      className: 'num',
      cell: (row) => format.number(row.total, 0),
    },
    { header: t.colRemaining, className: 'num', cell: (row) => format.number(row.remaining, 0) },
    { header: t.computedShare, className: 'num', cell: (row) => computedShareText(row, t) },
    {
      header: t.statedShare,
      cell: (row) => (
        <>
          {statedShareText(row.statedShare, t)}
          <ShareDisagrees row={row} />
        </>
      ),
    },
    {
      header: t.statusLabel,
      className: 'status-cell',
      cell: (row) => (
        <StatusText
          judgement={row.judgement}
          subject={{ targetName: panel.targetName, shareDecimals: 2 }}
        />
      ),
    },
    sourceColumn(t),
  ];
}

function CountTable({ panel }: { panel: CountPanel }) {
  const t = useWords(tableWords);
  const format = useFormatters();
  return (
    <RowsTable
      caption={t.tableCaption(panel.metricName)}
      rowHeader={unitColumn(t)}
      columns={countColumns(panel, t, format)}
      rows={panel.rows}
    />
  );
}

function BreakdownTable({ panel }: { panel: BreakdownPanel }) {
  const t = useWords(tableWords);
  const format = useFormatters();
  const value: Column<BreakdownRow> = {
    header: `${t.colValue} ${t.unitColumn(panel.unitLabel)}`,
    className: 'num',
    cell: (row) => format.number(row.value, 0),
  };
  const source = sourceColumn<BreakdownRow>(t);
  return (
    <RowsTable
      caption={`${t.tableCaption(panel.metricName)} — ${t.breakdownOf(panel.unitName, panel.periodLabel)}`}
      rowHeader={{ header: t.colTopic, cell: (row) => row.topicName }}
      columns={[value, source]}
      rows={panel.rows}
      footer={
        panel.statedTotal != null && (
          <tfoot role="rowgroup">
            <tr role="row">
              <th scope="row" role="rowheader">
                {t.colTotalAllTopics}
              </th>
              <Cell column={value}>{format.number(panel.statedTotal, 0)}</Cell>
              <Cell column={source}>
                {panel.totalCheck === 'disagrees' && (
                  <>
                    <Icon name="warning" /> {t.breakdownTotalMismatch}
                  </>
                )}
              </Cell>
            </tr>
          </tfoot>
        )
      }
    />
  );
}
