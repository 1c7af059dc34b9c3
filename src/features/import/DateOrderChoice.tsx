import type { CsvReadInfo } from '../../domain/dataset-csv';
import { parseCsvDate, type DateCell, type DateOrder } from '../../domain/date-order';
import { useWords } from '../../i18n/words';
import { ReadingChoice } from './ReadingChoice';
import { importWords } from './words';

/**
 * How the file's dates were read, and the choice of it: asked when `05/06/2026` could be either
 * day, said (with every such cell's reading) when the file showed which. As NumberStyleChoice.
 */
export function DateOrderChoice({
  dates,
  chosen,
  onChoose,
  describeCell,
  disabled,
}: {
  dates: NonNullable<CsvReadInfo['dates']>;
  chosen: DateOrder | undefined;
  onChoose: (order: DateOrder) => void;
  /** While the import is saved: the reading cannot change under it. */
  disabled?: boolean;
  describeCell: (at: string) => string;
}) {
  const t = useWords(importWords);
  if (dates.ok && dates.ambiguousCount === 0 && dates.basis !== 'chosen') return null;

  const said = (text: string, order: DateOrder) => {
    const iso = parseCsvDate(text, order);
    return iso ? t.dateInWords(iso) : text;
  };
  const reading = (cell: DateCell) =>
    dates.ok
      ? `“${cell.text}” → ${said(cell.text, dates.order)}`
      : t.dateBothReadings(cell.text, said(cell.text, 'dm'), said(cell.text, 'md'));
  const reason = dates.ok
    ? dates.basis === 'chosen'
      ? t.dateOrderChosen(t.dateOrderName[dates.order])
      : dates.basis === 'evidence' && dates.evidence
        ? t.dateOrderEvidence(
            t.dateOrderName[dates.order],
            describeCell(dates.evidence.at),
            dates.evidence.text,
          )
        : t.dateOrderChosen(t.dateOrderName[dates.order])
    : dates.reason === 'conflict' && dates.conflict
      ? t.dateOrderConflict(
          describeCell(dates.conflict.dm.at),
          dates.conflict.dm.text,
          describeCell(dates.conflict.md.at),
          dates.conflict.md.text,
        )
      : t.dateOrderNoEvidence(dates.likely === 'dm');

  return (
    <ReadingChoice
      title={t.dateOrderTitle}
      name="date-order"
      asking={!dates.ok}
      reason={reason}
      cells={dates.ambiguous}
      count={dates.ambiguousCount}
      showCell={(cell) => ({ at: cell.at, where: describeCell(cell.at), reading: reading(cell) })}
      options={(['dm', 'md'] as const).map((order) => ({
        value: order,
        label: t.dateOrderOption[order],
      }))}
      selected={chosen ?? (dates.ok ? dates.order : undefined)}
      onChoose={onChoose}
      disabled={disabled}
    />
  );
}
