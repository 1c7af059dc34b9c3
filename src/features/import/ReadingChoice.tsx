import type { ReactNode } from 'react';
import { useWords } from '../../i18n/words';
import { importWords } from './words';

/** At most this many cells read two ways are listed; the rest are counted. */
const SHOWN_CELLS = 5;

/**
 * A reading of the file decided for the whole of it (its numbers' style, its dates' order): a
 * question until answered, a plain note once decided, with every cell it settles and its reading,
 * and the choice of the other way.
 */
export function ReadingChoice<Value extends string, Cell>({
  title,
  name,
  asking,
  reason,
  cells,
  count,
  showCell,
  options,
  selected,
  onChoose,
  disabled = false,
}: {
  title: string;
  /** The radio group's name. */
  name: string;
  /** Nothing can be applied until the user picks. */
  asking: boolean;
  reason: string;
  /** The first cells that read two ways (a file may have thousands: only the first few are shown). */
  cells: readonly Cell[];
  /** How many cells read two ways in all. */
  count: number;
  /** A shown cell: where it is, and what it reads as. */
  showCell: (cell: Cell) => { at: string; where: string; reading: ReactNode };
  options: readonly { value: Value; label: string }[];
  selected: Value | undefined;
  onChoose: (value: Value) => void;
  disabled?: boolean;
}) {
  const t = useWords(importWords);
  return (
    <fieldset className={asking ? 'import-numbers import-numbers-ask' : 'import-numbers'}>
      <legend>{title}</legend>
      <p role={asking ? 'alert' : undefined}>{reason}</p>
      {cells.length > 0 && (
        <ul className="import-readings">
          {cells
            .slice(0, SHOWN_CELLS)
            .map(showCell)
            .map((cell) => (
              <li key={cell.at}>
                <span className="import-reading-cell">{cell.where}</span>: {cell.reading}
              </li>
            ))}
          {count > SHOWN_CELLS && <li>{t.numberMoreCells(count - SHOWN_CELLS)}</li>}
        </ul>
      )}
      <div className="import-number-styles">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={name}
              checked={selected === option.value}
              disabled={disabled}
              onChange={() => onChoose(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
