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
import { importWords } from './words';

/** At most this many cells read both ways are listed; the rest are counted. */
const SHOWN_CELLS = 5;

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
}: {
  info: CsvReadInfo;
  chosen: NumberStyle | undefined;
  onChoose: (style: NumberStyle) => void;
  describeCell: (at: string) => string;
}) {
  const t = useWords(importWords);
  const format = useFormatters();
  const lang = useLang();
  const decision: StyleDecision = info.numbers;
  if (decision.ok && decision.ambiguous.length === 0 && decision.basis !== 'chosen') return null;

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
        : t.numberStyleSeparator(t.numberStyleName[decision.style])
    : decision.reason === 'conflict' && decision.conflict
      ? t.numberStyleConflict(
          describeCell(decision.conflict.vi.at),
          decision.conflict.vi.text,
          describeCell(decision.conflict.en.at),
          decision.conflict.en.text,
        )
      : decision.reason === 'zeroFraction'
        ? t.numberStyleZeroFraction
        : t.numberStyleNoEvidence(t.separatorName(info.separator));

  return (
    <fieldset className={decision.ok ? 'import-numbers' : 'import-numbers import-numbers-ask'}>
      <legend>{t.numberStyleTitle}</legend>
      <p role={decision.ok ? undefined : 'alert'}>{reason}</p>
      {decision.ambiguous.length > 0 && (
        <ul className="import-readings">
          {decision.ambiguous.slice(0, SHOWN_CELLS).map((cell) => (
            <li key={cell.at}>
              <span className="import-reading-cell">{describeCell(cell.at)}</span>: {reading(cell)}
            </li>
          ))}
          {decision.ambiguous.length > SHOWN_CELLS && (
            <li>{t.numberMoreCells(decision.ambiguous.length - SHOWN_CELLS)}</li>
          )}
        </ul>
      )}
      <div className="import-number-styles">
        {(['vi', 'en'] as const).map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="number-style"
              checked={(chosen ?? (decision.ok ? decision.style : undefined)) === style}
              onChange={() => onChoose(style)}
            />{' '}
            {t.numberStyleOption[style]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
