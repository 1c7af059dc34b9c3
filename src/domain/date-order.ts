/**
 * Whether a file writes its dates day first (`30/06/2026`, as Vietnam does and the template asks)
 * or month first (`06/30/2026`, as US Excel does), decided for the whole file like its numbers
 * (number-style.ts): `05/06/2026` is the 5th of June or the 6th of May, and never read by a guess.
 */

import { AMBIGUOUS_KEPT } from './number-style';

export type DateOrder = 'dm' | 'md';

export interface DateCell {
  text: string;
  /** Row and column as the report names them (`5:Đến ngày`). */
  at: string;
}

export type DateDecision =
  | {
      ok: true;
      order: DateOrder;
      /** chosen: by the user; evidence: a day over 12; unneeded: no date reads two ways. */
      basis: 'chosen' | 'evidence' | 'unneeded';
      evidence?: DateCell;
      /** The first dates read both ways (AMBIGUOUS_KEPT, number-style.ts), to be shown. */
      ambiguous: DateCell[];
      /** How many dates read both ways in all. */
      ambiguousCount: number;
    }
  | {
      ok: false;
      reason: 'noEvidence' | 'conflict';
      ambiguous: DateCell[];
      ambiguousCount: number;
      /** A hint for the question, never a decision: day first, in a file of Vietnamese numbers or `;`. */
      likely?: DateOrder;
      conflict?: { dm: DateCell; md: DateCell };
    };

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The two numbers before the year, when the cell is written `a/b/yyyy`. */
function parts(text: string): [number, number] | null {
  const match = SLASHED.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * The order of the file's dates: the user's choice; else a first number over 12 (day first) or a
 * second one over 12 (month first) anywhere in the file, both being a conflict to ask about; else,
 * when a date reads two ways, a question. A Vietnamese file (`vietnamese`) makes day first likely,
 * which the question says, but never decides it.
 */
export function decideDateOrder(
  cells: Iterable<DateCell>,
  vietnamese: boolean,
  chosen?: DateOrder,
): DateDecision {
  const evidence = dateEvidence();
  for (const cell of cells) evidence.add(cell.text, () => cell);
  return evidence.decide(vietnamese, chosen);
}

/** What decides a file's date order, gathered a cell at a time (a file read as a stream). */
export interface DateEvidence {
  /** A date cell's text; `cell` makes the cell to keep, called only for the few kept. */
  add(text: string, cell: () => DateCell): void;
  decide(vietnamese: boolean, chosen?: DateOrder): DateDecision;
}

/** The evidence `decideDateOrder` weighs: the first date each order alone reads, the first read both ways. */
export function dateEvidence(): DateEvidence {
  const firstSure: Partial<Record<DateOrder, DateCell>> = {};
  const ambiguous: DateCell[] = [];
  let ambiguousCount = 0;
  return {
    add(text, cell) {
      const read = parts(text);
      if (!read) return;
      const [first, second] = read;
      if (first > 12 && second <= 12) firstSure.dm ??= cell();
      else if (second > 12 && first <= 12) firstSure.md ??= cell();
      else if (first !== second && first <= 12 && second <= 12) {
        ambiguousCount += 1;
        if (ambiguous.length < AMBIGUOUS_KEPT) ambiguous.push(cell());
      }
    },
    decide(vietnamese, chosen) {
      const seen = { ambiguous, ambiguousCount };
      if (chosen) return { ok: true, order: chosen, basis: 'chosen', ...seen };
      const { dm, md } = firstSure;
      if (dm && md) return { ok: false, reason: 'conflict', ...seen, conflict: { dm, md } };
      if (dm ?? md) {
        const order: DateOrder = dm ? 'dm' : 'md';
        return { ok: true, order, basis: 'evidence', evidence: (dm ?? md)!, ...seen };
      }
      if (ambiguousCount === 0) return { ok: true, order: 'dm', basis: 'unneeded', ...seen };
      return { ok: false, reason: 'noEvidence', ...seen, ...(vietnamese ? { likely: 'dm' } : {}) };
    },
  };
}

/** Whether a day exists: 30/02 and 31/06 do not, nor does a 13th month. */
function realDay(year: number, month: number, day = 1): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A date cell in the file's order (or mm/yyyy, yyyy, or ISO) → the ISO form the dataset uses;
 * undefined for a day that does not exist, refused at its cell.
 */
export function parseCsvDate(text: string, order: DateOrder = 'dm'): string | undefined {
  const value = text.trim();
  const pad = (part: number) => String(part).padStart(2, '0');
  const read = parts(value);
  if (read) {
    const year = Number(value.slice(-4));
    const [day, month] = order === 'dm' ? read : [read[1], read[0]];
    return realDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  let match = /^(\d{1,2})\/(\d{4})$/.exec(value);
  if (match) {
    const [, month = '', year = ''] = match;
    return realDay(Number(year), Number(month)) ? `${year}-${pad(Number(month))}` : undefined;
  }
  match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (match) {
    const [, year = '', month, day] = match;
    return realDay(Number(year), Number(month ?? '1'), Number(day ?? '1')) ? value : undefined;
  }
  return undefined;
}
