import type { CsvReadInfo } from '../../domain/dataset-csv';
import {
  readNumberText,
  type NumberCell,
  type NumberStyle,
  type StyleDecision,
} from '../../domain/number-style';
import { numberInWords } from '../../domain/number-words';
import { useFormatters } from '../../charts/use-formatters';
import { useWords } from '../../i18n/words';
import { useLang } from '../../state/dashboard-store';
import { ReadingChoice } from './ReadingChoice';
import { importWords } from './words';

/**
 * How the file's numbers were read, and the choice of it: asked when nothing in the file says
 * whether `21,000` is twenty-one or twenty-one thousand, said (with every such cell's reading)
 * when the file did. The same words for the reason on screen as in the tests' expectations.
 */
export function NumberStyleChoice({
  info,
  chosen,
  onChoose,
  describeCell,
  disabled,
}: {
  info: CsvReadInfo;
  chosen: NumberStyle | undefined;
  onChoose: (style: NumberStyle) => void;
  /** While the import is saved: the reading cannot change under it. */
  disabled?: boolean;
  describeCell: (at: string) => string;
}) {
  const t = useWords(importWords);
  const format = useFormatters();
  const lang = useLang();
  const decision: StyleDecision = info.numbers;
  if (decision.ok && decision.ambiguousCount === 0 && decision.basis !== 'chosen') return null;

  /** "21.000 (hai mươi mốt nghìn)": the number in the reader's style, and in words. */
  const said = (value: number) => {
    const words = numberInWords(value, lang);
    return words ? `${format.number(value, 6)} (${words})` : format.number(value, 6);
  };
  const reading = (cell: NumberCell) => {
    const read = readNumberText(cell.text);
    if (read.kind !== 'ambiguous') return null;
    if (decision.ok) return `“${cell.text}” → ${said(read[decision.style])}`;
    return t.numberBothReadings(cell.text, said(read.vi), said(read.en));
  };

  const reason = decision.ok
    ? decision.basis === 'chosen'
      ? t.numberStyleChosen(t.numberStyleName[decision.style])
      : decision.basis === 'evidence' && decision.evidence
        ? t.numberStyleEvidence(
            t.numberStyleName[decision.style],
            describeCell(decision.evidence.at),
            decision.evidence.text,
          )
        : t.numberStyleChosen(t.numberStyleName[decision.style])
    : decision.reason === 'conflict' && decision.conflict
      ? t.numberStyleConflict(
          describeCell(decision.conflict.vi.at),
          decision.conflict.vi.text,
          describeCell(decision.conflict.en.at),
          decision.conflict.en.text,
        )
      : decision.reason === 'zeroFraction'
        ? t.numberStyleZeroFraction
        : info.sheet
          ? t.numberStyleNoEvidenceSheet
          : t.numberStyleNoEvidence(t.separatorName(info.separator), decision.likely === 'vi');

  return (
    <ReadingChoice
      title={t.numberStyleTitle}
      name="number-style"
      asking={!decision.ok}
      reason={reason}
      cells={decision.ambiguous}
      count={decision.ambiguousCount}
      showCell={(cell) => ({ at: cell.at, where: describeCell(cell.at), reading: reading(cell) })}
      options={(['vi', 'en'] as const).map((style) => ({
        value: style,
        label: t.numberStyleOption[style],
      }))}
      selected={chosen ?? (decision.ok ? decision.style : undefined)}
      onChoose={onChoose}
      disabled={disabled}
    />
  );
}
